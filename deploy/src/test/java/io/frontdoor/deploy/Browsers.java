package io.frontdoor.deploy;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One real browser for every browser test: Debian's chromium driven by Playwright for Java (its own browser download
 * is skipped: it fails here). Each person gets their own context (cookies), as on their own desk. Pages are checked
 * with axe-core against WCAG 2.2 AA and photographed into {@code target/screenshots/}.
 */
final class Browsers {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE_REPORT = Path.of("target", "axe-violations.txt");
    /** The axe-core tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser get() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("frontdoor.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh desk: no cookies, a laptop-sized window. */
    static BrowserContext desk() {
        BrowserContext context = get().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Opens the front end and signs in at the authorization server as one of the demo people. */
    static Page signIn(BrowserContext desk, String person) {
        Page page = desk.newPage();
        page.navigate(RunningPlatform.get().pageUrl() + "/");
        signInHere(page, person);
        return page;
    }

    /** On the authorization server's sign-in form, which the front end sent the browser to. */
    static void signInHere(Page page, String person) {
        page.locator("input[name=username]").fill(person);
        page.locator("input[name=password]").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> url.startsWith(RunningPlatform.get().pageUrl()));
    }

    /** axe-core over the page as it stands; every violation is listed in the report and returned. */
    static List<Rule> axe(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<Rule> violations = results.getViolations();
        String line = name + ": " + violations.size() + " violations" + (violations.isEmpty() ? "" : " — " + violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + ": "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", ")));
        try {
            Files.createDirectories(AXE_REPORT.getParent());
            Files.writeString(AXE_REPORT, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}

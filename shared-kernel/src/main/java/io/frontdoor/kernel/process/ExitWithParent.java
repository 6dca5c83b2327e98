package io.frontdoor.kernel.process;

import java.time.Duration;
import java.util.Optional;

/**
 * A service started by another process (the local stack, an end-to-end test) stops when that process is gone, even
 * when it was killed and had no chance to stop its children: the launcher names itself in {@link #PARENT_PID}, and a
 * daemon thread here exits this JVM (gracefully, then by force) once no process has that id. A service started any
 * other way (no such variable) is left alone.
 */
public final class ExitWithParent {

    public static final String PARENT_PID = "FRONTDOOR_PARENT_PID";
    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration GRACE = Duration.ofSeconds(30);

    private ExitWithParent() {
    }

    /** Call first thing in {@code main}. */
    public static void watchFromEnvironment() {
        String pid = System.getenv(PARENT_PID);
        if (pid != null && pid.matches("\\d+")) {
            // the handle knows the parent's start time, so a later process given the same id is not taken for it
            watch(ProcessHandle.of(Long.parseLong(pid)));
        }
    }

    /** @param parent empty when the parent is already gone */
    static void watch(Optional<ProcessHandle> parent) {
        Thread watcher = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                sleep(POLL);
            }
            Thread halt = new Thread(() -> {
                sleep(GRACE);
                Runtime.getRuntime().halt(1);
            }, "exit-with-parent-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.frontdoor.triage.threshold.bench;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.triage.threshold.engine.Recommendation;
import io.frontdoor.triage.threshold.engine.ThresholdEngine;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Pack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One threshold evaluation of a realistic contact: 10 ticked indicators (4 at level 2, 4 at level 3, 2 at level 4,
 * taken in document order, so the pack's rules on those tags run), two children (6 years and 5 months), a
 * medium-risk domestic abuse notification with the children present, from the police, consent given.
 *
 * <p>How to run it (from the repository root; the annotation processor writes META-INF/BenchmarkList at test-compile):
 * <pre>
 * mvn -B -q -o -pl triage-service test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp triage-service/target/test-classes:triage-service/target/classes:$(cat triage-service/target/test-classpath.txt) \
 *     io.frontdoor.triage.threshold.bench.EvaluateBenchmark            # luton; add e.g. -Dpack=nottingham-city before the class
 * </pre>
 * {@code main} runs one fork, 3 warm-up and 5 measurement iterations of 2 s in SampleTime mode and prints the median.
 * ({@code java ... org.openjdk.jmh.Main EvaluateBenchmark} works as well, with JMH's own options.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {

    @Param("luton")
    public String pack;

    private Pack loaded;
    private ContactSubmission contact;
    private final ThresholdEngine engine = new ThresholdEngine();

    @Setup
    public void loadPackAndWriteContact() {
        loaded = new PackLoader().load(pack);
        List<String> ticked = new ArrayList<>();
        ticked.addAll(firstAtLevel(loaded.allIndicators(), 2, 4));
        ticked.addAll(firstAtLevel(loaded.allIndicators(), 3, 4));
        ticked.addAll(firstAtLevel(loaded.allIndicators(), 4, 2));
        if (ticked.size() != 10) {
            throw new IllegalStateException(pack + " has too few indicators for the benchmark contact: " + ticked);
        }
        contact = ContactSubmission.builder().packId(pack).externalReference("POL-2026-000123")
                .channel(Channel.PARTNER_API).receivedAt(Instant.parse("2026-11-18T10:15:00Z"))
                .referrer(new ContactSubmission.Referrer(AgencyType.POLICE, "Police", "PC A Smith", "PPN officer", null, null))
                .children(List.of(child("Amy", "2020-05-01", Gender.FEMALE), child("Ben", "2026-06-10", Gender.MALE)))
                .adults(List.of(new ContactSubmission.Adult("Sam", "Jones", LocalDate.parse("1990-05-05"), "MOTHER")))
                .concerns(new ContactSubmission.Concerns(ticked, "Police attended a domestic incident; both children were at home."))
                .domesticAbuse(new ContactSubmission.DomesticAbuse(DashRisk.MEDIUM, true, Instant.parse("2026-11-17T23:40:00Z")))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(false)
                .consent(new ContactSubmission.Consent(ConsentStatus.GIVEN, null)).knownToServices(true).build();
    }

    @Benchmark
    public Recommendation evaluate() {
        return engine.evaluate(loaded, contact);
    }

    public static void main(String[] args) throws RunnerException {
        String pack = System.getProperty("pack", "luton");
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EvaluateBenchmark.class.getName() + ".evaluate")
                .param("pack", pack)
                .build()).run();
        for (RunResult result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            System.out.printf("EvaluateBenchmark on %s: median %.2f us, p90 %.2f us, p99 %.2f us over %d samples%n", pack,
                    statistics.getPercentile(50), statistics.getPercentile(90), statistics.getPercentile(99), statistics.getN());
        }
    }

    private static List<String> firstAtLevel(Collection<Indicator> indicators, int level, int how) {
        return indicators.stream().filter(indicator -> indicator.level() == level && !indicator.protective())
                .limit(how).map(Indicator::id).toList();
    }

    private static ContactSubmission.Child child(String name, String born, Gender gender) {
        return new ContactSubmission.Child(name, "Jones", LocalDate.parse(born), null, null, gender,
                new ContactSubmission.Address("1 High St", null, "Luton", "LU1 2BQ"));
    }
}

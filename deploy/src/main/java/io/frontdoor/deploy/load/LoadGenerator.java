package io.frontdoor.deploy.load;

import io.frontdoor.deploy.Tokens;
import io.frontdoor.deploy.load.LoadReport.Percentiles;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a realistic mix of synthetic contacts ({@link ContactMix}) to a running Front Door — REST to intake and partner
 * messages to the broker — at a chosen rate or as fast as it can, prints a progress line each second, waits for what was
 * accepted to arrive in the queue (projection's live stream), and prints a summary table. Only loopback addresses are
 * meant: it is a load generator for one's own stack.
 *
 * <pre>
 * java -cp deploy/target/deploy-*-exec.jar -Dloader.main=io.frontdoor.deploy.load.LoadGenerator \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --intake=http://localhost:8081 --projection=http://localhost:8083 --issuer=http://localhost:9000 \
 *      --kafka=localhost:NNNNN --rate=50 --duration=60
 * --rate=N|max          contacts per second (default 50), or as fast as the connections allow
 * --duration=S          seconds to send for (default 30); or --contacts=N to send exactly N
 * --connections=N       concurrent REST connections (default 8)
 * --kafka-share=F       of the agencies with a partner system, the share sent on the partner feed (default 0.3; 0 without --kafka)
 * --packs=LOCATION      where intake's packs are (default classpath:packs/), so indicators are ones it knows
 * --settle=S            how long to wait for accepted contacts to reach the queue (default 120)
 * --no-watch            do not watch the queue (arrivals are then not counted)
 * --received-hours-ago=H date the contacts H hours ago (their decision deadlines then pass at once)
 * </pre>
 */
public final class LoadGenerator {

    public record Options(String intake, String projection, String issuer, String kafka, double rate, int durationSeconds,
                          int contacts, int connections, double kafkaShare, String packs, int settleSeconds, boolean watch,
                          boolean progress, java.time.Duration receivedAgo) {

        public static Options parse(String... args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
                String[] kv = arg.substring(2).split("=", 2);
                values.put(kv[0], kv.length == 2 ? kv[1] : "true");
            }
            String kafka = values.get("kafka");
            String rate = values.getOrDefault("rate", "50");
            return new Options(values.getOrDefault("intake", "http://localhost:8081"),
                    values.getOrDefault("projection", "http://localhost:8083"), values.getOrDefault("issuer", "http://localhost:9000"),
                    kafka, rate.equals("max") ? 0 : Double.parseDouble(rate),
                    Integer.parseInt(values.getOrDefault("duration", "30")), Integer.parseInt(values.getOrDefault("contacts", "0")),
                    Integer.parseInt(values.getOrDefault("connections", "8")),
                    kafka == null ? 0 : Double.parseDouble(values.getOrDefault("kafka-share", "0.3")),
                    values.getOrDefault("packs", "classpath:packs/"), Integer.parseInt(values.getOrDefault("settle", "120")),
                    !values.containsKey("no-watch"), true,
                    java.time.Duration.ofHours(Long.parseLong(values.getOrDefault("received-hours-ago", "0"))));
        }

        public Options withRate(double perSecond, int seconds, int count) {
            return new Options(intake, projection, issuer, kafka, perSecond, seconds, count, connections, kafkaShare, packs,
                    settleSeconds, watch, progress, receivedAgo);
        }

        public Options withKafkaShare(double share) {
            return new Options(intake, projection, issuer, kafka, rate, durationSeconds, contacts, connections, share, packs,
                    settleSeconds, watch, progress, receivedAgo);
        }

        /** Contacts dated this long ago, so their decision deadlines have passed when they arrive. */
        public Options receivedAgo(java.time.Duration ago) {
            return new Options(intake, projection, issuer, kafka, rate, durationSeconds, contacts, connections, kafkaShare, packs,
                    settleSeconds, watch, progress, ago);
        }

        public Options quiet() {
            return new Options(intake, projection, issuer, kafka, rate, durationSeconds, contacts, connections, kafkaShare, packs,
                    settleSeconds, watch, false, receivedAgo);
        }

        public Options withoutWatch() {
            return new Options(intake, projection, issuer, kafka, rate, durationSeconds, contacts, connections, kafkaShare, packs,
                    settleSeconds, false, progress, receivedAgo);
        }
    }

    private static final Pattern CONTACT_ID = Pattern.compile("\"contactId\"\\s*:\\s*\"([^\"]+)\"");

    private final Options options;
    private final HttpClient http;
    private final Tokens tokens;
    private final Map<String, Long> accepted = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> restMillis = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger viaKafka = new AtomicInteger();
    private final List<String> firstRejections = new ArrayList<>();
    private volatile boolean stopped;

    public LoadGenerator(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.tokens = new Tokens(options.issuer());
    }

    public static void main(String[] args) throws Exception {
        LoadReport report = new LoadGenerator(Options.parse(args)).run();
        report.print(System.out);
        System.exit(report.allArrived() ? 0 : 1);
    }

    /** Stops sending (the run then waits for arrivals and reports as usual). */
    public void stop() {
        stopped = true;
    }

    /** The ids of the contacts accepted, with when (nanoTime). */
    public Map<String, Long> accepted() {
        return accepted;
    }

    public LoadReport run() throws Exception {
        ContactMix mix = new ContactMix(options.packs(), options.kafkaShare(), UUID.randomUUID().toString().substring(0, 8),
                System.nanoTime()).receivedAgo(options.receivedAgo());
        for (ContactMix.Source source : ContactMix.SOURCES) {
            tokens.forSystem(source.system()); // signed in before the clock starts
        }
        QueueWatch watch = options.watch()
                ? QueueWatch.subscribe(http, options.projection(), tokens.forSystem("demo-practitioner")) : null;
        KafkaProducer<String, String> producer = options.kafka() == null ? null : producer(options.kafka());
        try {
            long started = System.nanoTime();
            long total = options.contacts() > 0 ? options.contacts()
                    : options.rate() > 0 ? (long) (options.rate() * options.durationSeconds()) : Long.MAX_VALUE;
            long stopAt = started + Duration.ofSeconds(options.contacts() > 0 ? 24 * 3600 : options.durationSeconds()).toNanos();
            AtomicLong sequence = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < options.connections(); w++) {
                Thread worker = new Thread(() -> {
                    long i;
                    while ((i = sequence.getAndIncrement()) < total && System.nanoTime() < stopAt && !stopped) {
                        if (options.rate() > 0) {
                            sleepUntil(started + (long) (i * 1e9 / options.rate()));
                        }
                        send(mix.next(i), producer);
                    }
                }, "load-" + w);
                worker.start();
                workers.add(worker);
            }
            Thread progress = new Thread(() -> progress(started, watch), "load-progress");
            progress.setDaemon(true);
            progress.start();
            for (Thread worker : workers) {
                worker.join();
            }
            if (producer != null) {
                producer.flush();
            }
            double sendSeconds = (System.nanoTime() - started) / 1e9;
            awaitArrivals(watch);
            progress.interrupt();
            return report(watch, sendSeconds);
        } finally {
            if (producer != null) {
                producer.close(Duration.ofSeconds(30));
            }
            if (watch != null) {
                watch.close();
            }
        }
    }

    private void send(ContactMix.Contact contact, KafkaProducer<String, String> producer) {
        sent.incrementAndGet();
        if (contact.kafka()) {
            ProducerRecord<String, String> record = new ProducerRecord<>("frontdoor.partner-referrals.v1", contact.reference(), contact.json());
            record.headers().add("type", contact.partnerType().getBytes(StandardCharsets.UTF_8));
            record.headers().add("version", "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("sender", contact.system().getBytes(StandardCharsets.UTF_8));
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    accepted.put(contact.expectedContactId(), System.nanoTime());
                    viaKafka.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            });
            return;
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.intake() + "/api/contacts"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.forSystem(contact.system()))
                    .POST(HttpRequest.BodyPublishers.ofString(contact.json())).build(), HttpResponse.BodyHandlers.ofString());
            long at = System.nanoTime();
            Matcher id = CONTACT_ID.matcher(response.body());
            if (response.statusCode() / 100 == 2 && id.find()) {
                accepted.put(id.group(1), at);
                restMillis.add((at - start) / 1e6);
            } else if (response.statusCode() / 100 == 4) {
                rejected.incrementAndGet();
                noteRejection(response.statusCode() + " " + response.body());
            } else {
                failed.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }

    private synchronized void noteRejection(String problem) {
        if (firstRejections.size() < 3) {
            firstRejections.add(problem.length() > 600 ? problem.substring(0, 600) : problem);
            System.err.println("LOAD rejected: " + problem);
        }
    }

    private void awaitArrivals(QueueWatch watch) throws InterruptedException {
        if (watch == null) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(options.settleSeconds()).toNanos();
        while (System.nanoTime() < deadline && !watch.inTriage.keySet().containsAll(accepted.keySet())) {
            Thread.sleep(100);
        }
    }

    private void progress(long started, QueueWatch watch) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(1000);
                if (options.progress()) {
                    System.out.printf("LOAD t=%3ds sent=%d accepted=%d rejected=%d failed=%d in-queue=%s in-triage=%s%n",
                            (System.nanoTime() - started) / 1_000_000_000L, sent.get(), accepted.size(), rejected.get(), failed.get(),
                            watch == null ? "-" : count(watch.firstSeen), watch == null ? "-" : count(watch.inTriage));
                }
            }
        } catch (InterruptedException stop) {
            // done
        }
    }

    private long count(Map<String, Long> seen) {
        return accepted.keySet().stream().filter(seen::containsKey).count();
    }

    private LoadReport report(QueueWatch watch, double sendSeconds) {
        Map<String, Long> queue = watch == null ? Map.of() : watch.firstSeen;
        Map<String, Long> triage = watch == null ? Map.of() : watch.inTriage;
        double arrivedPerSecond = Double.NaN;
        if (watch != null && !triage.isEmpty()) {
            long first = accepted.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long last = accepted.keySet().stream().map(triage::get).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                    .max().orElse(first);
            arrivedPerSecond = count(triage) / Math.max(1e-3, (last - first) / 1e9);
        }
        return new LoadReport(sent.get(), accepted.size(), rejected.get(), failed.get(), viaKafka.get(), sendSeconds,
                accepted.size() / sendSeconds, Percentiles.of(restMillis), (int) count(queue), (int) count(triage),
                Percentiles.between(accepted, queue), Percentiles.between(accepted, triage), arrivedPerSecond, loadAverage());
    }

    public static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0] + " "
                    + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+")[1];
        } catch (Exception e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    private static void sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package io.frontdoor.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, broker and controller combined) in this JVM. With a data directory the logs and
 * the cluster identity survive a restart, so a record published before Ctrl-C is still there after.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final String CLUSTER_ID = "frontdoor-local-cluster0";

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafkaServer(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * @param dataDirectory kept between runs when given; temporary and deleted on close when null.
     * The broker listens on a free port chosen at start: read it from {@link #bootstrapServers()}.
     */
    public static EmbeddedKafkaServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * @param port the clients' port, so a broker restarted on the same data is found where it was (0: any free port)
     */
    public static EmbeddedKafkaServer start(Path dataDirectory, int port) {
        hostJvmDecidesWhenToExit();
        try {
            TestKitNodes.Builder nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1);
            boolean formatted = false;
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                formatted = hasLogs(dataDirectory);
                nodes.setBaseDirectory(dataDirectory).setClusterId(CLUSTER_ID);
            }
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes.build())
                    .setDeleteOnClose(dataDirectory == null)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("log.flush.interval.messages", "1");
            if (port > 0) {
                listenOn(builder, port);
            }
            KafkaClusterTestKit cluster = builder.build();
            if (!formatted) {
                cluster.format();
            }
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafkaServer(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    /**
     * The test kit binds each listener's socket itself, on a free port, before the broker starts, and ignores a port in
     * {@code listeners}. A socket bound here to the given port, handed to the kit as the broker's (node 0's) client
     * listener, is the one the broker serves on. The kit has no public way to do this, hence the reflection.
     */
    private static void listenOn(KafkaClusterTestKit.Builder builder, int port) throws Exception {
        Object sockets = field(builder, "socketFactoryManager");
        @SuppressWarnings("unchecked")
        java.util.Map<Integer, java.util.Map<String, java.nio.channels.ServerSocketChannel>> bound =
                (java.util.Map<Integer, java.util.Map<String, java.nio.channels.ServerSocketChannel>>) field(sockets, "sockets");
        java.nio.channels.ServerSocketChannel socket = org.apache.kafka.server.ServerSocketFactory.INSTANCE
                .openServerSocket("EXTERNAL", new java.net.InetSocketAddress(port), -1, -1);
        bound.computeIfAbsent(0, node -> new java.util.HashMap<>()).put("EXTERNAL", socket);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    /**
     * Kafka ends its process on a fatal fault ({@code Exit.halt(1)}), which in this in-process broker is the JVM hosting it:
     * a test JVM halted that way while shutting down fails the build after every test passed. The fault is still logged
     * by Kafka, and the host (a test, the local stack) stops the broker itself.
     */
    private static void hostJvmDecidesWhenToExit() {
        org.apache.kafka.common.utils.Exit.setHaltProcedure((status, message) -> System.err.println(
                "embedded Kafka asked to halt the JVM (" + status + "): " + message));
        org.apache.kafka.common.utils.Exit.setExitProcedure((status, message) -> System.err.println(
                "embedded Kafka asked to exit the JVM (" + status + "): " + message));
    }

    private static boolean hasLogs(Path dataDirectory) throws java.io.IOException {
        try (var files = Files.walk(dataDirectory)) {
            return files.anyMatch(p -> p.getFileName().toString().equals("meta.properties"));
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}

package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code deploy/k8s}: both overlays render with {@code kubectl kustomize} (Debian's kubectl; .ci/run installs it), and
 * the rendered manifests say what the README says they do.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("intake", "triage", "projection", "web");
    static final List<String> TOPICS = List.of("frontdoor.partner-referrals.v1", "frontdoor.contacts.v1", "frontdoor.triage.v1",
            "frontdoor.partner-feedback.v1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"production, frontdoor, 3, 12, 3, 3", "local, frontdoor-local, 1, 3, 1, 1"})
    void theOverlayRendersEveryServiceWithProbesBudgetsAutoscalingAndOperatedInfrastructure(
            String overlay, String namespace, int serviceReplicas, int partitions, int topicReplicas, int databaseInstances) throws Exception {
        List<JsonNode> objects = render(Path.of("k8s", "overlays", overlay));

        for (String service : SERVICES) {
            JsonNode deployment = one(objects, "Deployment", service);
            assertThat(deployment.at("/metadata/namespace").asString()).isEqualTo(namespace);
            assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(serviceReplicas);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            one(objects, "PodDisruptionBudget", service);
            JsonNode autoscaler = one(objects, "HorizontalPodAutoscaler", service);
            assertThat(autoscaler.at("/spec/metrics/0/resource/name").asString()).isEqualTo("cpu");
            one(objects, "Service", service);
        }
        for (String service : List.of("intake", "triage", "projection")) {
            JsonNode env = one(objects, "Deployment", service).at("/spec/template/spec/containers/0/env");
            assertThat(value(env, "FRONTDOOR_DB_PASSWORD").at("/valueFrom/secretKeyRef/name").asString()).isEqualTo("frontdoor-db-app");
            assertThat(value(env, "FRONTDOOR_DB_PASSWORD").has("value")).as("a secret by reference only").isFalse();
            one(objects, "KafkaUser", "frontdoor-" + service);
        }
        assertThat(objects).as("no Secret is written in the manifests").noneMatch(o -> o.get("kind").asString().equals("Secret"));
        assertThat(one(objects, "NetworkPolicy", "default-deny").at("/spec/policyTypes").toString()).contains("Ingress", "Egress");

        JsonNode database = one(objects, "Cluster", "frontdoor-db");
        assertThat(database.get("apiVersion").asString()).startsWith("postgresql.cnpg.io/");
        assertThat(database.at("/spec/instances").asInt()).isEqualTo(databaseInstances);
        assertThat(one(objects, "Kafka", "frontdoor").get("apiVersion").asString()).startsWith("kafka.strimzi.io/");

        List<String> topicNames = new ArrayList<>();
        for (JsonNode topic : all(objects, "KafkaTopic")) {
            topicNames.add(topic.at("/spec/topicName").asString());
            assertThat(topic.at("/spec/partitions").asInt()).as(topic.at("/spec/topicName").asString()).isEqualTo(partitions);
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(topicReplicas);
        }
        assertThat(topicNames).containsExactlyInAnyOrderElementsOf(
                TOPICS.stream().flatMap(t -> java.util.stream.Stream.of(t, t + ".DLT")).toList());

        List<JsonNode> partners = all(objects, "KafkaUser").stream()
                .filter(user -> user.at("/metadata/labels/frontdoor.io~1partner-system").asString("").equals("true")).toList();
        assertThat(partners).isNotEmpty();
        for (JsonNode partner : partners) {
            JsonNode acls = partner.at("/spec/authorization/acls");
            assertThat(acls).as(partner.at("/metadata/name").asString()).hasSize(1);
            assertThat(acls.get(0).at("/resource/name").asString()).isEqualTo("frontdoor.partner-referrals.v1");
            assertThat(acls.get(0).at("/operations").toString()).contains("Write").doesNotContain("Read");
        }
    }

    static List<JsonNode> render(Path overlay) throws Exception {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        } catch (IOException absent) {
            throw new AssertionError("kubectl is not installed: install Debian's kubectl (apt-get install -y kubectl); "
                    + ".ci/run installs it when missing", absent);
        }
        String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s: %s", overlay, err).isZero();
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (var documents = yaml.readValues(yaml.createParser(out), JsonNode.class)) {
            return documents.readAll().stream().filter(node -> node != null && node.has("kind")).collect(Collectors.toList());
        }
    }

    static List<JsonNode> all(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.get("kind").asString().equals(kind)).toList();
    }

    static JsonNode one(List<JsonNode> objects, String kind, String name) {
        List<JsonNode> found = all(objects, kind).stream().filter(o -> o.at("/metadata/name").asString().equals(name)).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    static JsonNode value(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.get("name").asString().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no " + name + " in " + env);
    }
}

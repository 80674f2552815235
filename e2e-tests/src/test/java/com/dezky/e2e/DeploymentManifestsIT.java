package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s and deploy/docker, checked at the YAML level (Debian packages no kustomize binary; the
 * one built into its kubectl 1.20 is five years old and not used here): every Deployment has probes, resources, a non-root security
 * context, an autoscaler and a disruption budget, and Alertmanager's StatefulSet the same hygiene; no secret is committed; kustomizations only name
 * files that exist; the image runs as non-root with a health check on a pinned JRE.
 */
class DeploymentManifestsIT {

    static final Path DEPLOY = Path.of(System.getProperty("dezky.root", "..")).resolve("deploy");

    @Test
    void everyDeploymentHasProbesResourcesAndNonRootSecurityContext() throws IOException {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).extracting(DeploymentManifestsIT::name)
                .containsExactlyInAnyOrder("gateway", "operator-bff", "portal-bff", "platform-api");
        for (Map<String, Object> deployment : deployments) {
            Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
            assertThat(map(pod, "securityContext")).as(name(deployment)).containsEntry("runAsNonRoot", true);
            for (Map<String, Object> container : list(pod, "containers")) {
                assertThat(container).as(name(deployment)).containsKeys("readinessProbe", "livenessProbe");
                Map<String, Object> resources = map(container, "resources");
                assertThat(map(resources, "requests")).as(name(deployment)).containsKeys("cpu", "memory");
                assertThat(map(resources, "limits")).as(name(deployment)).containsKeys("cpu", "memory");
                assertThat(map(container, "securityContext")).as(name(deployment))
                        .containsEntry("allowPrivilegeEscalation", false);
            }
        }
    }

    /** Alertmanager runs as a two-member cluster with the same hygiene, and delivers to platform-api's webhook. */
    @Test
    void alertmanagerIsAHardenedClusterThatDeliversToTheWebhook() throws IOException {
        Map<String, Object> alertmanager = ofKind("StatefulSet").stream().filter(s -> name(s).equals("alertmanager"))
                .findFirst().orElseThrow();
        assertThat(map(alertmanager, "spec")).containsEntry("replicas", 2);
        Map<String, Object> pod = map(map(map(alertmanager, "spec"), "template"), "spec");
        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        Map<String, Object> container = list(pod, "containers").getFirst();
        assertThat(container).containsKeys("readinessProbe", "livenessProbe");
        assertThat(map(map(container, "resources"), "limits")).containsKeys("cpu", "memory");
        assertThat(map(container, "securityContext")).containsEntry("allowPrivilegeEscalation", false);
        assertThat(ofKind("PodDisruptionBudget").stream().map(DeploymentManifestsIT::name)).contains("alertmanager");
        String config = (String) map(ofKind("ConfigMap").stream().filter(c -> name(c).equals("alertmanager"))
                .findFirst().orElseThrow(), "data").get("alertmanager.yml");
        assertThat(config).contains("url: http://platform-api:8083/alerts/alertmanager").contains("send_resolved: true")
                .contains("credentials_file:");
        Map<String, Object> platformApiIngress = ofKind("NetworkPolicy").stream()
                .filter(p -> name(p).equals("platform-api-from-gateway-and-bffs")).findFirst().orElseThrow();
        assertThat(platformApiIngress.toString()).contains("alertmanager");
    }

    @Test
    void everyDeploymentScalesAndSurvivesDisruptions() throws IOException {
        List<String> deployments = ofKind("Deployment").stream().map(DeploymentManifestsIT::name).toList();
        List<String> autoscaled = ofKind("HorizontalPodAutoscaler").stream()
                .map(hpa -> (String) map(map(hpa, "spec"), "scaleTargetRef").get("name")).toList();
        List<String> budgeted = ofKind("PodDisruptionBudget").stream().map(DeploymentManifestsIT::name).toList();
        assertThat(autoscaled).containsExactlyInAnyOrderElementsOf(deployments);
        assertThat(budgeted).containsAll(deployments);
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() throws IOException {
        List<Map<String, Object>> policies = ofKind("NetworkPolicy");
        Map<String, Object> denyAll = policies.stream().filter(p -> name(p).equals("default-deny-ingress")).findFirst()
                .orElseThrow();
        assertThat(map(map(denyAll, "spec"), "podSelector")).isEmpty();
        Map<String, Object> api = policies.stream().filter(p -> name(p).equals("platform-api-from-gateway-and-bffs"))
                .findFirst().orElseThrow();
        assertThat(api.toString()).contains("gateway").contains("operator-bff").contains("portal-bff");
    }

    @Test
    void noSecretIsCommittedAndKustomizationsNameExistingFiles() throws IOException {
        assertThat(ofKind("Secret")).isEmpty();
        try (Stream<Path> files = Files.walk(DEPLOY.resolve("k8s"))) {
            for (Path kustomization : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
                Map<String, Object> content = new Yaml().load(Files.readString(kustomization));
                for (Object resource : (List<?>) content.get("resources")) {
                    assertThat(kustomization.getParent().resolve((String) resource)).as("%s in %s", resource, kustomization)
                            .exists();
                }
            }
        }
    }

    @Test
    void imageRunsAsNonRootWithHealthCheckOnPinnedJre() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
        assertThat(dockerfile).containsPattern("ARG JRE_IMAGE=eclipse-temurin:\\d+\\.\\d+\\.\\d+_\\d+-jre")
                .contains("USER 10001:10001").contains("HEALTHCHECK").contains("extract --layers");
    }

    private static List<Map<String, Object>> ofKind(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document instanceof Map<?, ?> map && kind.equals(map.get("kind"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> typed = (Map<String, Object>) map;
                        found.add(typed);
                    }
                }
            }
        }
        return found;
    }

    private static String name(Map<String, Object> manifest) {
        return (String) map(manifest, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("%s has %s", parent.keySet(), key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}

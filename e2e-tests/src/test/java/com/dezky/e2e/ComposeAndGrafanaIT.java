package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and deploy/grafana, checked without a Docker engine: every service is
 * pinned or built, health-checked and memory-limited; every mounted file exists; every variable
 * the file reads is documented in .env.example; every dashboard panel queries the provisioned
 * Prometheus, and every metric of ours it uses is documented in docs/operations.md.
 */
class ComposeAndGrafanaIT {

    static final Path ROOT = Path.of(System.getProperty("dezky.root", "..")).toAbsolutePath().normalize();
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    static final Pattern OUR_METRIC = Pattern.compile("\\b(dezky_[a-z0-9_]+)");

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsPinnedHealthCheckedAndMemoryLimited() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("mongodb", "redis", "authentik-server", "authentik-worker", "authentik-postgres",
                "stalwart", "ocis", "prometheus", "grafana", "gateway", "operator-bff", "portal-bff", "platform-api");
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(service.containsKey("build") || (image != null && image.matches(".+:[0-9v][\\w.-]*")))
                    .as("%s is pinned by version or built here (%s)", name, image).isTrue();
            assertThat(service).as(name).containsKey("healthcheck");
            Object limit = ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) service.get("deploy"))
                    .get("resources")).get("limits")).get("memory");
            assertThat(limit).as("memory limit of %s", name).isNotNull();
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(ROOT.resolve(source)).as("%s mounts %s", name, source).exists();
                }
            }
        });
    }

    @Test
    void everyVariableReadIsDocumentedInEnvExample() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String example = Files.readString(ROOT.resolve(".env.example"));
        Matcher matcher = VARIABLE.matcher(compose);
        Set<String> read = new HashSet<>();
        while (matcher.find()) {
            read.add(matcher.group(1));
        }
        assertThat(read).isNotEmpty();
        for (String variable : read) {
            assertThat(example).as("%s in .env.example", variable).containsPattern("(?m)^" + variable + "=");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDashboardPanelQueriesPrometheusForDocumentedMetrics() throws IOException {
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/grafana/dashboards"))) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertThat(dashboards).hasSize(5);
        for (Path dashboard : dashboards) {
            Map<String, Object> json = new Yaml().load(Files.readString(dashboard));
            assertThat(json).as(dashboard.toString()).containsKeys("uid", "title", "panels");
            for (Map<String, Object> panel : (List<Map<String, Object>>) json.get("panels")) {
                assertThat(((Map<String, Object>) panel.get("datasource")).get("uid")).isEqualTo("prometheus");
                for (Map<String, Object> target : (List<Map<String, Object>>) panel.get("targets")) {
                    String expr = (String) target.get("expr");
                    assertThat(expr).as("%s: %s", dashboard.getFileName(), panel.get("title")).isNotBlank();
                    Matcher metric = OUR_METRIC.matcher(expr);
                    while (metric.find()) {
                        assertThat(operations).as("%s documented", metric.group(1)).contains(metric.group(1));
                    }
                }
            }
        }
        String datasource = Files.readString(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasource).contains("uid: prometheus").contains("url: http://prometheus:9090");
    }
}

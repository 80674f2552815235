package com.dezky.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dezky.platform.PlatformApiApplication;
import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.TestIssuers;
import com.dezky.sandbox.SandboxFault;
import com.dezky.sandbox.UpstreamSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reconcile cut off by the application stopping is run again when the application starts
 * next (the event publication registry keeps it until it completed), and provisions the tenant
 * once. Two application contexts, one after the other, on one database.
 */
class ProvisioningAcrossRestartTest {

    static final UpstreamSandbox sandbox = new UpstreamSandbox(0).start();
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aReconcileInterruptedByAStopCompletesAfterTheNextStart() throws Exception {
        String slug = "restart-" + System.nanoTime();
        sandbox.fault("ocis", SandboxFault.delay(Duration.ofSeconds(20)));
        try (ConfigurableApplicationContext first = start()) {
            int status = post(port(first), "/tenants", Map.of("slug", slug, "name", "Restarted", "plan", "business",
                    "seatCap", 5));
            assertThat(status).isEqualTo(201);
            // The reconcile is under way: authentik and Stalwart are done, OCIS hangs.
            await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.counts("authentik").get("groups") == 2);
        }
        sandbox.clearFault("ocis");

        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> tenant(port(second), slug).get("status").asString()
                    .equals("active"));
        }
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new LinkedHashMap<>();
        ApiTestSupport.registerWithSandbox(collecting(properties), "provisioning-restart", sandbox);
        properties.put("server.port", "0");
        // Short enough that the stop does not wait for the hanging call to finish.
        properties.put("spring.task.execution.shutdown.await-termination-period", "1s");
        properties.put("dezky.upstreams.ocis.read-timeout", "30s");
        // As arguments, so that they win over application.yml, as a test's dynamic properties do.
        return new SpringApplicationBuilder(PlatformApiApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static DynamicPropertyRegistry collecting(Map<String, Object> properties) {
        return new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> value) {
                properties.put(name, value.get());
            }
        };
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int post(int port, String path, Object body) throws Exception {
        return http.send(request(port, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static JsonNode tenant(int port, String slug) throws Exception {
        return json.readTree(http.send(request(port, "/tenants/" + slug).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestIssuers.shared().operatorAdmin("ada"));
    }
}

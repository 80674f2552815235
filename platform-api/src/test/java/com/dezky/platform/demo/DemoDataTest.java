package com.dezky.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The local demo data, in a database of its own. */
class DemoDataTest extends ApiTestSupport {

    @Autowired
    DemoData demoData;

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        register(registry, "demo");
        registry.add("dezky.demo-data.enabled", () -> "true");
    }

    @Test
    void seedsEveryStatusPlanAndPartnerOnceAndNeverOverwritesOperatorChanges() {
        JsonNode list = operator().get("/tenants?size=1").expect(200).body();
        assertThat(list.at("/page/totalItems").asLong()).isEqualTo(40);
        assertThat(list.get("statusCounts").toString())
                .isEqualTo("{\"pending\":5,\"active\":27,\"suspended\":4,\"deleted\":4}");
        assertThat(operator().get("/partners").body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(operator().get("/flags").body().size()).isEqualTo(10);
        assertThat(operator().get("/billing/summary").body().at("/totalMrr/amountMinor").asLong()).isPositive();
        assertThat(operator().get("/audit/verify").body().get("ok").asBoolean()).isTrue();

        String etag = operator().get("/tenants/bergmann-logistik").etag();
        operator().patch("/tenants/bergmann-logistik", Map.of("name", "Bergmann Logistik (renamed)"), etag).expect(200);
        operator().delete("/tenants/wolf-it").expect(200);

        demoData.run(new DefaultApplicationArguments());

        assertThat(operator().get("/tenants/bergmann-logistik").body().get("name").asString())
                .isEqualTo("Bergmann Logistik (renamed)");
        assertThat(operator().get("/tenants/wolf-it").body().get("status").asString()).isEqualTo("deleted");
        assertThat(operator().get("/tenants?size=1").body().at("/page/totalItems").asLong()).isEqualTo(40);
        assertThat(operator().get("/audit?action=platform.demo_data_seeded").body().get("totalItems").asLong())
                .as("a run that seeds nothing records nothing").isEqualTo(1);
    }
}

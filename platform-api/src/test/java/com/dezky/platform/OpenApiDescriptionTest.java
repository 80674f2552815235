package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDescriptionTest extends ApiTest {

    @Test
    void describesTheWholeApi() {
        JsonNode description = anonymous().get("/v3/api-docs").expect(200).body();

        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(description.get("paths").propertyNames()).contains("/tenants", "/tenants/{slug}",
                "/tenants/{slug}/suspend", "/partners", "/partners/{slug}", "/billing/summary", "/users", "/me",
                "/audit", "/audit/verify", "/plans");
    }

    /** Found by the acceptance suite (issue 15, item 14): through a BFF it named http://127.0.0.1:8083. */
    @Test
    void namesNoInternalAddressAsItsServer() {
        JsonNode description = anonymous().get("/v3/api-docs").expect(200).body();

        assertThat(description.toString()).doesNotContain("127.0.0.1").doesNotContain("localhost:" + port);
        assertThat(description.path("servers").findValuesAsString("url")).containsExactly("/");
    }
}

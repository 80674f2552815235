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
}

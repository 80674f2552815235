package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class OpenApiDescriptionTest extends ApiTest {

    /** The copy the SPAs' client is generated from (frontend/ui: npm run api:generate). */
    private static final Path SPA_COPY = Path.of("../frontend/ui/openapi/platform-api.json");

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

    @Test
    void describesRecordsAsTheyAreWrittenEveryComponentPresentOnlyNullableOnesNull() {
        JsonNode schemas = anonymous().get("/v3/api-docs").expect(200).body().path("components").path("schemas");

        JsonNode tenant = schemas.path("TenantView");
        assertThat(tenant.path("required").valueStream().map(JsonNode::asString))
                .contains("slug", "status", "provisioning", "version").doesNotContain("partner", "suspendedReason");
        assertThat(tenant.path("properties").path("suspendedReason").path("type").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(tenant.path("properties").path("partner").path("oneOf").toString())
                .contains("#/components/schemas/PartnerRef").contains("\"null\"");
        assertThat(schemas.path("CreateTenantRequest").path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("slug", "name", "plan", "seatCap");
    }

    @Test
    void namesEachOperationByItsFeatureAndHandlerOnce() {
        JsonNode paths = anonymous().get("/v3/api-docs").expect(200).body().path("paths");

        assertThat(paths.path("/tenants").path("get").path("operationId").asString()).isEqualTo("tenantList");
        assertThat(paths.path("/flags").path("get").path("operationId").asString()).isEqualTo("flagList");
        List<String> ids = paths.valueStream().flatMap(JsonNode::valueStream).map(operation -> operation
                .path("operationId").asString()).filter(id -> !id.isEmpty()).toList();
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
    }

    @Test
    void describesMergePatchesWithNothingRequiredAndEveryErrorAsAProblem() {
        JsonNode description = anonymous().get("/v3/api-docs").expect(200).body();
        JsonNode patch = description.path("paths").path("/tenants/{slug}").path("patch");

        assertThat(patch.path("requestBody").path("content").path("application/merge-patch+json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/CreateTenantRequestPatch");
        assertThat(description.path("components").path("schemas").path("CreateTenantRequestPatch").has("required"))
                .isFalse();
        assertThat(patch.path("responses").path("default").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    }

    /**
     * The SPAs are typed from a checked-in copy of this document; when the API changes, this
     * fails until the copy is refreshed (DEZKY_OPENAPI_WRITE=1 writes it), and the front end's
     * build then fails until its generated types match the copy.
     */
    @Test
    void matchesTheCopyTheSpasAreTypedFrom() throws IOException {
        JsonNode description = anonymous().get("/v3/api-docs").expect(200).body();
        String served = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .build().writeValueAsString(description) + "\n";
        if ("1".equals(System.getenv("DEZKY_OPENAPI_WRITE"))) {
            Files.createDirectories(SPA_COPY.getParent());
            Files.writeString(SPA_COPY, served);
        }
        assertThat(SPA_COPY).as("the SPAs' copy of the OpenAPI document; refresh it with DEZKY_OPENAPI_WRITE=1")
                .exists();
        assertThat(firstDifference(Files.readString(SPA_COPY), served))
                .as("%s differs from what platform-api serves; refresh it with DEZKY_OPENAPI_WRITE=1 ./mvnw test"
                        + " -pl platform-api -Dtest=OpenApiDescriptionTest, then npm run api:generate", SPA_COPY)
                .isEmpty();
    }

    /** Where two texts part, as "line N: copy … / served …" (empty when equal). */
    private static String firstDifference(String copy, String served) {
        List<String> was = copy.lines().toList();
        List<String> is = served.lines().toList();
        for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
            String a = line < was.size() ? was.get(line) : "(end)";
            String b = line < is.size() ? is.get(line) : "(end)";
            if (!a.equals(b)) {
                return "line " + (line + 1) + ": copy " + a.strip() + " / served " + b.strip();
            }
        }
        return "";
    }
}

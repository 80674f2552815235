package com.dezky.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the API's public address ({@code dezky.api.public-url}) as its one
 * server, never the address a request happened to arrive at (through a BFF relay that is
 * platform-api's internal one); where no public address is configured, the relative {@code /}
 * (OpenAPI's own default: wherever the document was fetched from).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfig {

    private static final String REFS = "#/components/schemas/";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI apiDescription(@Value("${dezky.api.public-url:}") String publicUrl) {
        OpenAPI description = new OpenAPI().info(new Info().title("Dezky platform API").version("v1")
                .description("Tenants, partners, users, flags and the audit trail of the Dezky control plane."));
        // Always one server: with none, springdoc would add the address the request arrived at.
        return description.servers(List.of(new Server().url(publicUrl.isBlank() ? "/" : publicUrl)));
    }

    /**
     * Operation ids that say what they are and stay put: the controller's feature and the
     * handler's name ({@code TenantController.list} is {@code tenantList}, {@code MeController.me}
     * just {@code me}), not springdoc's
     * {@code list_2}, which renumbers whenever a controller is added.
     */
    @Bean
    OperationCustomizer featureOperationIds() {
        return (operation, handler) -> {
            String feature = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String method = handler.getMethod().getName();
            // A handler already named for its feature (MeController.me, InviteController.inviteMember) keeps its name.
            return operation.operationId(method.toLowerCase(Locale.ROOT).startsWith(feature.toLowerCase(Locale.ROOT))
                    ? method
                    : Character.toLowerCase(feature.charAt(0)) + feature.substring(1)
                            + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        };
    }

    /**
     * What springdoc cannot know: every error is an RFC 9457 problem, and a merge patch (RFC 7396)
     * may carry any subset of the fields, each of which may be null (null removes a value).
     */
    @Bean
    OpenApiCustomizer problemsAndMergePatches() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            schemas.put(PROBLEM, problem());
            for (PathItem path : api.getPaths().values()) {
                for (Operation operation : path.readOperations()) {
                    operation.getResponses().addApiResponse("default", new ApiResponse()
                            .description("An RFC 9457 problem: what was wrong, nothing changed")
                            .content(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new JsonSchema().$ref(REFS + PROBLEM)))));
                    MediaType patch = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                            ? null : operation.getRequestBody().getContent().get(MERGE_PATCH);
                    if (patch != null && patch.getSchema() != null && patch.getSchema().get$ref() != null) {
                        String of = patch.getSchema().get$ref().substring(REFS.length());
                        schemas.computeIfAbsent(of + "Patch", name -> mergePatchOf(schemas.get(of)));
                        patch.setSchema(new JsonSchema().$ref(REFS + of + "Patch"));
                    }
                }
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> mergePatchOf(Schema<?> full) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        full.getProperties().forEach((name, field) -> fields.put(name,
                field.get$ref() != null
                        ? new JsonSchema().oneOf(List.of(new JsonSchema().$ref(field.get$ref()), new JsonSchema().typesItem("null")))
                        : field));
        Schema<?> patch = new JsonSchema().typesItem("object").description("A merge patch (RFC 7396) of "
                + full.getName() + ": only the fields to change; null removes a value.");
        patch.setProperties((Map) fields);
        return patch;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        Map<String, Schema> fields = new LinkedHashMap<>();
        fields.put("type", new JsonSchema().typesItem("string").description("What kind of problem: https://dezky.com/problems/…"));
        fields.put("title", new JsonSchema().typesItem("string"));
        fields.put("status", new JsonSchema().typesItem("integer").format("int32"));
        fields.put("detail", new JsonSchema().typesItem("string"));
        fields.put("instance", new JsonSchema().typesItem("string"));
        Schema<?> fieldError = new JsonSchema().typesItem("object")
                .addProperty("field", new JsonSchema().typesItem("string"))
                .addProperty("message", new JsonSchema().typesItem("string"));
        fieldError.setRequired(List.of("field", "message"));
        fields.put("errors", new JsonSchema().typesItem("array").items(fieldError)
                .description("With status 400: each invalid field and what is wrong with it."));
        Schema<?> problem = new JsonSchema().typesItem("object").description("An RFC 9457 problem document; some carry more members (errors, retryAfter, …).");
        problem.setProperties((Map) fields);
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }
}

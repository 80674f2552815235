package com.dezky.upstream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real upstream specs, vendored under {@code deploy/}, as validators of what our clients
 * send and what the sandboxes answer: authentik's OpenAPI schema, OCIS's Libre Graph OpenAPI,
 * and Stalwart's JMAP registry schema (for {@code x:Domain} method calls).
 */
final class UpstreamSpecs {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OpenApiInteractionValidator authentik;
    private static OpenApiInteractionValidator ocis;
    private static JsonNode stalwartRegistry;

    private UpstreamSpecs() {
    }

    static synchronized OpenApiInteractionValidator authentik() {
        if (authentik == null) {
            authentik = OpenApiInteractionValidator
                    .createForSpecificationUrl(DEPLOY.resolve("authentik/authentik-schema-2026.2.2.yml").toString())
                    .withBasePathOverride("/authentik/api/v3").build();
        }
        return authentik;
    }

    static synchronized OpenApiInteractionValidator ocis() {
        if (ocis == null) {
            ocis = OpenApiInteractionValidator
                    .createForSpecificationUrl(DEPLOY.resolve("ocis/libre-graph-api-v1.0.4.yaml").toString())
                    .withBasePathOverride("/ocis/graph").build();
        }
        return ocis;
    }

    static synchronized JsonNode stalwartRegistry() {
        if (stalwartRegistry == null) {
            stalwartRegistry = JSON.readTree(DEPLOY.resolve("stalwart/stalwart-v0.16-registry-schema.json").toFile());
        }
        return stalwartRegistry;
    }

    /**
     * Every spec violation in the requests served and, with {@code responses}, in the successful
     * answers (the specs do not list every error status the real servers send, such as a 404
     * for a group that is gone).
     */
    static List<String> violations(List<ServeEvent> served, boolean responses) {
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : served) {
            String url = event.getRequest().getUrl();
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            if (path.startsWith("/authentik/") || path.startsWith("/ocis/")) {
                OpenApiInteractionValidator validator = path.startsWith("/authentik/") ? authentik() : ocis();
                Request request = request(event, path, url);
                ValidationReport report = responses && event.getResponse().getStatus() < 300
                        ? validator.validate(request, SimpleResponse.Builder.status(event.getResponse().getStatus())
                                .withContentType("application/json").withBody(event.getResponse().getBodyAsString())
                                .build())
                        : validator.validateRequest(request);
                report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .forEach(m -> violations.add(event.getRequest().getMethod() + " " + url + ": " + m.getMessage()));
            } else if (path.equals("/stalwart/jmap/")) {
                jmapViolations(JSON.readTree(event.getRequest().getBodyAsString()))
                        .forEach(v -> violations.add("POST " + url + ": " + v));
            }
        }
        return violations;
    }

    private static Request request(ServeEvent event, String path, String url) {
        var request = event.getRequest();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), path);
        request.getHeaders().all().forEach(header -> builder.withHeader(header.key(), header.values()));
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                int eq = pair.indexOf('=');
                builder.withQueryParam(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String body = request.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /**
     * A JMAP request checked against the registry: the management capability is used, each
     * method names a registry object and a standard method, query filters are ones the object's
     * list offers, and created objects only carry settable properties of the right type.
     */
    static List<String> jmapViolations(JsonNode request) {
        JsonNode registry = stalwartRegistry();
        List<String> violations = new ArrayList<>();
        Set<String> using = new HashSet<>();
        request.path("using").forEach(capability -> using.add(capability.asString()));
        if (!using.contains("urn:stalwart:jmap") || !using.contains("urn:ietf:params:jmap:core")) {
            violations.add("using must name urn:ietf:params:jmap:core and urn:stalwart:jmap, was " + using);
        }
        for (JsonNode call : request.path("methodCalls")) {
            String method = call.path(0).asString("");
            JsonNode arguments = call.path(1);
            String object = method.contains("/") ? method.substring(0, method.indexOf('/')) : method;
            String verb = method.substring(object.length() + (method.contains("/") ? 1 : 0));
            if (!registry.path("objects").has(object) || !Set.of("get", "query", "set", "changes").contains(verb)) {
                violations.add(method + ": no such method in the registry");
                continue;
            }
            if (!arguments.path("accountId").isString()) {
                violations.add(method + ": accountId missing");
            }
            if (verb.equals("query")) {
                Set<String> filters = new HashSet<>();
                registry.path("lists").path(object).path("filters").forEach(f -> filters.add(f.path("field").asString()));
                arguments.path("filter").properties().forEach(f -> {
                    if (!filters.contains(f.getKey())) {
                        violations.add(method + ": " + object + " cannot be filtered by " + f.getKey() + " (offers " + filters + ")");
                    }
                });
            }
            if (verb.equals("set")) {
                JsonNode fields = registry.path("fields").path(object).path("properties");
                arguments.path("create").properties().forEach(created -> created.getValue().properties().forEach(p -> {
                    JsonNode field = fields.path(p.getKey());
                    if (field.isMissingNode()) {
                        violations.add(method + ": " + object + " has no property " + p.getKey());
                    } else if ("serverSet".equals(field.path("update").asString())) {
                        violations.add(method + ": " + object + "." + p.getKey() + " is set by the server");
                    } else if (!typeMatches(field.path("type"), p.getValue())) {
                        violations.add(method + ": " + object + "." + p.getKey() + " must be " + field.path("type"));
                    }
                }));
                JsonNode destroy = arguments.path("destroy");
                if (!destroy.isMissingNode() && (!destroy.isArray() || !allStrings(destroy))) {
                    violations.add(method + ": destroy must be a list of ids");
                }
            }
        }
        return violations;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (value.isNull()) {
            return type.path("nullable").asBoolean(false);
        }
        return switch (type.path("type").asString("")) {
            case "string", "objectId", "utcDateTime" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "number", "integer", "unsignedInteger" -> value.isNumber();
            case "set", "list" -> value.isArray();
            case "object", "map" -> value.isObject();
            default -> true;
        };
    }

    private static boolean allStrings(JsonNode values) {
        for (JsonNode value : values) {
            if (!value.isString()) {
                return false;
            }
        }
        return true;
    }
}

package com.dezky.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stalwart 0.16's JMAP management API: {@code GET /jmap/session} and {@code POST /jmap/} with
 * {@code x:Domain/query}, {@code x:Domain/get} and {@code x:Domain/set}. As in Stalwart,
 * method-level errors come back inside a 200: {@code ["error", {...}]}, {@code notCreated}
 * ({@code primaryKeyViolation}, {@code invalidProperties}) and {@code notDestroyed}
 * ({@code notFound}, {@code objectIsLinked}: a domain that still has accounts).
 */
final class StalwartSandbox implements SandboxUpstream {

    static final String ACCOUNT_ID = "d";
    private static final String CAPABILITY = "urn:stalwart:jmap";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Clock clock;
    private final Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
    private int nextId;
    private int state;

    StalwartSandbox(Clock clock) {
        this.clock = clock;
        reset();
    }

    @Override
    public String name() {
        return "stalwart";
    }

    @Override
    public synchronized void reset() {
        domains.clear();
        nextId = 1;
        state = 1;
    }

    @Override
    public synchronized Map<String, Integer> counts() {
        return Map.of("domains", domains.size());
    }

    @Override
    public synchronized Map<String, Object> snapshot() {
        return Map.of("nextId", nextId, "state", state, "domains", domains);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(JsonNode snapshot) {
        reset();
        nextId = snapshot.get("nextId").asInt();
        state = snapshot.get("state").asInt();
        snapshot.get("domains").properties().forEach(e -> domains.put(e.getKey(),
                new LinkedHashMap<>(JSON.treeToValue(e.getValue(), Map.class))));
    }

    @Override
    public Object serverError() {
        return Map.of("type", "about:blank", "status", 503, "title", "Service Unavailable",
                "detail", "The server is unavailable (sandbox fault).");
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        if (!request.bearer()) {
            return SandboxResponse.of(401, Map.of("type", "about:blank", "status", 401, "title", "Unauthorized",
                    "detail", "You have to authenticate first."));
        }
        if (request.is("GET", "/jmap/session/?")) {
            return SandboxResponse.of(200, session());
        }
        if (request.is("POST", "/jmap/?")) {
            JsonNode body = request.body();
            if (body == null || !body.has("using") || !body.has("methodCalls")) {
                return SandboxResponse.of(400, Map.of("type", "urn:ietf:params:jmap:error:notRequest", "status", 400,
                        "detail", "The request did not parse as a JMAP Request object."));
            }
            boolean usesManagement = false;
            for (JsonNode capability : body.get("using")) {
                usesManagement |= CAPABILITY.equals(capability.asString());
            }
            List<Object> responses = new ArrayList<>();
            for (JsonNode call : body.get("methodCalls")) {
                String method = call.get(0).asString();
                JsonNode arguments = call.get(1);
                String callId = call.get(2).asString();
                Object result;
                if (!usesManagement || !method.startsWith("x:Domain/")) {
                    result = error("unknownMethod", "Unknown method " + method);
                } else if (!ACCOUNT_ID.equals(arguments.path("accountId").asString(""))) {
                    result = error("accountNotFound", "Account not found");
                } else {
                    result = switch (method) {
                        case "x:Domain/query" -> query(arguments);
                        case "x:Domain/get" -> get(arguments);
                        case "x:Domain/set" -> set(arguments);
                        default -> error("unknownMethod", "Unknown method " + method);
                    };
                }
                String name = result instanceof ErrorResult ? "error" : method;
                responses.add(List.of(name, result instanceof ErrorResult e ? e.body() : result, callId));
            }
            return SandboxResponse.of(200, Map.of("methodResponses", responses, "sessionState", "s" + state));
        }
        return SandboxResponse.of(404, Map.of("type", "about:blank", "status", 404, "title", "Not Found",
                "detail", "The requested resource does not exist."));
    }

    private record ErrorResult(Map<String, Object> body) {
    }

    private static ErrorResult error(String type, String description) {
        return new ErrorResult(Map.of("type", type, "description", description));
    }

    private Object query(JsonNode arguments) {
        JsonNode filter = arguments.path("filter");
        String name = filter.path("name").asString(null);
        List<String> ids = domains.entrySet().stream()
                .filter(e -> name == null || e.getValue().get("name").equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("accountId", ACCOUNT_ID);
        result.put("queryState", "s" + state);
        result.put("canCalculateChanges", false);
        result.put("position", 0);
        result.put("ids", ids);
        result.put("total", ids.size());
        return result;
    }

    private Object get(JsonNode arguments) {
        List<Object> list = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        JsonNode ids = arguments.path("ids");
        if (ids.isArray()) {
            for (JsonNode id : ids) {
                Map<String, Object> domain = domains.get(id.asString());
                if (domain == null) {
                    notFound.add(id.asString());
                } else {
                    list.add(domain);
                }
            }
        } else {
            list.addAll(domains.values());
        }
        return Map.of("accountId", ACCOUNT_ID, "state", "s" + state, "list", list, "notFound", notFound);
    }

    private Object set(JsonNode arguments) {
        String oldState = "s" + state;
        Map<String, Object> created = new LinkedHashMap<>();
        Map<String, Object> notCreated = new LinkedHashMap<>();
        List<String> destroyed = new ArrayList<>();
        Map<String, Object> notDestroyed = new LinkedHashMap<>();
        arguments.path("create").properties().forEach(entry -> {
            JsonNode object = entry.getValue();
            String name = object.path("name").asString("").toLowerCase(Locale.ROOT);
            if (name.isBlank()) {
                notCreated.put(entry.getKey(), Map.of("type", "invalidProperties", "properties", List.of("name"),
                        "description", "Missing required property name"));
            } else if (domains.values().stream().anyMatch(d -> d.get("name").equals(name))) {
                notCreated.put(entry.getKey(), Map.of("type", "primaryKeyViolation",
                        "description", "A domain with this name already exists"));
            } else {
                String id = Integer.toString(nextId++, 36);
                Map<String, Object> domain = new LinkedHashMap<>();
                domain.put("id", id);
                domain.put("name", name);
                domain.put("description", object.path("description").asString(null));
                domain.put("isEnabled", object.path("isEnabled").asBoolean(true));
                domain.put("aliases", List.of());
                domain.put("createdAt", clock.instant().toString());
                domains.put(id, domain);
                created.put(entry.getKey(), Map.of("id", id, "createdAt", domain.get("createdAt")));
            }
        });
        for (JsonNode id : arguments.path("destroy")) {
            Map<String, Object> domain = domains.get(id.asString());
            if (domain == null) {
                notDestroyed.put(id.asString(), Map.of("type", "notFound"));
            } else {
                domains.remove(id.asString());
                destroyed.add(id.asString());
            }
        }
        if (!created.isEmpty() || !destroyed.isEmpty()) {
            state++;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("accountId", ACCOUNT_ID);
        result.put("oldState", oldState);
        result.put("newState", "s" + state);
        result.put("created", created.isEmpty() ? null : created);
        result.put("notCreated", notCreated.isEmpty() ? null : notCreated);
        result.put("destroyed", destroyed.isEmpty() ? null : destroyed);
        result.put("notDestroyed", notDestroyed.isEmpty() ? null : notDestroyed);
        return result;
    }

    private Map<String, Object> session() {
        Map<String, Object> account = Map.of("name", "admin", "isPersonal", true, "isReadOnly", false,
                "accountCapabilities", Map.of(CAPABILITY, Map.of()));
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("capabilities", Map.of("urn:ietf:params:jmap:core", Map.of("maxSizeRequest", 10_000_000,
                "maxCallsInRequest", 16, "maxObjectsInGet", 500, "maxObjectsInSet", 500), CAPABILITY, Map.of()));
        session.put("accounts", Map.of(ACCOUNT_ID, account));
        session.put("primaryAccounts", Map.of(CAPABILITY, ACCOUNT_ID));
        session.put("username", "admin");
        session.put("apiUrl", "/jmap/");
        session.put("downloadUrl", "/jmap/download/{accountId}/{blobId}/{name}?accept={type}");
        session.put("uploadUrl", "/jmap/upload/{accountId}/");
        session.put("eventSourceUrl", "/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}");
        session.put("state", "s" + state);
        return session;
    }
}

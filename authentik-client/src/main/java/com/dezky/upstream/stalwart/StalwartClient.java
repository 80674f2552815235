package com.dezky.upstream.stalwart;

import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Mail domains in Stalwart through JMAP ({@code x:Domain/query}, {@code x:Domain/set}). The
 * management account comes from the session resource, once. Every method-level error is
 * decoded into an {@link UpstreamException} of the matching kind.
 */
public class StalwartClient {

    static final String CAPABILITY = "urn:stalwart:jmap";
    private static final List<String> USING = List.of("urn:ietf:params:jmap:core", CAPABILITY);

    private final Upstreams upstreams;
    private volatile String accountId;

    public StalwartClient(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    public boolean enabled() {
        return upstreams.enabled(Upstreams.STALWART);
    }

    /** The id of the domain with this name, if Stalwart has it. */
    public Optional<String> findDomain(String name) {
        JsonNode result = calls().idempotent("find_domain", () -> invoke("x:Domain/query",
                Map.of("accountId", accountId(), "filter", Map.of("name", name))));
        JsonNode ids = result.path("ids");
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0).asString());
    }

    /** Creates an enabled domain and answers its id. */
    public String createDomain(String name, String description) {
        JsonNode result = calls().once("create_domain", () -> invoke("x:Domain/set", creation(name, description)));
        JsonNode failure = result.path("notCreated").path("domain");
        if (!failure.isMissingNode() && !failure.isNull()) {
            throw StalwartErrors.of(failure);
        }
        return result.path("created").path("domain").path("id").asString();
    }

    /**
     * The domain's id, created if Stalwart does not have it, and whether this call created it. The
     * lookup and the creation go in one JMAP request, run in order (RFC 8620 §3.3), so one round
     * trip: when the lookup finds the domain, the creation fails on the unique name
     * (primaryKeyViolation) and the found id is the answer. Repeating the request changes nothing
     * more, so it is retried like a lookup.
     */
    public UpstreamCalls.Found<String> findOrCreateDomain(String name, String description) {
        JsonNode responses = calls().idempotent("find_or_create_domain", () -> invokeAll(List.of(
                List.of("x:Domain/query", Map.of("accountId", accountId(), "filter", Map.of("name", name)), "find"),
                List.of("x:Domain/set", creation(name, description), "create"))));
        JsonNode found = responses.path(0).path(1).path("ids");
        if (!found.isEmpty()) {
            return new UpstreamCalls.Found<>(found.get(0).asString(), false);
        }
        JsonNode set = responses.path(1).path(1);
        JsonNode created = set.path("created").path("domain");
        if (created.isMissingNode() || created.isNull()) {
            UpstreamException failure = StalwartErrors.of(set.path("notCreated").path("domain"));
            if (failure.is(UpstreamException.Kind.CONFLICT)) {
                // Created by someone else after the lookup ran.
                return new UpstreamCalls.Found<>(findDomain(name).orElseThrow(() -> failure), false);
            }
            throw failure;
        }
        return new UpstreamCalls.Found<>(created.path("id").asString(), true);
    }

    private Map<String, Object> creation(String name, String description) {
        Map<String, Object> domain = new LinkedHashMap<>();
        domain.put("name", name);
        domain.put("description", description);
        domain.put("isEnabled", true);
        return Map.of("accountId", accountId(), "create", Map.of("domain", domain));
    }

    /** Destroys a domain; one that is already gone counts as destroyed. A domain still in use is a conflict. */
    public void destroyDomain(String id) {
        JsonNode result = calls().idempotent("destroy_domain", () -> invoke("x:Domain/set",
                Map.of("accountId", accountId(), "destroy", List.of(id))));
        JsonNode failure = result.path("notDestroyed").path(id);
        if (!failure.isMissingNode() && !failure.isNull()) {
            UpstreamException error = StalwartErrors.of(failure);
            if (!error.is(UpstreamException.Kind.NOT_FOUND)) {
                throw error;
            }
        }
    }

    /** One method call; a method-level error becomes an exception. */
    private JsonNode invoke(String method, Map<String, Object> arguments) {
        return invokeAll(List.of(List.of(method, arguments, "0"))).path(0).path(1);
    }

    /** Method calls in one request: a response for each, or the first method-level error as an exception. */
    private JsonNode invokeAll(List<List<Object>> methodCalls) {
        JsonNode responses = api().call(Map.of("using", USING, "methodCalls", methodCalls)).path("methodResponses");
        for (int i = 0; i < methodCalls.size(); i++) {
            JsonNode response = responses.path(i);
            if (response.isMissingNode()) {
                throw new UpstreamException(UpstreamException.Kind.UNAVAILABLE, Upstreams.STALWART,
                        "no method response to " + methodCalls.get(i).getFirst());
            }
            if ("error".equals(response.path(0).asString())) {
                throw StalwartErrors.of(response.path(1));
            }
        }
        return responses;
    }

    private String accountId() {
        String current = accountId;
        if (current == null) {
            JsonNode session = api().session();
            current = session.path("primaryAccounts").path(CAPABILITY).asString(null);
            if (current == null) {
                throw new UpstreamException(UpstreamException.Kind.UNAUTHORIZED, Upstreams.STALWART,
                        "the session names no account for " + CAPABILITY + " (is the token an administrator's?)");
            }
            accountId = current;
        }
        return current;
    }

    private UpstreamCalls calls() {
        return upstreams.calls(Upstreams.STALWART);
    }

    private StalwartApi api() {
        return upstreams.client(Upstreams.STALWART, StalwartApi.class, new StalwartErrors());
    }
}

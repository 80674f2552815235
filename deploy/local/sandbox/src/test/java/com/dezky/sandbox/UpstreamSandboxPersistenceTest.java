package com.dezky.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox started again on its state file holds what it held, with the same ids and subjects. */
class UpstreamSandboxPersistenceTest {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRestartedSandboxFindsItsGroupsUsersDomainsAndDrivesUnderTheSameIds(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("sandboxes.json");
        String groupJson;
        String driveId;
        DirectoryEntry user;
        try (UpstreamSandbox first = new UpstreamSandbox(0).persistingTo(state).start()) {
            groupJson = send(first, "POST", "/authentik/api/v3/core/groups/", "{\"name\":\"dezky-tenant-kept\"}").body();
            String groupPk = groupJson.replaceAll(".*\"pk\":\"([^\"]+)\".*", "$1");
            send(first, "POST", "/authentik/api/v3/core/users/", "{\"username\":\"kept@example.com\",\"name\":\"Kept\","
                    + "\"email\":\"kept@example.com\",\"groups\":[\"" + groupPk + "\"]}");
            send(first, "POST", "/stalwart/jmap/", "{\"using\":[\"urn:ietf:params:jmap:core\",\"urn:stalwart:jmap\"],"
                    + "\"methodCalls\":[[\"x:Domain/set\",{\"accountId\":\"d\",\"create\":{\"k\":{\"name\":\"kept.example\"}}},\"0\"]]}");
            String drive = send(first, "POST", "/ocis/graph/v1.0/drives", "{\"name\":\"dezky-tenant-kept\",\"driveType\":\"project\"}")
                    .body();
            driveId = drive.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            user = first.directoryEntry("kept@example.com").orElseThrow();
        }
        assertThat(Files.readString(state)).contains("dezky-tenant-kept", "kept.example");

        try (UpstreamSandbox second = new UpstreamSandbox(0).persistingTo(state).start()) {
            assertThat(second.counts("authentik")).containsEntry("groups", 1).containsEntry("users", 1);
            assertThat(second.counts("stalwart")).containsEntry("domains", 1);
            assertThat(second.counts("ocis")).containsEntry("drives", 1);
            assertThat(second.directoryEntry("kept@example.com")).hasValue(user);
            assertThat(send(second, "GET", "/ocis/graph/v1.0/drives/" + driveId, null).statusCode()).isEqualTo(200);

            second.reset();
        }
        try (UpstreamSandbox third = new UpstreamSandbox(0).persistingTo(state).start()) {
            assertThat(third.counts("authentik")).as("a reset is kept too").containsEntry("groups", 0);
        }
    }

    /** Found by the end-to-end suite: a state write racing a request failed it with a 400. */
    @Test
    void concurrentRequestsAllSucceedWhileTheStateIsWritten(@TempDir Path dir) throws Exception {
        try (UpstreamSandbox sandbox = new UpstreamSandbox(0).persistingTo(dir.resolve("sandboxes.json")).start()) {
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String path = switch (i % 3) {
                    case 0 -> "/ocis/graph/v1.0/groups";
                    case 1 -> "/authentik/api/v3/core/groups/";
                    default -> "/authentik/api/v3/core/groups/?name=group-" + (i - 1);
                };
                String body = i % 3 == 0 ? "{\"displayName\":\"group-" + i + "\"}"
                        : "{\"name\":\"group-" + i + "\",\"attributes\":{\"n\":\"" + i + "\"}}";
                String method = i % 3 == 2 ? "GET" : "POST";
                requests.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return send(sandbox, method, path, method.equals("GET") ? null : body).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, Executors.newVirtualThreadPerTaskExecutor()));
            }
            for (CompletableFuture<Integer> request : requests) {
                assertThat(request.get()).isBetween(200, 201);
            }
            assertThat(sandbox.counts("ocis")).containsEntry("groups", 40);
            assertThat(sandbox.counts("authentik")).containsEntry("groups", 40);
        }
    }

    private static HttpResponse<String> send(UpstreamSandbox sandbox, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                .header("Authorization", "Bearer sandbox").header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

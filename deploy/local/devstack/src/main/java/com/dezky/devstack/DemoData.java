package com.dezky.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the local demo data through platform-api's public API, signed in as the operator
 * {@code demo-data@dezky.com} (so the audit trail says who made it), after the stack is up
 * ({@code deploy/local/up} runs {@code java -jar devstack.jar demo-data}). Each item is seeded
 * at most once, ever: a marker per item in the data directory means that what an operator
 * changes, deletes or purges afterwards is never put back.
 */
final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String ROBOT = "demo-data@dezky.com";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI api;
    private final String token;
    private final Path markerFile;
    private final Set<String> seeded;

    DemoData(URI api, String token, Path markerFile) throws IOException {
        this.api = api;
        this.token = token;
        this.markerFile = markerFile;
        this.seeded = new LinkedHashSet<>();
        if (Files.exists(markerFile)) {
            json.readTree(markerFile.toFile()).get("seeded").forEach(key -> seeded.add(key.asString()));
        }
    }

    static void main(DevstackSettings settings) throws Exception {
        String token = new DevSignIn(settings.operatorIssuer()).accessToken(ROBOT);
        int items = new DemoData(settings.platformApi(), token, settings.dataDir().resolve("demo-data.json")).seed();
        log.info(items == 0 ? "Demo data: nothing new to seed" : "Demo data: seeded {} items through the API", items);
    }

    /** Seeds every item not seeded before; answers how many it seeded now. */
    int seed() throws IOException, InterruptedException {
        int before = seeded.size();
        for (DemoCatalogue.Partner partner : DemoCatalogue.PARTNERS) {
            once("partner:" + partner.slug(), () -> create("/partners", Map.of("slug", partner.slug(),
                    "name", partner.name(), "domain", partner.domain(), "status", "active",
                    "marginPct", partner.marginPct(), "partnershipStartedAt", partner.startedAt())));
        }
        for (DemoCatalogue.Tenant tenant : DemoCatalogue.tenants()) {
            once("tenant:" + tenant.slug(), () -> seedTenant(tenant));
        }
        for (DemoCatalogue.Partner partner : DemoCatalogue.PARTNERS) {
            if (partner.terminated()) {
                once("partner-terminated:" + partner.slug(), () -> expect(send("DELETE", "/partners/" + partner.slug(),
                        null), 200, 409));
            }
        }
        for (DemoCatalogue.Flag flag : DemoCatalogue.FLAGS) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("key", flag.key(), "description",
                    flag.description(), "state", flag.state(), "pct", flag.pct(), "scope", flag.scope(), "reason",
                    "Local demo data"));
            if (flag.customerName() != null) {
                body.put("audience", "customer");
                body.put("customerName", flag.customerName());
                body.put("customerDescription", flag.customerDescription());
            }
            once("flag:" + flag.key(), () -> create("/flags", body));
        }
        for (DemoCatalogue.Person operator : DemoCatalogue.OPERATORS) {
            once("operator:" + operator.email(), () -> create("/users/invite",
                    Map.of("name", operator.name(), "email", operator.email())));
        }
        for (DemoCatalogue.Person member : DemoCatalogue.MEMBERS) {
            once("member:" + member.email() + ":" + member.tenant(), () -> create("/tenants/" + member.tenant()
                    + "/members/invite", Map.of("name", member.name(), "email", member.email())));
        }
        return seeded.size() - before;
    }

    private void seedTenant(DemoCatalogue.Tenant tenant) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("slug", tenant.slug(), "name", tenant.name(),
                "plan", tenant.plan(), "seatCap", tenant.seats(), "domains", List.of(tenant.slug() + ".example")));
        if (tenant.partner() != null) {
            body.put("partner", tenant.partner());
        }
        if (expect(send("POST", "/tenants", body), 201, 409) == 409) {
            return;
        }
        switch (tenant.status()) {
            case "suspended" -> expect(send("POST", "/tenants/" + tenant.slug() + "/suspend",
                    Map.of("reason", tenant.reason())), 200);
            case "deleted" -> expect(send("DELETE", "/tenants/" + tenant.slug(), null), 200);
            default -> { }
        }
    }

    /** Created now, or there already (409): either way it is seeded. */
    private void create(String path, Object body) throws IOException, InterruptedException {
        expect(send("POST", path, body), 201, 409);
    }

    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    private void once(String key, Step step) throws IOException, InterruptedException {
        if (seeded.contains(key)) {
            return;
        }
        step.run();
        seeded.add(key);
        Path written = markerFile.resolveSibling(markerFile.getFileName() + ".tmp");
        json.writeValue(written.toFile(), Map.of("seeded", seeded));
        Files.move(written, markerFile, StandardCopyOption.REPLACE_EXISTING);
    }

    private HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int expect(HttpResponse<String> response, int... accepted) throws IOException {
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return status;
            }
        }
        throw new IOException(response.request().method() + " " + response.request().uri() + " answered HTTP "
                + response.statusCode() + ": " + response.body());
    }
}

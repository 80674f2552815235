package com.dezky.platform.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.EmbeddedMongo;
import com.dezky.platform.testing.TestIssuers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeEndpointTest {

    static final TestIssuers issuers = new TestIssuers();
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        issuers.register(registry);
        EmbeddedMongo.register(registry, "me");
    }

    @AfterAll
    static void stopIssuers() {
        issuers.close();
    }

    @Test
    void firstCallCreatesUserFromTokenAndLaterCallsRefreshIt() throws Exception {
        JsonNode first = me(issuers.operatorAdmin("grace")).get("user");
        JsonNode second = me(issuers.operatorAdmin("grace")).get("user");

        assertThat(first.get("email").asString()).isEqualTo("grace@example.com");
        assertThat(first.get("name").asString()).isEqualTo("Test grace");
        assertThat(first.get("platformAdmin").asBoolean()).isTrue();
        assertThat(first.get("issuer").asString()).isEqualTo(issuers.issuerUri(TestIssuers.OPERATOR));
        assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(second.get("createdAt").asString()).isEqualTo(first.get("createdAt").asString());
        assertThat(second.get("lastLoginAt").asString()).isGreaterThanOrEqualTo(first.get("lastLoginAt").asString());
    }

    @Test
    void sameSubjectAtTwoIssuersIsTwoUsers() throws Exception {
        String operatorId = me(issuers.operatorUser("linus")).get("user").get("id").asString();
        String portalId = me(issuers.token(TestIssuers.PORTAL, "linus", c -> c)).get("user").get("id").asString();

        assertThat(portalId).isNotEqualTo(operatorId);
    }

    @Test
    void platformAdminFlagFollowsGroupsOnEverySignIn() throws Exception {
        assertThat(me(issuers.operatorAdmin("margaret")).get("user").get("platformAdmin").asBoolean()).isTrue();
        assertThat(me(issuers.operatorUser("margaret")).get("user").get("platformAdmin").asBoolean()).isFalse();
    }

    @Test
    void concurrentFirstSignInsCreateExactlyOneUser() throws Exception {
        String token = issuers.operatorUser("barbara");
        List<Callable<Integer>> calls = IntStream.range(0, 16)
                .<Callable<Integer>>mapToObj(i -> () -> send(token).statusCode()).toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        long users = mongo.count(Query.query(Criteria.where("subject").is("barbara")), UserAccount.class);
        assertThat(users).isEqualTo(1);
    }

    private JsonNode me(String token) throws Exception {
        HttpResponse<String> response = send(token);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

package com.dezky.platform.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import com.dezky.platform.testing.TestIssuers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class MeEndpointTest extends ApiTest {

    @Test
    void firstCallCreatesUserFromTokenAndLaterCallsRefreshIt() {
        JsonNode first = as(issuers.operatorAdmin("grace")).get("/me").expect(200).body().get("user");
        JsonNode second = as(issuers.operatorAdmin("grace")).get("/me").expect(200).body().get("user");

        assertThat(first.get("email").asString()).isEqualTo("grace@example.com");
        assertThat(first.get("name").asString()).isEqualTo("Test grace");
        assertThat(first.get("platformAdmin").asBoolean()).isTrue();
        assertThat(first.get("issuer").asString()).isEqualTo(issuers.issuerUri(TestIssuers.OPERATOR));
        assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(second.get("createdAt").asString()).isEqualTo(first.get("createdAt").asString());
        assertThat(second.get("lastLoginAt").asString()).isGreaterThanOrEqualTo(first.get("lastLoginAt").asString());
    }

    /** Issue 20: GET /me wrote the user record on every call; a read must not write. */
    @Test
    void repeatedCallsWithinAMinuteWriteNothingButChangedClaimsAndStaleRecordsAreRefreshed() {
        String subject = "reader-" + UUID.randomUUID();
        JsonNode first = as(issuers.operatorAdmin(subject)).get("/me").expect(200).body().get("user");
        long version = version(subject);

        for (int i = 0; i < 5; i++) {
            as(issuers.operatorAdmin(subject)).get("/me").expect(200);
        }
        assertThat(version(subject)).as("no write for an unchanged token").isEqualTo(version);

        as(issuers.token(TestIssuers.OPERATOR, subject, claims -> claims.claim("name", "Renamed")
                .claim("groups", List.of("dezky-platform-admins")))).get("/me").expect(200);
        assertThat(version(subject)).as("a changed claim is written").isEqualTo(version + 1);

        mongo.updateFirst(Query.query(
                Criteria.where("subject").is(subject)),
                Update.update("lastLoginAt",
                        Instant.now().minusSeconds(120)), UserAccount.class);
        JsonNode refreshed = as(issuers.token(TestIssuers.OPERATOR, subject, claims -> claims.claim("name", "Renamed")
                .claim("groups", List.of("dezky-platform-admins")))).get("/me").expect(200).body().get("user");
        assertThat(refreshed.get("lastLoginAt").asString()).isGreaterThan(first.get("lastLoginAt").asString());
    }

    private long version(String subject) {
        return mongo.findOne(Query.query(
                Criteria.where("subject").is(subject)), UserAccount.class)
                .version();
    }

    @Test
    void sameSubjectAtTwoIssuersIsTwoUsers() {
        String operatorId = as(issuers.operatorUser("linus")).get("/me").body().get("user").get("id").asString();
        String portalId = portalUser("linus", List.of()).get("/me").body().get("user").get("id").asString();

        assertThat(portalId).isNotEqualTo(operatorId);
    }

    @Test
    void platformAdminFlagFollowsGroupsOnEverySignIn() {
        assertThat(as(issuers.operatorAdmin("margaret")).get("/me").body().at("/user/platformAdmin").asBoolean()).isTrue();
        assertThat(as(issuers.operatorUser("margaret")).get("/me").body().at("/user/platformAdmin").asBoolean()).isFalse();
    }

    @Test
    void concurrentFirstSignInsCreateExactlyOneUser() throws Exception {
        String token = issuers.operatorUser("barbara");
        List<Callable<Integer>> calls = IntStream.range(0, 16)
                .<Callable<Integer>>mapToObj(i -> () -> as(token).get("/me").status()).toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        long users = mongo.count(Query.query(Criteria.where("subject").is("barbara")), UserAccount.class);
        assertThat(users).isEqualTo(1);
    }
}

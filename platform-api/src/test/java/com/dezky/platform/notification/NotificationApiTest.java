package com.dezky.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationApiTest extends ApiTest {

    /** Another platform admin than ada, whose own notifications these are. */
    private Api grace() {
        return as(issuers.operatorAdmin("grace-" + uniqueSlug("n")));
    }

    private static String flagKey(String prefix) {
        return prefix + "_" + uniqueSlug("f").substring(2).replace('-', '_');
    }

    @Test
    void listsWhatOthersDidNewestFirstAndLeavesOutTheCallersOwn() {
        Api grace = grace();
        String key = flagKey("noticed");
        operator().post("/flags", Map.of("key", key)).expect(201);

        JsonNode forGrace = grace.get("/me/notifications").expect(200).body();
        assertThat(forGrace.get("items").findValuesAsString("slug")).contains(key);
        assertThat(Instant.parse(forGrace.at("/items/0/at").asString()))
                .as("newest first").isAfterOrEqualTo(Instant.parse(forGrace.at("/items/1/at").asString()));
        assertThat(forGrace.get("unread").asLong()).isPositive();
        JsonNode forAda = operator().get("/me/notifications").expect(200).body();
        assertThat(forAda.get("items").findValuesAsString("slug")).as("not told of their own").doesNotContain(key);
        assertThat(forGrace.get("items").findValuesAsString("action")).as("only notifying actions")
                .allMatch(NotificationController.NOTIFYING_ACTIONS::contains);
    }

    @Test
    void keepsTheReadMarkPerOperatorOnTheServerAndNeverMovesItBack() {
        Api grace = grace();
        operator().post("/flags", Map.of("key", flagKey("unread"))).expect(201);
        String newest = grace.get("/me/notifications").expect(200).body().at("/items/0/at").asString();

        JsonNode read = grace.put("/me/notifications/read", Map.of("upTo", newest), null).expect(200).body();
        assertThat(Instant.parse(read.get("readUpTo").asString())).isEqualTo(Instant.parse(newest));
        assertThat(read.get("items").findValuesAsString("at")).as("still listed, now read").contains(newest);

        grace.put("/me/notifications/read", Map.of("upTo", "2020-01-01T00:00:00Z"), null).expect(200);
        assertThat(Instant.parse(grace.get("/me/notifications").body().get("readUpTo").asString()))
                .as("an older mark from another tab").isEqualTo(Instant.parse(newest));
        assertThat(grace().get("/me/notifications").body().get("unread").asLong()).as("another operator's own mark")
                .isPositive();

        JsonNode future = grace.put("/me/notifications/read", Map.of("upTo", "2999-01-01T00:00:00Z"), null).expect(200)
                .body();
        assertThat(Instant.parse(future.get("readUpTo").asString())).as("never beyond now").isBefore(Instant.now().plusSeconds(1));
        long before = future.get("unread").asLong();
        operator().post("/flags", Map.of("key", flagKey("later"))).expect(201);
        assertThat(grace.get("/me/notifications").body().get("unread").asLong()).isGreaterThan(before);
    }

    @Test
    void refusesAReadMarkWithoutAnInstantAndChangesNothing() {
        Api grace = grace();
        grace.put("/me/notifications/read", Map.of("upTo", "yesterday"), null).expectProblem(400, "invalid-request");
        grace.put("/me/notifications/read", Map.of(), null).expectProblem(400, "invalid-request");
        assertThat(grace.get("/me/notifications").expect(200).body().get("readUpTo").asString()).isNotBlank();
    }
}

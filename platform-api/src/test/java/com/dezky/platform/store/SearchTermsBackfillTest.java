package com.dezky.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTestSupport;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records stored before search terms existed are found by word once the application has started. */
class SearchTermsBackfillTest extends ApiTestSupport {

    @Autowired
    SearchTermsBackfill backfill;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "search-backfill");
    }

    @Test
    void documentsWithoutTermsGetThemAndKeepTheirVersion() {
        String slug = uniqueSlug("legacy");
        mongo.getCollection("tenants").insertOne(new Document("slug", slug).append("name", "Hafen Logistik")
                .append("nameKey", "hafen logistik").append("status", "ACTIVE").append("plan", "business")
                .append("seatCap", 5).append("createdAt", Instant.now()).append("updatedAt", Instant.now())
                .append("version", 3L));
        assertThat(operator().get("/tenants?q=hafen").expect(200).body().at("/page/totalItems").asLong()).isZero();

        backfill.fillMissing();

        assertThat(operator().get("/tenants?q=hafen%20logist").expect(200).body().at("/page/items/0/slug").asString())
                .isEqualTo(slug);
        assertThat(mongo.getCollection("tenants").find(new Document("slug", slug)).first())
                .containsEntry("version", 3L);
    }
}

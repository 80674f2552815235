package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** {@code dezky_tenants{status,plan}}: how many tenants there are of each, refreshed every minute. */
@Component
class TenantMetrics {

    private final MongoTemplate mongo;
    private final MultiGauge tenants;

    TenantMetrics(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.tenants = MultiGauge.builder("dezky.tenants").description("Tenants by status and plan").register(meters);
    }

    /** Also once the application is ready: after start-up runners (demo data) have run. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${dezky.metrics.refresh-interval:1m}")
    void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Document row : mongo.aggregate(newAggregation(group("status", "plan").count().as("count")), Tenant.class,
                Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            rows.add(MultiGauge.Row.of(Tags.of("status", TenantStatus.valueOf(id.getString("status")).wire(),
                    "plan", String.valueOf(id.getString("plan"))), row.get("count", Number.class).longValue()));
        }
        tenants.register(rows, true);
    }
}

package com.dezky.platform.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs run once per period across all replicas: every replica's timer fires, and the
 * first to claim the period in the store runs the job while the others skip it. A claim lasts
 * the whole period (not just the run), so replicas whose timers are out of step do not run it
 * again within the same period; when the replica that usually wins stops, another one takes
 * the next period. Runs and skips are counted per job ({@code dezky_scheduled_runs_total}).
 */
@Component
public class ScheduledRuns {

    private static final String COLLECTION = "scheduled_jobs";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String replica;

    ScheduledRuns(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        // "pid@host": which replica holds a period, for whoever looks into the collection.
        this.replica = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Runs {@code job} unless another replica has claimed the current period; answers whether it ran. */
    public boolean oncePerPeriod(String job, Duration period, Runnable work) {
        boolean claimed = claim(job, period, clock.instant());
        count(job, claimed ? "ran" : "skipped").increment();
        if (claimed) {
            work.run();
        }
        return claimed;
    }

    private boolean claim(String job, Duration period, Instant now) {
        Criteria free = new Criteria().orOperator(where("claimedUntil").exists(false), where("claimedUntil").lte(now));
        Update update = new Update().set("claimedUntil", now.plus(period)).set("claimedBy", replica)
                .set("lastRunAt", now).inc("runs", 1);
        try {
            return mongo.findAndModify(query(where("_id").is(job)).addCriteria(free), update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), ScheduledJob.class, COLLECTION) != null;
        } catch (DuplicateKeyException claimedMeanwhile) {
            // The job's document exists with a live claim, so the upsert's insert collided with it.
            return false;
        }
    }

    private Counter count(String job, String outcome) {
        return Counter.builder("dezky.scheduled.runs").description("Scheduled job periods run or skipped by this replica")
                .tag("job", job).tag("outcome", outcome).register(meters);
    }

    record ScheduledJob(String id, Instant claimedUntil, String claimedBy, Instant lastRunAt, long runs) {
    }
}

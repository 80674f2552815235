package com.dezky.platform.store;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry moving: a reaction that failed (or was marked failed for
 * staying in process too long: its replica died) is submitted again, on a schedule; outstanding
 * ones are also republished at start (spring.modulith.events.republish-outstanding-events-on-restart).
 * Every reaction is idempotent, so a second run changes nothing. Completed publications are kept a
 * week, for looking into what happened, then removed.
 */
@Component
class EventPublications {

    private static final String RESUBMIT_INTERVAL = "${dezky.events.resubmit-interval:1m}";
    private static final String CLEANUP_INTERVAL = "PT6H";

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final ScheduledRuns scheduled;
    private final Duration minAge;
    private final Duration resubmitInterval;

    EventPublications(FailedEventPublications failed, CompletedEventPublications completed, ScheduledRuns scheduled,
            @Value("${dezky.events.resubmit-after:30s}") Duration minAge,
            @Value(RESUBMIT_INTERVAL) Duration resubmitInterval) {
        this.failed = failed;
        this.completed = completed;
        this.scheduled = scheduled;
        this.minAge = minAge;
        this.resubmitInterval = resubmitInterval;
    }

    @Scheduled(fixedDelayString = RESUBMIT_INTERVAL, initialDelayString = RESUBMIT_INTERVAL)
    void resubmitFailed() {
        scheduled.oncePerPeriod("event-resubmission", resubmitInterval,
                () -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge)));
    }

    @Scheduled(fixedDelayString = CLEANUP_INTERVAL, initialDelayString = "PT10M")
    void forgetOldCompleted() {
        scheduled.oncePerPeriod("event-cleanup", Duration.parse(CLEANUP_INTERVAL),
                () -> completed.deletePublicationsOlderThan(Duration.ofDays(7)));
    }
}

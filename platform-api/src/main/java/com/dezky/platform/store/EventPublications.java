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

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Duration minAge;

    EventPublications(FailedEventPublications failed, CompletedEventPublications completed,
            @Value("${dezky.events.resubmit-after:30s}") Duration minAge) {
        this.failed = failed;
        this.completed = completed;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${dezky.events.resubmit-interval:1m}", initialDelayString = "${dezky.events.resubmit-interval:1m}")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetOldCompleted() {
        completed.deletePublicationsOlderThan(Duration.ofDays(7));
    }
}

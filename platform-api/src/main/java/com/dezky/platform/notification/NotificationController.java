package com.dezky.platform.notification;

import com.dezky.platform.audit.AuditEvent;
import com.dezky.platform.audit.AuditFeed;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /me/notifications}: the last week's notifying events by others, newest first, with how
 * far the caller has read; {@code PUT /me/notifications/read}: read up to an instant (operators).
 */
@RestController
class NotificationController {

    /** What an operator is told of; flag changes include the kill switch. */
    static final Set<String> NOTIFYING_ACTIONS = Set.of("tenant.provisioning_failed", "tenant.created",
            "tenant.suspended", "tenant.deleted", "platform.user_invited", "platform.user_deactivated",
            "tenant.member_invited", "tenant.member_deactivated", "flag.created", "flag.updated", "flag.deleted",
            "incident.opened", "incident.assigned", "incident.escalated");
    static final Duration WINDOW = Duration.ofDays(7);
    static final int LIMIT = 50;

    /** The newest notifications, how far they are read and how many are not. */
    record NotificationsView(List<AuditEvent> items, Instant readUpTo, long unread) {
    }

    /** Read up to this instant (the newest notification shown); a later mark stays. */
    record MarkRead(@NotNull Instant upTo) {
    }

    private final AuditFeed feed;
    private final NotificationReads reads;
    private final Clock clock;

    NotificationController(AuditFeed feed, NotificationReads reads, Clock clock) {
        this.feed = feed;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/me/notifications")
    ResponseEntity<NotificationsView> notifications(CallerAuthentication authentication) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(authentication.caller()));
    }

    @PutMapping("/me/notifications/read")
    NotificationsView markRead(CallerAuthentication authentication, @Valid @RequestBody MarkRead read) {
        Caller caller = authentication.caller();
        Instant now = clock.instant();
        // Never beyond now: a clock ahead in the browser must not hide what comes next.
        reads.readUpTo(operatorOf(caller), read.upTo().isAfter(now) ? now : read.upTo());
        return view(caller);
    }

    private NotificationsView view(Caller caller) {
        Instant since = clock.instant().minus(WINDOW);
        Instant readUpTo = reads.findById(operatorOf(caller)).map(NotificationRead::readUpTo)
                .filter(mark -> mark.isAfter(since)).orElse(since);
        // What the caller did themselves is news to no one.
        List<AuditEvent> items = feed.recent(NOTIFYING_ACTIONS, since, caller.email(), LIMIT);
        return new NotificationsView(items, readUpTo, feed.countAfter(NOTIFYING_ACTIONS, readUpTo, caller.email()));
    }

    private static String operatorOf(Caller caller) {
        return caller.issuer() + " " + caller.subject();
    }
}

package com.dezky.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Actor;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class TenantLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(30);

    @Test
    void activateWhenPendingThenActiveAndOtherwiseNothing() {
        Tenant tenant = pending();
        assertThat(tenant.activate(at(NOW))).isTrue();
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.activate(at(NOW))).isFalse();

        tenant.apply(TenantAction.SUSPEND, "r", GRACE, at(NOW));
        assertThat(tenant.activate(at(NOW))).isFalse();
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    void suspendWhenTenantActiveThenStatusSuspendedWithReason() {
        Tenant tenant = active();

        tenant.apply(TenantAction.SUSPEND, "unpaid invoice", GRACE, at(NOW));

        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.getSuspendedReason()).isEqualTo("unpaid invoice");
    }

    @Test
    void resumeWhenSuspendedThenBackToStatusBeforeSuspension() {
        Tenant active = active();
        active.apply(TenantAction.SUSPEND, "r", GRACE, at(NOW));
        active.apply(TenantAction.RESUME, null, GRACE, at(NOW));
        assertThat(active.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(active.getSuspendedReason()).isNull();

        Tenant pending = pending();
        pending.apply(TenantAction.SUSPEND, "r", GRACE, at(NOW));
        pending.apply(TenantAction.RESUME, null, GRACE, at(NOW));
        assertThat(pending.getStatus()).isEqualTo(TenantStatus.PENDING);
    }

    @Test
    void resumeWhenActiveThenConflictListingAllowedActions() {
        Tenant tenant = active();

        assertThatThrownBy(() -> tenant.apply(TenantAction.RESUME, null, GRACE, at(NOW)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    ProblemDetail body = problem.getBody();
                    assertThat(body.getStatus()).isEqualTo(409);
                    assertThat(body.getProperties()).containsEntry("allowedActions", List.of("delete", "suspend"));
                });
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void deleteWhenSuspendedThenDeletedWithGracePeriodAndRestoreReturnsToSuspended() {
        Tenant tenant = active();
        tenant.apply(TenantAction.SUSPEND, "r", GRACE, at(NOW));

        tenant.apply(TenantAction.DELETE, null, GRACE, at(NOW));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.DELETED);
        assertThat(tenant.getDeletedAt()).isEqualTo(NOW);
        assertThat(tenant.getPurgeAfter()).isEqualTo(NOW.plus(GRACE));

        tenant.apply(TenantAction.RESTORE, null, GRACE, at(NOW.plusSeconds(60)));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.getPurgeAfter()).isNull();
        tenant.apply(TenantAction.RESUME, null, GRACE, at(NOW.plusSeconds(120)));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void restoreAfterGracePeriodThenConflictWithNoAllowedActions() {
        Tenant tenant = active();
        tenant.apply(TenantAction.DELETE, null, GRACE, at(NOW));

        assertThatThrownBy(() -> tenant.apply(TenantAction.RESTORE, null, GRACE, at(NOW.plus(GRACE))))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getBody().getProperties())
                        .containsEntry("allowedActions", List.of()));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.DELETED);
    }

    @Test
    void eachStatusAllowsExactlyItsActions() {
        assertThat(TenantLifecycle.allowed(TenantStatus.PENDING, null, NOW))
                .containsExactlyInAnyOrder(TenantAction.SUSPEND, TenantAction.DELETE);
        assertThat(TenantLifecycle.allowed(TenantStatus.ACTIVE, null, NOW))
                .containsExactlyInAnyOrder(TenantAction.SUSPEND, TenantAction.DELETE);
        assertThat(TenantLifecycle.allowed(TenantStatus.SUSPENDED, null, NOW))
                .containsExactlyInAnyOrder(TenantAction.RESUME, TenantAction.DELETE);
        assertThat(TenantLifecycle.allowed(TenantStatus.DELETED, NOW.plusSeconds(1), NOW))
                .containsExactly(TenantAction.RESTORE);
        assertThat(TenantLifecycle.allowed(TenantStatus.DELETED, NOW, NOW)).isEmpty();
    }

    @Test
    void deleteWhenDeletedThenConflict() {
        Tenant tenant = active();
        tenant.apply(TenantAction.DELETE, null, GRACE, at(NOW));

        assertThatThrownBy(() -> tenant.apply(TenantAction.DELETE, null, GRACE, at(NOW))).isInstanceOf(ApiProblem.class);
    }

    private static Tenant pending() {
        return new Tenant("acme", new Tenant.Draft("Acme", "business", 10, List.of(), null, null, null), at(NOW));
    }

    private static Occurrence at(Instant when) {
        return new Occurrence(UUID.randomUUID(), when, Actor.SYSTEM);
    }

    private static Tenant active() {
        Tenant tenant = pending();
        tenant.activate(at(NOW));
        return tenant;
    }
}

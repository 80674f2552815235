package com.dezky.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dezky.platform.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class TenantLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(30);

    @Test
    void activateWhenPendingThenActiveAndOtherwiseNothing() {
        Tenant tenant = pending();
        assertThat(tenant.activate(NOW)).isTrue();
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.activate(NOW)).isFalse();

        tenant.apply(TenantAction.SUSPEND, "r", GRACE, NOW);
        assertThat(tenant.activate(NOW)).isFalse();
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    void suspendWhenTenantActiveThenStatusSuspendedWithReason() {
        Tenant tenant = active();

        tenant.apply(TenantAction.SUSPEND, "unpaid invoice", GRACE, NOW);

        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.getSuspendedReason()).isEqualTo("unpaid invoice");
    }

    @Test
    void resumeWhenSuspendedThenBackToStatusBeforeSuspension() {
        Tenant active = active();
        active.apply(TenantAction.SUSPEND, "r", GRACE, NOW);
        active.apply(TenantAction.RESUME, null, GRACE, NOW);
        assertThat(active.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(active.getSuspendedReason()).isNull();

        Tenant pending = pending();
        pending.apply(TenantAction.SUSPEND, "r", GRACE, NOW);
        pending.apply(TenantAction.RESUME, null, GRACE, NOW);
        assertThat(pending.getStatus()).isEqualTo(TenantStatus.PENDING);
    }

    @Test
    void resumeWhenActiveThenConflictListingAllowedActions() {
        Tenant tenant = active();

        assertThatThrownBy(() -> tenant.apply(TenantAction.RESUME, null, GRACE, NOW))
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
        tenant.apply(TenantAction.SUSPEND, "r", GRACE, NOW);

        tenant.apply(TenantAction.DELETE, null, GRACE, NOW);
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.DELETED);
        assertThat(tenant.getDeletedAt()).isEqualTo(NOW);
        assertThat(tenant.getPurgeAfter()).isEqualTo(NOW.plus(GRACE));

        tenant.apply(TenantAction.RESTORE, null, GRACE, NOW.plusSeconds(60));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.getPurgeAfter()).isNull();
        tenant.apply(TenantAction.RESUME, null, GRACE, NOW.plusSeconds(120));
        assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void restoreAfterGracePeriodThenConflictWithNoAllowedActions() {
        Tenant tenant = active();
        tenant.apply(TenantAction.DELETE, null, GRACE, NOW);

        assertThatThrownBy(() -> tenant.apply(TenantAction.RESTORE, null, GRACE, NOW.plus(GRACE)))
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
        tenant.apply(TenantAction.DELETE, null, GRACE, NOW);

        assertThatThrownBy(() -> tenant.apply(TenantAction.DELETE, null, GRACE, NOW)).isInstanceOf(ApiProblem.class);
    }

    private static Tenant pending() {
        return new Tenant("acme", "Acme", "business", 10, List.of(), null, null, null, NOW);
    }

    private static Tenant active() {
        Tenant tenant = pending();
        tenant.activate(NOW);
        return tenant;
    }
}

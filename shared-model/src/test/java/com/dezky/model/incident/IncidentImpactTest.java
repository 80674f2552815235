package com.dezky.model.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentImpactTest {

    @Test
    void upstreamLabelConcernsTheTenantsProvisionedIntoThatUpstream() {
        IncidentImpact impact = IncidentImpact.fromLabels(Map.of("alertname", "CircuitOpen", "upstream", "ocis"));

        assertThat(impact).isEqualTo(new IncidentImpact(ImpactScope.UPSTREAM, "ocis"));
        assertThat(impact.affects("acme", Set.of("authentik", "ocis"))).isTrue();
        assertThat(impact.affects("mail-only", Set.of("stalwart"))).isFalse();
    }

    @Test
    void tenantLabelWinsAndConcernsThatTenantOnly() {
        IncidentImpact impact = IncidentImpact.fromLabels(Map.of("tenant", "acme", "upstream", "ocis"));

        assertThat(impact.affects("acme", Set.of())).isTrue();
        assertThat(impact.affects("globex", Set.of("ocis"))).isFalse();
    }

    @Test
    void customerFacingServiceConcernsEveryTenantAndTheOperatorAppNone() {
        assertThat(IncidentImpact.fromLabels(Map.of("service", "gateway")).affects("acme", Set.of())).isTrue();
        assertThat(IncidentImpact.fromLabels(Map.of("service", "operator-bff")))
                .isEqualTo(new IncidentImpact(ImpactScope.INTERNAL, "operator-bff"));
        assertThat(IncidentImpact.fromLabels(Map.of("alertname", "AuditChainBroken")).affects("acme", Set.of("ocis")))
                .isFalse();
    }
}

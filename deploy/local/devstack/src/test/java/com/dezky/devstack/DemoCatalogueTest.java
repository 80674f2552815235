package com.dezky.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo data set shows every status a tenant reaches through the API, every plan, and partners. */
class DemoCatalogueTest {

    @Test
    void fortyTenantsInEveryReachableStatusAndPlanAThirdThroughKnownPartners() {
        var tenants = DemoCatalogue.tenants();
        Map<String, Long> byStatus = tenants.stream().collect(Collectors.groupingBy(DemoCatalogue.Tenant::status,
                Collectors.counting()));
        Set<String> partners = DemoCatalogue.PARTNERS.stream().map(DemoCatalogue.Partner::slug).collect(Collectors.toSet());

        assertThat(tenants).hasSize(40);
        assertThat(byStatus).containsEntry("active", 32L).containsEntry("suspended", 4L).containsEntry("deleted", 4L);
        assertThat(tenants).filteredOn(t -> t.status().equals("suspended")).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
        assertThat(tenants).extracting(DemoCatalogue.Tenant::plan).contains("starter", "business", "enterprise");
        assertThat(tenants).filteredOn(t -> t.partner() != null).hasSizeGreaterThan(10)
                .allSatisfy(t -> assertThat(partners).contains(t.partner()));
        assertThat(DemoCatalogue.MEMBERS).allSatisfy(member -> assertThat(tenants)
                .anyMatch(t -> t.slug().equals(member.tenant()) && t.status().equals("active")));
    }

    @Test
    void theSeedingOperatorIsAPlatformAdminAtTheDevIdentityProvider() {
        assertThat(DevUsers.groupsOf(DevUsers.standard().claimsFor(DevUsers.OPERATOR_ISSUER, DemoData.ROBOT)))
                .containsExactly("dezky-platform-admins");
    }
}

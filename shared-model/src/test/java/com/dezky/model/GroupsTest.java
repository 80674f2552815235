package com.dezky.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void tenantGroupsFollowAuthentikNamingConvention() {
        assertThat(Groups.tenantMembers("acme")).isEqualTo("dezky-tenant-acme");
        assertThat(Groups.tenantAdmins("acme")).isEqualTo("dezky-tenant-acme-admins");
    }

    @Test
    void audienceLooksUpByWireValue() {
        assertThat(Audience.of("dezky-operator")).contains(Audience.OPERATOR);
        assertThat(Audience.of("dezky-portal")).contains(Audience.PORTAL);
        assertThat(Audience.of("dezky")).isEmpty();
    }
}

package com.dezky.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevUsersTest {

    private final DevUsers users = DevUsers.standard();

    @Test
    void staffUsernameAtOperatorIssuerIsPlatformAdmin() {
        assertThat(users.claimsFor("dezky-operator", "Ada.Lovelace@dezky.com"))
                .containsEntry("email", "ada.lovelace@dezky.com")
                .containsEntry("name", "Ada Lovelace")
                .containsEntry("groups", List.of("dezky-platform-admins"));
    }

    @Test
    void otherUsernameAtOperatorIssuerHasNoAdminGroup() {
        assertThat(users.claimsFor("dezky-operator", "mallory@example.com")).containsEntry("groups", List.of());
    }

    @Test
    void lookalikeStaffDomainIsNotStaff() {
        assertThat(users.claimsFor("dezky-operator", "eve@notdezky.com.evil.io")).containsEntry("groups", List.of());
        assertThat(users.claimsFor("dezky-operator", "eve@evil-dezky.com")).containsEntry("groups", List.of());
    }

    @Test
    void documentedPortalUsersBelongToTheDemoTenants() {
        assertThat(users.claimsFor("dezky-portal", "pat@example.com"))
                .containsEntry("groups", List.of("dezky-tenant-bergmann-logistik"));
        assertThat(users.claimsFor("dezky-portal", "Alex@Example.com"))
                .containsEntry("groups", List.of("dezky-tenant-kessler-architekten-admins"));
        assertThat(users.claimsFor("dezky-portal", "nora@example.com")).containsEntry("groups", List.of());
        assertThat(users.claimsFor("dezky-operator", "pat@example.com")).containsEntry("groups", List.of());
    }

    @Test
    void staffUsernameAtPortalIssuerIsPlainUser() {
        assertThat(users.claimsFor("dezky-portal", "ada@dezky.com")).containsEntry("groups", List.of());
    }
}

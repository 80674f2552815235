package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

class SignInSuccessHandlerTest {

    @Test
    void returnsToSavedPathWithQuery() {
        assertThat(SignInSuccessHandler.localPath(saved("/tenants/acme", "tab=users"))).isEqualTo("/tenants/acme?tab=users");
    }

    @Test
    void neverRedirectsToAnotherHost() {
        assertThat(SignInSuccessHandler.localPath(saved("//evil.example/x", null))).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath(saved("/\\evil.example", null))).isEqualTo("/");
    }

    private static DefaultSavedRequest saved(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        return new DefaultSavedRequest(request);
    }
}

package com.dezky.platform.user;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.dezky.model.PageView;
import com.dezky.platform.access.AccessSlice;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.testing.TestIssuers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice of the user feature with the real security configuration. */
@WebMvcTest(UserController.class)
@Import(AccessSlice.class)
class UserControllerSecurityTest {

    static final TestIssuers issuers = TestIssuers.shared();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Memberships memberships;

    @MockitoBean
    Users users;

    @MockitoBean
    UserAccounts accounts;

    @MockitoBean
    UserAdministration administration;

    @MockitoBean
    Clock clock;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        issuers.register(registry);
    }

    @Test
    void listsUsersForOperatorAdmin() throws Exception {
        given(clock.instant()).willReturn(Instant.now());
        given(users.list(any(), any(), any(), anyInt(), anyInt())).willReturn(new PageView<>(List.of(), 0, 50, 0));

        mvc.perform(get("/users").header("Authorization", "Bearer " + issuers.operatorAdmin("ada")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void forbidsUserListToOperatorWithoutAdminGroup() throws Exception {
        mvc.perform(get("/users").header("Authorization", "Bearer " + issuers.operatorUser("bob")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://dezky.com/problems/forbidden"));
    }

    @Test
    void refusesAnOperatorWhoseAccountIsDeactivatedWhateverTheTokenSays() throws Exception {
        given(accounts.isDeactivated(any(), eq("gone"))).willReturn(true);

        mvc.perform(get("/users").header("Authorization", "Bearer " + issuers.operatorAdmin("gone")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("deactivated")));
    }

    @Test
    void rejectsPageSizeAboveLimitWithFieldProblem() throws Exception {
        mvc.perform(get("/users").param("size", "5000")
                        .header("Authorization", "Bearer " + issuers.operatorAdmin("ada")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://dezky.com/problems/invalid-request"));
    }
}

package com.dezky.platform.security;

import com.dezky.platform.testing.ApiTest;
import com.dezky.platform.testing.TestIssuers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Where a deployment turns the second factor off (the local stack), a password-only operator token works. */
@TestPropertySource(properties = "dezky.operator.require-mfa=false")
class OperatorSecondFactorOptionalTest extends ApiTest {

    @Test
    void withRequireMfaOffAPasswordOnlyOperatorTokenIsAnOperatorsToken() {
        as(issuers.token(TestIssuers.OPERATOR, "ada", claims -> claims
                .claim("groups", List.of("dezky-platform-admins")).claim("amr", List.of("pwd")))).get("/users")
                .expect(200);
    }
}

package com.dezky.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dezky.platform.security.ResourceServerProperties.TrustedIssuer;
import com.dezky.platform.testing.TestIssuers;
import com.nimbusds.jose.JOSEObjectType;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** How each issuer's access tokens are told apart from its ID tokens (SECURITY.md R2). */
class TrustedIssuerDecodersTest {

    static final TestIssuers issuers = TestIssuers.shared();

    private static JwtDecoder decoder(String type, String claim, String audience) {
        String issuer = issuers.issuerUri(TestIssuers.PORTAL);
        return TrustedIssuerDecoders.decoder(new TrustedIssuer(URI.create(issuer), URI.create(issuer + "/jwks"),
                TestIssuers.PORTAL, type, claim, audience));
    }

    @Test
    void anIssuerThatMarksAccessTokensByAnAudienceAcceptsOnlyTokensNamingIt() {
        JwtDecoder decoder = decoder("", "", "dezky-platform-api");
        String access = issuers.token(TestIssuers.PORTAL, "kim",
                claims -> claims.audience(List.of(TestIssuers.PORTAL, "dezky-platform-api")));
        String id = issuers.idToken(TestIssuers.PORTAL, "kim", claims -> claims);

        assertThat(decoder.decode(access).getSubject()).isEqualTo("kim");
        assertThatThrownBy(() -> decoder.decode(id)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("Not an access token");
    }

    @Test
    void anIssuerThatMarksAccessTokensByAClaimAcceptsOnlyTokensCarryingIt() {
        JwtDecoder decoder = decoder(null, "uid", null);

        assertThat(decoder.decode(issuers.token(TestIssuers.PORTAL, "kim", claims -> claims)).getSubject())
                .isEqualTo("kim");
        assertThatThrownBy(() -> decoder.decode(issuers.idToken(TestIssuers.PORTAL, "kim", claims -> claims)))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void anIssuerThatTypesAccessTokensAcceptsNoOtherType() {
        JwtDecoder decoder = decoder("at+jwt", "", "");
        String typed = issuers.signTyped(TestIssuers.PORTAL, new JOSEObjectType("at+jwt"),
                issuers.claims(TestIssuers.PORTAL, "kim").build());

        assertThat(decoder.decode(typed).getSubject()).isEqualTo("kim");
        assertThatThrownBy(() -> decoder.decode(issuers.idToken(TestIssuers.PORTAL, "kim", claims -> claims)))
                .hasMessageContaining("typ");
    }

    @Test
    void anIssuerWithoutAnyAccessTokenMarkIsRefusedAtStartup() {
        String issuer = issuers.issuerUri(TestIssuers.PORTAL);
        assertThat(new TrustedIssuer(URI.create(issuer), URI.create(issuer + "/jwks"), TestIssuers.PORTAL, " ", null, "")
                .isAccessTokenMarked()).isFalse();
    }
}

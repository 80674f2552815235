package com.dezky.platform.security;

import com.dezky.model.Audience;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a token validated for one issuer into a {@link CallerAuthentication}. The client
 * authority comes from the issuer's configured audience, not from whatever else the token's
 * {@code aud} lists, so one token never speaks for two clients.
 */
final class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Audience client;

    CallerAuthenticationConverter(String audience) {
        this.client = Audience.of(audience)
                .orElseThrow(() -> new IllegalArgumentException("Unknown audience " + audience));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = Caller.of(jwt, client);
        List<GrantedAuthority> authorities = new ArrayList<>();
        // Informational only: every decision is the access policy's, on the Caller.
        authorities.add(new SimpleGrantedAuthority("CLIENT_" + client.value()));
        return new CallerAuthentication(jwt, authorities, caller);
    }
}

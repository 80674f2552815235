package com.dezky.platform.audit;

import com.dezky.platform.security.CallerAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who made a change: the token's (issuer, subject) and email, and the client's address. */
public record Actor(String issuer, String subject, @Nullable String email, @Nullable String ip) {

    /** The platform itself: scheduled jobs, provisioning in the background. */
    public static final Actor SYSTEM = new Actor("dezky", "platform-api", "system", null);

    /**
     * The caller of the current request. The address is the client's as the gateway saw it
     * (Tomcat applies X-Forwarded-For from internal proxies only).
     */
    public static Actor current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication authentication)) {
            throw new IllegalStateException("A change without an authenticated caller cannot be attributed");
        }
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        var caller = authentication.caller();
        return new Actor(caller.issuer(), caller.subject(), caller.email(), ip);
    }
}

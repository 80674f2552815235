package com.dezky.platform.invite;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dezky.invites.*}.
 *
 * @param operatorDomains the e-mail domains an operator may be invited at ({@code dezky.com})
 */
@Validated
@ConfigurationProperties("dezky.invites")
record InviteProperties(
        @DefaultValue("dezky.com") @NotEmpty List<@Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}") String> operatorDomains) {

    boolean allowsOperator(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return operatorDomains.contains(domain);
    }
}

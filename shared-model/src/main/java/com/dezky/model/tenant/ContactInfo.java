package com.dezky.model.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Who to talk to at a tenant. */
public record ContactInfo(
        @Size(max = 100) @Nullable String name,
        @Email @Size(max = 254) @Nullable String email,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()./-]*$", message = "may contain digits, spaces and + ( ) . / - only") @Nullable String phone) {
}

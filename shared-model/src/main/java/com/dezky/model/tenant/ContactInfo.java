package com.dezky.model.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who to talk to at a tenant. */
public record ContactInfo(
        @Size(max = 100) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()./-]*$", message = "may contain digits, spaces and + ( ) . / - only") String phone) {
}

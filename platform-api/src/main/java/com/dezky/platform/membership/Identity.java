package com.dezky.platform.membership;

/** A person as the platform identifies them: the issuer of their tokens and their subject there (R4). */
public record Identity(String issuer, String subject) {
}

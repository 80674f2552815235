/**
 * Who is calling: bearer tokens validated per trusted issuer, each for exactly its own audience
 * (SECURITY.md R1, R2), read into a {@link com.dezky.platform.security.Caller}. What a caller may
 * do is decided in the {@code access} module.
 */
package com.dezky.platform.security;

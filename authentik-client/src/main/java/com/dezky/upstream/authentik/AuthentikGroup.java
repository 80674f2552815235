package com.dezky.upstream.authentik;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An authentik group: {@code pk} is its UUID. */
public record AuthentikGroup(String pk, @JsonProperty("num_pk") int numPk, String name) {
}

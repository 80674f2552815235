package com.dezky.upstream.ocis;

public record OcisGroup(String id, String displayName) {
}

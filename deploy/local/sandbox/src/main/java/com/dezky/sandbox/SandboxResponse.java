package com.dezky.sandbox;

/** What a sandbox upstream answers: a status and a JSON body ({@code null} for none). */
record SandboxResponse(int status, Object body) {

    static SandboxResponse of(int status, Object body) {
        return new SandboxResponse(status, body);
    }

    static SandboxResponse noContent() {
        return new SandboxResponse(204, null);
    }
}

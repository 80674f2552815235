package com.dezky.sandbox;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One stateful sandbox of a real upstream, answering with that upstream's wire shapes. */
interface SandboxUpstream {

    /** {@code authentik}, {@code stalwart} or {@code ocis}; also the path prefix it is served under. */
    String name();

    SandboxResponse handle(SandboxRequest request);

    /** What the upstream holds, by kind of object, for the control endpoint and logs. */
    Map<String, Integer> counts();

    void reset();

    /** Everything it holds, as plain JSON values, for {@link #restore}. */
    Object snapshot();

    /** Holds exactly what a {@link #snapshot} held. */
    void restore(JsonNode snapshot);

    /** The body this upstream sends with a 5xx, in its own error format. */
    Object serverError();
}

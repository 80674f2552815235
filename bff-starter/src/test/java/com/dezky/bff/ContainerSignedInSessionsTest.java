package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Back-channel logout where sessions live in the servlet container (no Redis: one replica). */
class ContainerSignedInSessionsTest {

    final ContainerSignedInSessions sessions = new ContainerSignedInSessions();

    @Test
    void endInvalidatesTheSessionsOfTheIdpSessionOrOfTheUserAndNoOthers() {
        MockHttpSession bySid = new MockHttpSession();
        MockHttpSession bySub = new MockHttpSession();
        MockHttpSession other = new MockHttpSession();
        sessions.signedIn(bySid, "sid-1", "kim");
        sessions.signedIn(bySub, "sid-2", "ada");
        sessions.signedIn(other, "sid-3", "linus");

        assertThat(sessions.end("sid-1", null)).isEqualTo(1);
        assertThat(sessions.end(null, "ada")).isEqualTo(1);

        assertThat(bySid.isInvalid()).isTrue();
        assertThat(bySub.isInvalid()).isTrue();
        assertThat(other.isInvalid()).isFalse();
        assertThat(sessions.end("sid-1", "kim")).as("already ended").isZero();
    }

    @Test
    void aSessionTheContainerEndedIsForgotten() {
        MockHttpSession expired = new MockHttpSession();
        sessions.signedIn(expired, "sid-9", "nora");
        sessions.sessionDestroyed(new jakarta.servlet.http.HttpSessionEvent(expired));

        assertThat(sessions.end("sid-9", "nora")).isZero();
        assertThat(expired.isInvalid()).isFalse();
    }
}

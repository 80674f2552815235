package com.dezky.bff;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions kept in this servlet container (no Redis: one replica), ended by
 * invalidating them; forgotten when the container ends them itself.
 */
final class ContainerSignedInSessions implements SignedInSessions, HttpSessionListener {

    private record Owner(String sid, String sub) {
    }

    private final Map<HttpSession, Owner> sessions = new ConcurrentHashMap<>();

    @Override
    public void signedIn(HttpSession session, String sid, String sub) {
        sessions.put(session, new Owner(sid, sub));
    }

    @Override
    public int end(String sid, String sub) {
        int ended = 0;
        for (Map.Entry<HttpSession, Owner> entry : Set.copyOf(sessions.entrySet())) {
            Owner owner = entry.getValue();
            if ((sid != null && sid.equals(owner.sid())) || (sub != null && sub.equals(owner.sub()))) {
                sessions.remove(entry.getKey());
                try {
                    entry.getKey().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // Ended meanwhile by the user or the container.
                }
            }
        }
        return ended;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }
}

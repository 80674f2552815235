package com.dezky.bff;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Signed-in sessions indexed in Redis by {@code sid} and {@code sub}, next to the sessions
 * themselves: any replica that receives a back-channel logout finds and deletes the sessions
 * whichever replica created them. The index expires with the sessions' absolute lifetime.
 */
final class RedisSignedInSessions implements SignedInSessions {

    private final StringRedisTemplate redis;
    private final SessionRepository<? extends Session> sessions;
    private final String namespace;
    private final Duration lifetime;

    RedisSignedInSessions(StringRedisTemplate redis, SessionRepository<? extends Session> sessions, String namespace,
            Duration lifetime) {
        this.redis = redis;
        this.sessions = sessions;
        this.namespace = namespace;
        this.lifetime = lifetime;
    }

    @Override
    public void signedIn(HttpSession session, String sid, String sub) {
        for (String key : keys(sid, sub)) {
            redis.opsForSet().add(key, session.getId());
            redis.expire(key, lifetime);
        }
    }

    @Override
    public int end(String sid, String sub) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : keys(sid, sub)) {
            Set<String> members = redis.opsForSet().members(key);
            if (members != null) {
                ids.addAll(members);
            }
            redis.delete(key);
        }
        int ended = 0;
        for (String id : ids) {
            if (sessions.findById(id) != null) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private Set<String> keys(String sid, String sub) {
        Set<String> keys = new LinkedHashSet<>();
        if (sid != null) {
            keys.add(namespace + ":backchannel:sid:" + sid);
        }
        if (sub != null) {
            keys.add(namespace + ":backchannel:sub:" + sub);
        }
        return keys;
    }
}

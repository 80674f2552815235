package com.dezky.bff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Where signed-in sessions are indexed for back-channel logout: beside the sessions themselves. */
@Configuration(proxyBeanMethods = false)
class SignedInSessionsConfiguration {

    /** Sessions in Redis (every replica): the index in Redis too, under the sessions' namespace. */
    @Bean
    @Profile("redis-sessions")
    SignedInSessions redisSignedInSessions(StringRedisTemplate redis, SessionRepository<? extends Session> sessions,
            BffProperties properties,
            @Value("${spring.session.data.redis.namespace:${spring.session.redis.namespace:spring:session}}") String namespace) {
        return new RedisSignedInSessions(redis, sessions, namespace, properties.absoluteLifetime());
    }

    /** Sessions in this servlet container (one replica): the index in memory, emptied as they end. */
    @Bean
    @Profile("!redis-sessions")
    ContainerSignedInSessions containerSignedInSessions() {
        return new ContainerSignedInSessions();
    }

    @Bean
    @Profile("!redis-sessions")
    ServletListenerRegistrationBean<ContainerSignedInSessions> signedInSessionsListener(
            ContainerSignedInSessions sessions) {
        return new ServletListenerRegistrationBean<>(sessions);
    }
}

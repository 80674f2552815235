package com.dezky.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Spring Cloud Gateway's Redis token bucket, with its own Lua script read once. The gateway's
 * script bean reads it from a resource that Spring Data Redis checks for changes on every call (the
 * file's last-modified time inside the nested jar): about a twelfth of the gateway's CPU per
 * limited request.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    private static final String SCRIPT = "META-INF/scripts/request_rate_limiter.lua";

    @Bean
    RedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configuration)
            throws IOException {
        return new RedisRateLimiter(redis, tokenBucket(), configuration);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RedisScript<List<Long>> tokenBucket() throws IOException {
        String lua = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        return (RedisScript) RedisScript.of(lua, List.class);
    }
}

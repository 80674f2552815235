package com.dezky.upstream;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each upstream's declarative client is built by Spring Cloud OpenFeign: on Apache HttpClient
 * 5 (spring.cloud.openfeign.httpclient.hc5.*), observed with Micrometer, and configured from the
 * upstream's own {@code dezky.upstreams.<name>.*}: its URL and timeouts, its credential and
 * public host on every request, Jackson 3, and its own error decoder. Feign never retries by
 * itself; {@link UpstreamCalls} decides what may be retried.
 */
public final class FeignClients {

    private FeignClients() {
    }

    static <T> T build(FeignClientBuilder clients, String name, Class<T> api, UpstreamsProperties.Upstream upstream,
            ErrorDecoder errors) {
        JsonCodec json = new JsonCodec();
        return clients.forType(api, name).url(upstream.baseUrl().toString()).customize(builder -> configure(builder,
                upstream, json, errors)).build();
    }

    private static void configure(Feign.Builder builder, UpstreamsProperties.Upstream upstream, JsonCodec json,
            ErrorDecoder errors) {
        builder.options(new Request.Options(upstream.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        upstream.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
                .requestInterceptor(template -> {
                    upstream.authorization().ifPresent(value -> template.header("Authorization", value));
                    if (upstream.publicHost() != null && !upstream.publicHost().isBlank()) {
                        template.header("Host", upstream.publicHost());
                    }
                    template.header("Accept", "application/json");
                })
                .encoder(json)
                .decoder(json)
                .errorDecoder(errors)
                .retryer(Retryer.NEVER_RETRY)
                .logLevel(Logger.Level.NONE);
    }

    /** The response body as text, for error decoders (bodies of errors are small). */
    public static String bodyOf(feign.Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(16_384), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Parses an error body as JSON, or an empty object if it is not JSON. */
    public static JsonNode jsonOf(String body) {
        try {
            return body.isBlank() ? JsonCodec.MAPPER.createObjectNode() : JsonCodec.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return JsonCodec.MAPPER.createObjectNode();
        }
    }

    /** The shared mapper, for clients that build JSON by hand (JMAP method calls). */
    public static JsonMapper json() {
        return JsonCodec.MAPPER;
    }
}

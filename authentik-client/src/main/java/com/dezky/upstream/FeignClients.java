package com.dezky.upstream;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.hc5.ApacheHttp5Client;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/**
 * Builds the Feign client of one upstream: Apache HttpClient 5 (pooled, and it sends a Host
 * header we set, which the JDK clients refuse), the upstream's timeouts, its bearer token and
 * public host on every request, Jackson 3, and the upstream's own error decoder. Feign never
 * retries by itself; {@link UpstreamCalls} decides what may be retried.
 */
public final class FeignClients {

    private FeignClients() {
    }

    public static <T> T build(Class<T> api, UpstreamsProperties.Upstream upstream, ErrorDecoder errors) {
        JsonCodec json = new JsonCodec();
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(50).setMaxConnPerRoute(50).build();
        return Feign.builder()
                .client(new ApacheHttp5Client(HttpClients.custom().setConnectionManager(connections)
                        .disableAutomaticRetries().disableRedirectHandling().build()))
                .options(new Request.Options(upstream.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        upstream.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
                .requestInterceptor(template -> {
                    if (upstream.token() != null && !upstream.token().isBlank()) {
                        template.header("Authorization", "Bearer " + upstream.token());
                    }
                    if (upstream.publicHost() != null && !upstream.publicHost().isBlank()) {
                        template.header("Host", upstream.publicHost());
                    }
                    template.header("Accept", "application/json");
                })
                .encoder(json)
                .decoder(json)
                .errorDecoder(errors)
                .retryer(Retryer.NEVER_RETRY)
                .logLevel(Logger.Level.NONE)
                .target(api, upstream.baseUrl().toString());
    }

    /** The response body as text, for error decoders (bodies of errors are small). */
    public static String bodyOf(feign.Response response) {
        if (response.body() == null) {
            return "";
        }
        try (var in = response.body().asInputStream()) {
            return new String(in.readNBytes(16_384), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Parses an error body as JSON, or an empty object if it is not JSON. */
    public static tools.jackson.databind.JsonNode jsonOf(String body) {
        try {
            return body.isBlank() ? JsonCodec.MAPPER.createObjectNode() : JsonCodec.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return JsonCodec.MAPPER.createObjectNode();
        }
    }

    /** The shared mapper, for clients that build JSON by hand (JMAP method calls). */
    public static tools.jackson.databind.json.JsonMapper json() {
        return JsonCodec.MAPPER;
    }
}

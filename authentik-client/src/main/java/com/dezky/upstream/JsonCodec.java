package com.dezky.upstream;

import feign.FeignException;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.Encoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for Feign with Jackson 3. Upstream answers carry many more fields than we read, so
 * unknown properties are ignored here (unlike in Dezky's own API, which rejects them).
 */
final class JsonCodec implements Encoder, Decoder {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        template.header("Content-Type", "application/json");
        template.body(MAPPER.writeValueAsBytes(object), StandardCharsets.UTF_8);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException, FeignException {
        if (response.status() == 204 || response.body() == null || type == void.class || type == Void.class) {
            return null;
        }
        try (InputStream body = response.body().asInputStream()) {
            return MAPPER.readValue(body, MAPPER.constructType(type));
        }
    }
}

package com.dezky.upstream.stalwart;

import feign.RequestLine;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Stalwart 0.16's JMAP endpoints: the session resource and the API endpoint. */
interface StalwartApi {

    @RequestLine("GET /jmap/session")
    JsonNode session();

    @RequestLine("POST /jmap/")
    JsonNode call(Map<String, Object> request);
}

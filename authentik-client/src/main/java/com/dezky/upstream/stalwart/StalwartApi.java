package com.dezky.upstream.stalwart;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/** Stalwart 0.16's JMAP endpoints: the session resource and the API endpoint. */
interface StalwartApi {

    @GetMapping("/jmap/session")
    JsonNode session();

    @PostMapping("/jmap/")
    JsonNode call(@RequestBody Map<String, Object> request);
}

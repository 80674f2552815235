package com.dezky.bff;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which deployment the SPA is in, and the same app in the others (configuration, not guesswork). */
@RestController
class BffEnvironmentController {

    record EnvironmentView(String name, EnvironmentKind kind, URI url) {
    }

    /** {@code current} is null where the deployment's kind is not configured (the SPA then goes by its host name). */
    record Environments(@Nullable EnvironmentView current, List<EnvironmentView> others) {
    }

    private final Environments environments;

    BffEnvironmentController(BffProperties properties) {
        BffProperties.Environment environment = properties.environment();
        this.environments = new Environments(environment.kind() == null ? null
                : new EnvironmentView(environment.name(), environment.kind(), properties.publicUrl()),
                properties.otherEnvironments().stream()
                        .map(other -> new EnvironmentView(other.name(), other.kind(), other.url())).toList());
    }

    @GetMapping("/bff/environment")
    ResponseEntity<Environments> environment() {
        // The same for every caller and fixed until a restart: the browser may keep it a while.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(environments);
    }
}

package com.dezky.platform.provisioning;

import com.dezky.upstream.Upstreams;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The upstreams' state (operator-only, see the access policy). */
@RestController
class ProvisioningController {

    private final Upstreams upstreams;

    ProvisioningController(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    /** Each upstream: enabled, sandbox or real, and its circuit breaker, without calling it. */
    @GetMapping("/upstreams")
    List<Upstreams.UpstreamStatus> upstreams() {
        return upstreams.status();
    }
}

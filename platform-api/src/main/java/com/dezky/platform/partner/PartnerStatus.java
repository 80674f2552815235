package com.dezky.platform.partner;

import com.dezky.platform.web.ApiProblem;
import java.util.Arrays;
import java.util.Locale;

/** A reseller's contract state. Terminated is final: the partner is kept for history. */
enum PartnerStatus {

    IN_NEGOTIATION, ACTIVE, PAUSED, TERMINATED;

    String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static PartnerStatus fromWire(String field, String value) {
        return Arrays.stream(values()).filter(status -> status.wire().equals(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(field, "must be in-negotiation, active, paused or terminated"));
    }
}

package com.dezky.platform.oncall;

import com.dezky.model.oncall.OnCallNow;
import com.dezky.model.oncall.OnCallSchedule;
import com.dezky.model.oncall.OnCallScheduleView;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The on-call schedule and who is on call now; operators only (the access policy). */
@RestController
class OnCallController {

    private final OnCall onCall;

    OnCallController(OnCall onCall) {
        this.onCall = onCall;
    }

    @GetMapping("/oncall/now")
    OnCallNow now() {
        return onCall.now();
    }

    @GetMapping("/oncall/schedule")
    ResponseEntity<OnCallScheduleView> schedule() {
        OnCallScheduleDocument document = onCall.document()
                .orElseThrow(() -> ApiProblem.notFound("The on-call schedule (none is set yet)"));
        return ETags.ok(onCall.view(document), document.getVersion());
    }

    @PutMapping("/oncall/schedule")
    ResponseEntity<OnCallScheduleView> replace(@Valid @RequestBody OnCallSchedule schedule,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OnCallScheduleDocument document = onCall.replace(schedule, ifMatch);
        return ETags.ok(onCall.view(document), document.getVersion());
    }
}

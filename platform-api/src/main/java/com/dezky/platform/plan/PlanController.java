package com.dezky.platform.plan;

import com.dezky.model.billing.PlanView;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@EnableConfigurationProperties(PlanCatalogue.class)
class PlanController {

    private final PlanCatalogue catalogue;

    PlanController(PlanCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/plans")
    List<PlanView> plans() {
        return catalogue.plans().stream().map(PlanCatalogue.Plan::toView).toList();
    }
}

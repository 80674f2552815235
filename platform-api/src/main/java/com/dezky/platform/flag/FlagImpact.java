package com.dezky.platform.flag;

import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagSubject;
import com.dezky.model.flag.ImpactView;
import com.dezky.platform.tenant.TenantSubjects;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Exactly which living tenants a change of rule turns on and off, by evaluating it for each. */
@Component
class FlagImpact {

    private final TenantSubjects tenants;

    FlagImpact(TenantSubjects tenants) {
        this.tenants = tenants;
    }

    /** The counts only (no slugs listed), as the audit trail records them. */
    ImpactView of(FlagRule current, FlagRule proposed) {
        return of(current, proposed, 0, 0);
    }

    ImpactView of(FlagRule current, FlagRule proposed, int page, int size) {
        long total = 0;
        long onNow = 0;
        long onProposed = 0;
        List<String> turnOn = new ArrayList<>();
        List<String> turnOff = new ArrayList<>();
        for (FlagSubject tenant : tenants.living()) {
            boolean before = FlagEvaluator.isOn(current, tenant);
            boolean after = FlagEvaluator.isOn(proposed, tenant);
            total++;
            onNow += before ? 1 : 0;
            onProposed += after ? 1 : 0;
            if (!before && after) {
                turnOn.add(tenant.tenantSlug());
            } else if (before && !after) {
                turnOff.add(tenant.tenantSlug());
            }
        }
        return new ImpactView(total, onNow, onProposed, side(turnOn, page, size), side(turnOff, page, size), page, size);
    }

    private static ImpactView.Side side(List<String> slugs, int page, int size) {
        slugs.sort(null);
        int from = Math.min(slugs.size(), page * size);
        return new ImpactView.Side(slugs.size(), List.copyOf(slugs.subList(from, Math.min(slugs.size(), from + size))));
    }
}

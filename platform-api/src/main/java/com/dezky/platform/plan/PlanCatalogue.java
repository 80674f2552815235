package com.dezky.platform.plan;

import com.dezky.model.Money;
import com.dezky.model.billing.PlanView;
import com.dezky.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The plans Dezky sells, from configuration ({@code dezky.billing.plans}). One currency for
 * the whole catalogue, so revenue adds up without exchange rates.
 */
@Validated
@ConfigurationProperties("dezky.billing")
public record PlanCatalogue(@NotEmpty List<@Valid Plan> plans) {

    public record Plan(
            @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String key,
            @NotBlank String name,
            @PositiveOrZero long pricePerSeatMinor,
            @Pattern(regexp = "^[A-Z]{3}$") String currency) {

        public Money pricePerSeat() {
            return new Money(pricePerSeatMinor, currency);
        }

        public PlanView toView() {
            return new PlanView(key, name, pricePerSeat());
        }
    }

    public PlanCatalogue {
        plans = List.copyOf(plans);
        if (plans.stream().map(Plan::currency).distinct().count() > 1) {
            throw new IllegalArgumentException("All plans must share one currency");
        }
        if (plans.stream().map(Plan::key).distinct().count() != plans.size()) {
            throw new IllegalArgumentException("Plan keys must be unique");
        }
    }

    public String currency() {
        return plans.getFirst().currency();
    }

    public Optional<Plan> find(String key) {
        return plans.stream().filter(plan -> plan.key().equals(key)).findFirst();
    }

    /** The plan, or a 400 naming the plans there are. */
    public Plan require(String field, String key) {
        return find(key).orElseThrow(() -> ApiProblem.invalid(field, "unknown plan; choose one of "
                + plans.stream().map(Plan::key).collect(Collectors.joining(", "))));
    }

    /** Monthly recurring revenue of this many seats on this plan (zero for an unknown plan). */
    public Money mrr(String planKey, long seats) {
        return find(planKey).map(plan -> plan.pricePerSeat().times(seats)).orElse(Money.zero(currency()));
    }
}

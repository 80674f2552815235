package com.dezky.model.partner;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A status a partner can be given or edited to: termination has its own action (DELETE), with its own record. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SettableStatus.Validator.class)
public @interface SettableStatus {

    String message() default "must be in-negotiation, active or paused (terminate with DELETE)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SettableStatus, PartnerStatus> {

        @Override
        public boolean isValid(PartnerStatus status, ConstraintValidatorContext context) {
            return status != PartnerStatus.TERMINATED;
        }
    }
}

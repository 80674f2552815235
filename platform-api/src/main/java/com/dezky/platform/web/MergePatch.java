package com.dezky.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a JSON merge patch (RFC 7396) field by field: an absent field stays, {@code null}
 * removes, anything else replaces, after validation. Every rejected field is collected, so one
 * 400 names them all, and nothing is changed unless all are valid.
 */
@Component
public class MergePatch {

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Collects the errors of one patch. */
    public final class Reader {

        private final List<ApiProblem.FieldError> errors = new ArrayList<>();

        /**
         * Calls {@code apply} for each field the patch may change; fields named in {@code fixed}
         * are refused with their message, any other field as unknown.
         */
        public Reader fields(JsonNode patch, Set<String> patchable, Map<String, String> fixed,
                BiConsumer<String, JsonNode> apply) {
            if (patch == null || !patch.isObject()) {
                errors.add(new ApiProblem.FieldError("body", "must be a JSON object of the fields to change"));
                return this;
            }
            for (String field : patch.propertyNames()) {
                if (patchable.contains(field)) {
                    apply.accept(field, patch.get(field));
                } else {
                    reject(field, fixed.getOrDefault(field, "is not a field that can be changed"));
                }
            }
            return this;
        }

        public void reject(String field, String message) {
            errors.add(new ApiProblem.FieldError(field, message));
        }

        /** A non-blank string of at most {@code max} characters. */
        public void text(String field, JsonNode value, int max, Consumer<String> set) {
            if (value.isString() && !value.asString().isBlank() && value.asString().length() <= max) {
                set.accept(value.asString().strip());
            } else {
                reject(field, "must be 1-" + max + " characters");
            }
        }

        /** A whole number within bounds. */
        public void integer(String field, JsonNode value, long min, long max, Consumer<Integer> set) {
            if (value.isIntegralNumber() && value.asLong() >= min && value.asLong() <= max) {
                set.accept(value.asInt());
            } else {
                reject(field, "must be a whole number from " + min + " to " + max);
            }
        }

        /** A nested object parsed as {@code type} and validated; null removes it. */
        public <T> void record(String field, JsonNode value, Class<T> type, Consumer<T> set) {
            if (value.isNull()) {
                set.accept(null);
                return;
            }
            T parsed;
            try {
                parsed = json.treeToValue(value, type);
            } catch (RuntimeException e) {
                reject(field, "has unknown fields or values of the wrong type");
                return;
            }
            Set<ConstraintViolation<T>> violations = validator.validate(parsed);
            violations.forEach(v -> reject(field + "." + v.getPropertyPath(), v.getMessage()));
            if (violations.isEmpty()) {
                set.accept(parsed);
            }
        }

        /** Answers 400 with every rejected field, if there is any. */
        public void requireValid() {
            if (!errors.isEmpty()) {
                throw ApiProblem.invalid(errors);
            }
        }
    }

    public Reader reader() {
        return new Reader();
    }
}

package com.dezky.platform.web;

import com.dezky.model.Wire;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one update path: a JSON merge patch (RFC 7396) applied to the current state of a document
 * in the shape of its create record, bound as that record and validated with the record's own
 * constraints. Every field limit is declared once, on the record, and a patched document is held
 * to exactly the rules of a new one. Every rejected field is collected, so one 400 names them
 * all, and nothing is applied unless all are valid.
 */
@Component
public class MergePatch {

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The record after the patch. {@code fixed} names fields that a patch may not touch at all,
     * with the reason (e.g. a slug, a status that changes through its own actions).
     */
    public <T extends Record> T apply(T current, JsonNode patch, Map<String, String> fixed) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) current.getClass();
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.invalid("body", "must be a JSON object of the fields to change");
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        ObjectNode merged = json.valueToTree(current);
        for (String field : patch.propertyNames()) {
            if (fixed.containsKey(field)) {
                errors.add(new ApiProblem.FieldError(field, fixed.get(field)));
            } else if (!components.contains(field)) {
                errors.add(new ApiProblem.FieldError(field, "is not a field that can be changed"));
            } else {
                merged.set(field, merge(merged.get(field), patch.get(field)));
            }
        }
        List<ApiProblem.FieldError> wrongTypes = new ArrayList<>();
        Object[] values = bind(type, merged, wrongTypes);
        errors.addAll(wrongTypes);
        if (wrongTypes.isEmpty()) {
            T result = construct(type, values);
            validate(result, errors);
            if (errors.isEmpty()) {
                return result;
            }
        }
        errors.sort(Comparator.comparing(ApiProblem.FieldError::field));
        throw ApiProblem.invalid(errors);
    }

    /** RFC 7396 §2: null removes, an object merges member by member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (String name : patch.propertyNames()) {
            JsonNode value = patch.get(name);
            if (value.isNull()) {
                result.remove(name);
            } else {
                result.set(name, merge(result.get(name), value));
            }
        }
        return result;
    }

    /** Each field on its own, so that one of the wrong type does not hide the others. */
    private Object[] bind(Class<?> type, ObjectNode merged, List<ApiProblem.FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            JsonNode node = merged.get(components[i].getName());
            if (node == null || node.isNull()) {
                continue;
            }
            JavaType javaType = json.getTypeFactory().constructType(components[i].getGenericType());
            try {
                values[i] = json.treeToValue(node, javaType);
            } catch (UnrecognizedPropertyException unknown) {
                errors.add(new ApiProblem.FieldError(components[i].getName() + "." + unknown.getPropertyName(),
                        "is not a known field"));
            } catch (RuntimeException wrongType) {
                errors.add(new ApiProblem.FieldError(components[i].getName(), "must be " + describe(javaType)));
            }
        }
        return values;
    }

    private static <T> T construct(Class<T> type, Object[] values) {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameters).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private <T> void validate(T value, List<ApiProblem.FieldError> errors) {
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            errors.add(new ApiProblem.FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()));
        }
    }

    /** "a whole number", "a list", ...: what a field of this type takes, in words. */
    static String describe(JavaType type) {
        return describe(type.getRawClass(), type.getContentType());
    }

    static String describe(Class<?> raw, JavaType content) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(raw)) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return content == null ? "a list" : "a list of " + describe(content).replaceFirst("^an? ", "") + "s";
        }
        if (Wire.class.isAssignableFrom(raw)) {
            @SuppressWarnings("unchecked")
            Class<? extends Wire> wire = (Class<? extends Wire>) raw;
            return Wire.choices(wire);
        }
        if (raw == java.time.LocalDate.class) {
            return "a date such as 2026-01-31";
        }
        return "an object";
    }
}

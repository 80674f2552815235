package com.dezky.platform.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Describes the API's records as they are written: every component is present (required), and
 * only a component declared {@link Nullable} may be null (or, in a request, left out). The SPAs'
 * client is generated from this document, so its types are only as true as this rule.
 *
 * <p>It also refuses two API types of one simple name: springdoc would silently describe both with
 * whichever it met first.
 */
@Component
class RecordNullability implements ModelConverter {

    private static final String REFS = "#/components/schemas/";

    private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord()) {
            return resolved;
        }
        String name = resolved.get$ref() != null ? resolved.get$ref().substring(REFS.length()) : resolved.getName();
        Schema<?> model = name == null ? resolved : context.getDefinedModels().getOrDefault(name, resolved);
        if (name != null) {
            Class<?> earlier = named.putIfAbsent(name, raw);
            if (earlier != null && earlier != raw) {
                throw new IllegalStateException("Two API types are both named " + name + ": " + earlier.getName()
                        + " and " + raw.getName() + "; rename one");
            }
        }
        describe(raw, model);
        return resolved;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> record, Schema<?> model) {
        Map<String, Schema> properties = model.getProperties();
        if (properties == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String property = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            Schema<?> schema = properties.get(property);
            if (schema == null) {
                continue; // not written (ignored or renamed)
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(property, nullable(schema));
            } else if (model.getRequired() == null || !model.getRequired().contains(property)) {
                ((Schema) model).addRequiredItem(property);
            }
        }
    }

    /** OpenAPI 3.1: a null type beside the value's own (a reference gets it as an alternative). */
    private static Schema<?> nullable(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return new JsonSchema().oneOf(List.of(new JsonSchema().$ref(schema.get$ref()), new JsonSchema().typesItem("null")));
        }
        if (schema.getTypes() != null && !schema.getTypes().contains("null")) {
            schema.addType("null");
        } else if (schema.getTypes() == null && schema.getType() != null) {
            schema.addType(schema.getType());
            schema.addType("null");
        }
        return schema;
    }
}

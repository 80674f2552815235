package com.dezky.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document calls a record component required unless it is {@link Nullable}; for a
 * request that is only true if every component the API lets a caller leave out says so.
 */
class RequestRecordsTest {

    @Test
    void everyRequestComponentIsEitherRequiredByValidationOrDeclaredNullable() throws Exception {
        List<String> undeclared = requestRecords().flatMap(record -> Stream.of(record.getRecordComponents()))
                .filter(component -> !component.getType().isPrimitive())
                .filter(component -> !mustBePresent(component) && !isNullable(component))
                .map(component -> component.getDeclaringRecord().getSimpleName() + "." + component.getName())
                .toList();

        assertThat(undeclared).as("request components a caller may leave out, not declared @Nullable").isEmpty();
    }

    private static boolean mustBePresent(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class)
                || component.getAccessor().isAnnotationPresent(NotEmpty.class);
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /** The records named *Request in this module (the request bodies the API reads). */
    private static Stream<Class<?>> requestRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> found = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("Request.class"))
                    .map(name -> name.replace('/', '.').replace(".class", "")).map(RequestRecordsTest::load)
                    .filter(Class::isRecord).toList();
            assertThat(found).as("request records found").hasSizeGreaterThan(5);
            return found.stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

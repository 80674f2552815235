package com.dezky.platform.web;

import jakarta.validation.Path;

/** A Bean Validation property path as the API names fields: {@code domains[0]}, {@code contactInfo.email}. */
final class FieldPaths {

    private FieldPaths() {
    }

    static String of(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}

package com.dezky.model;

import java.util.List;

/** One page of a server-side paged list. {@code page} counts from 0. */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    public PageView {
        items = List.copyOf(items);
    }
}

package org.peerchallengehub.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count behind it. */
public record PageResult<T>(List<T> items, PageRequest request, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    public boolean hasNext() {
        return request.page() < totalPages();
    }

    /** 1-based index of the first item on this page (0 when empty). */
    public long firstItem() {
        return items.isEmpty() ? 0 : request.offset() + 1;
    }

    public long lastItem() {
        return request.offset() + items.size();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), request, total);
    }
}

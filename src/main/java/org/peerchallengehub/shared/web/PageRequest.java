package org.peerchallengehub.shared.web;

import org.jspecify.annotations.Nullable;

/** A 1-based page of a list, validated: a bad page or size is the user's error, never a 500. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 1) {
            throw new BadRequestException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(@Nullable Integer page, @Nullable Integer size, int defaultSize) {
        return new PageRequest(page == null ? 1 : page, size == null ? defaultSize : size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}

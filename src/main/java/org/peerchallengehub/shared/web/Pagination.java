package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a GOV.UK pagination component for a {@link PageResult}, keeping the request's other
 * query parameters (filters) as they are.
 */
public record Pagination(@Nullable String previous, @Nullable String next, List<Item> items) {

    /** A page number link, or an ellipsis when {@code href} is null and {@code current} false. */
    public record Item(@Nullable Integer number, @Nullable String href, boolean current) {
        public boolean ellipsis() {
            return number == null;
        }
    }

    public boolean needed() {
        return previous != null || next != null;
    }

    public static Pagination of(PageResult<?> result, HttpServletRequest request) {
        int current = result.request().page();
        int last = result.totalPages();
        List<Item> items = new ArrayList<>();
        Integer previousShown = null;
        for (int n = 1; n <= last; n++) {
            boolean show = n == 1 || n == last || Math.abs(n - current) <= 1;
            if (!show) {
                continue;
            }
            if (previousShown != null && n - previousShown > 1) {
                items.add(new Item(null, null, false));
            }
            items.add(new Item(n, link(request, n), n == current));
            previousShown = n;
        }
        return new Pagination(
                result.hasPrevious() ? link(request, current - 1) : null,
                result.hasNext() ? link(request, current + 1) : null,
                items);
    }

    private static String link(HttpServletRequest request, int page) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}

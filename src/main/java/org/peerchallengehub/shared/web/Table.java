package org.peerchallengehub.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A GOV.UK table's content, rendered by the {@code govuk/table} fragment. */
public record Table(String caption, List<Column> columns, List<List<Cell>> rows) {

    public record Column(String header, boolean numeric) {
        public static Column text(String header) {
            return new Column(header, false);
        }

        public static Column number(String header) {
            return new Column(header, true);
        }
    }

    /** A cell's text, with an optional link and an optional tag shown after it. */
    public record Cell(String text, @Nullable String href, @Nullable String tag) {
        public static Cell of(@Nullable Object text) {
            return new Cell(text == null ? "" : text.toString(), null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }

        public Cell tagged(@Nullable String tag) {
            return new Cell(text, href, tag);
        }
    }
}

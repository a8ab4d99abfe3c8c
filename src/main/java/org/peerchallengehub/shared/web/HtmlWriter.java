package org.peerchallengehub.shared.web;

/**
 * Markup written in Java, escaped as {@code HtmlUtils.htmlEscape} and Thymeleaf's {@code th:text} do, for the few very large tables where the template engine's cost per cell is most of
 * a page's time (decision 0018): a council profile of a thousand metrics is ten thousand cells. Every text
 * and attribute value is escaped; element and attribute names are the caller's constants, never input. The
 * result goes into a template with {@code th:utext}.
 */
public final class HtmlWriter {

    private final StringBuilder out;

    public HtmlWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** An opening tag; {@code attributes} are name, value pairs (values escaped). */
    public HtmlWriter start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1]);
            out.append('"');
        }
        out.append('>');
        return this;
    }

    /** Text content, escaped. */
    public HtmlWriter text(String text) {
        escape(text);
        return this;
    }

    public HtmlWriter end(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content only. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return start(tag, attributes).text(text).end(tag);
    }

    /** Markup the caller wrote itself: only constant strings of code. */
    public HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}

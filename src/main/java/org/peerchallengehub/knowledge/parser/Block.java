package org.peerchallengehub.knowledge.parser;

import org.jspecify.annotations.Nullable;

/**
 * One block of a report's text as every reader gives it, whatever the format: a heading, a
 * paragraph or a list item. Text is clean: no markdown emphasis, no bullet mark, no list number
 * (an ordered item's number is in {@code label}), single spaces.
 *
 * @param kind what the block is
 * @param level a heading's level (1 is the highest), or a list item's depth (0 is the outermost);
 *     0 for a paragraph
 * @param label an ordered list item's number as written ("4.", "1)"), else null
 * @param text the block's text
 * @param boldLead the bold words the block starts with (all its text when the whole block is bold),
 *     else null
 */
public record Block(Kind kind, int level, @Nullable String label, String text, @Nullable String boldLead) {

    /** The three kinds of block. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        ITEM
    }

    public static Block heading(int level, String text, @Nullable String boldLead) {
        return new Block(Kind.HEADING, level, null, text, boldLead);
    }

    public static Block paragraph(String text, @Nullable String boldLead) {
        return new Block(Kind.PARAGRAPH, 0, null, text, boldLead);
    }

    public static Block item(int depth, @Nullable String label, String text, @Nullable String boldLead) {
        return new Block(Kind.ITEM, depth, label, text, boldLead);
    }

    public boolean isItem() {
        return kind == Kind.ITEM;
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    public boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    /** The whole block is bold. */
    public boolean isBold() {
        return boldLead != null && boldLead.equals(text);
    }

    /** An ordered list item (it has a number). */
    public boolean isOrderedItem() {
        return kind == Kind.ITEM && label != null;
    }
}

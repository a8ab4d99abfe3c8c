package org.peerchallengehub.reporting;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The report narrative's Markdown, rendered to HTML that is safe to put in a page (decision 0070). The
 * subset is headings, paragraphs, bulleted and numbered lists, emphasis and links: raw HTML is shown as
 * text (never passed through), images become their description, code and quotes become plain
 * paragraphs, and links keep only http, https and mailto addresses. The rendered HTML is then cleaned
 * against a safelist of exactly those elements, so nothing outside the subset can reach a page even if
 * the parser changes. Headings are moved down so that a narrative's "#" sits below the section's own
 * heading.
 */
public final class ReportMarkdown {

    /** The longest narrative field accepted, in characters (a long chapter is ~40,000). */
    public static final int MAX_LENGTH = 100_000;

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak(" ")
            .build();

    private static final Safelist SAFE = new Safelist()
            .addTags("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "em", "strong", "a", "br")
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto");

    private ReportMarkdown() {}

    /**
     * Safe HTML for a narrative.
     *
     * @param topLevel the HTML level a narrative's "#" heading becomes (2 to 6); deeper ones follow, at
     *     most h6
     */
    public static String html(String markdown, int topLevel) {
        if (topLevel < 2 || topLevel > 6) {
            throw new IllegalArgumentException("topLevel must be 2 to 6");
        }
        Node document = PARSER.parse(markdown);
        document.accept(new Subset(topLevel));
        return Jsoup.clean(RENDERER.render(document), SAFE);
    }

    /** The narrative as plain text (for the interchange format, search and the Word document's fallbacks). */
    public static String text(String markdown) {
        return Jsoup.parse(html(markdown, 2)).text();
    }

    /** Rewrites the parsed document to the subset, in place. */
    private static final class Subset extends AbstractVisitor {

        private final int topLevel;

        Subset(int topLevel) {
            this.topLevel = topLevel;
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + topLevel - 1));
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlBlock block) {
            replaceWithParagraph(block, block.getLiteral());
        }

        @Override
        public void visit(HtmlInline inline) {
            inline.insertBefore(new Text(inline.getLiteral()));
            inline.unlink();
        }

        @Override
        public void visit(FencedCodeBlock block) {
            replaceWithParagraph(block, block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            replaceWithParagraph(block, block.getLiteral());
        }

        @Override
        public void visit(ThematicBreak rule) {
            rule.unlink();
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote); // reduce what is inside first: the children moved out are not visited again
            Node child = quote.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                quote.insertBefore(child);
                child = next;
            }
            quote.unlink();
        }

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            Node child = image.getFirstChild();
            while (child != null) {
                if (child instanceof Text t) {
                    alt.append(t.getLiteral());
                }
                child = child.getNext();
            }
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }

        private static void replaceWithParagraph(Block block, String literal) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(literal.strip()));
            block.insertBefore(paragraph);
            block.unlink();
        }
    }
}

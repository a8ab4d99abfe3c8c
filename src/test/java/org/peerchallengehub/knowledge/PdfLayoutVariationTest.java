package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchallengehub.knowledge.parser.Block;
import org.peerchallengehub.knowledge.parser.ReportReading;

/**
 * Each fixture laid out afresh as a PDF at test time, unlike the fixture PDFs: another page size and
 * font, narrower lines, a running header and page numbers on every page, long words hyphenated at
 * line ends, lists indented their own way. The parser must still give the expected report.
 */
class PdfLayoutVariationTest {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float BODY = 10.5f;
    static final float LEFT = 60;
    static final float WIDTH = 440;

    static Stream<String> fixtureNames() {
        return Fixtures.present() ? Fixtures.names().stream() : Stream.of("(fixtures absent)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void a_fixture_laid_out_as_another_pdf_gives_the_expected_report(String name) throws IOException {
        Fixtures.assumePresent();
        String text = Fixtures.text(name);
        byte[] pdf = new Layout(text).render(ReportReading.blocks(text.getBytes(StandardCharsets.UTF_8)));

        ParsedReport report = ReportParser.withRegisterFromClasspath().parse(pdf);

        assertThat(JsonComparison.differences(Fixtures.expected(name), Fixtures.json(report), Set.of("councilGss")))
                .as("differences for %s laid out afresh", name)
                .isEmpty();
    }

    /** Writes blocks onto A4 pages: headings larger and bold, items with their own markers and indents. */
    static final class Layout {
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private PDDocument document;
        private PDPageContentStream content;
        private float y;
        private int pages;

        Layout(String text) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                wordCounts.merge(word, 1, Integer::sum);
            }
        }

        byte[] render(List<Block> blocks) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                document = doc;
                newPage();
                for (Block b : blocks) {
                    block(b);
                }
                content.close();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }

        private void block(Block b) throws IOException {
            switch (b.kind()) {
                case HEADING -> {
                    y += 10;
                    lines(b.text(), BOLD, Math.max(12.5f, 17 - b.level()), LEFT, LEFT, null);
                }
                case PARAGRAPH -> {
                    y += 7;
                    lines(b.text(), b.isBold() ? BOLD : REGULAR, BODY, LEFT, LEFT, null);
                }
                case ITEM -> {
                    y += 3;
                    float marker = LEFT + 10 + 20 * b.level();
                    String mark = b.label() != null ? b.label() : b.level() == 0 ? "\u2022" : "-";
                    lines(
                            b.text(),
                            b.isBold() ? BOLD : REGULAR,
                            BODY,
                            marker + 16,
                            marker + 16,
                            new Marker(mark, marker));
                }
            }
        }

        record Marker(String text, float x) {}

        private void lines(String text, PDType1Font font, float size, float x, float continuation, Marker marker)
                throws IOException {
            List<String> words = new ArrayList<>(List.of(text.split(" ")));
            StringBuilder line = new StringBuilder();
            boolean first = true;
            while (!words.isEmpty()) {
                String word = words.removeFirst();
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= WIDTH - (x - LEFT) || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                String[] split = hyphenate(word);
                if (split != null && width(line + " " + split[0], font, size) <= WIDTH - (x - LEFT)) {
                    line.append(' ').append(split[0]);
                    words.addFirst(split[1]);
                } else {
                    words.addFirst(word);
                }
                write(line.toString(), font, size, first ? x : continuation, first ? marker : null);
                first = false;
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                write(line.toString(), font, size, first ? x : continuation, first ? marker : null);
            }
        }

        /** Splits a long word that the text also has whole elsewhere, keeping a fragment that is not a word. */
        private String[] hyphenate(String word) {
            if (word.length() < 12 || !word.chars().allMatch(Character::isLetter)) {
                return null;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String tail = word.substring(6);
            if (wordCounts.getOrDefault(lower, 0) < 2 || wordCounts.containsKey(tail.toLowerCase(Locale.ROOT))) {
                return null;
            }
            return new String[] {word.substring(0, 6) + "-", tail};
        }

        private void write(String text, PDType1Font font, float size, float x, Marker marker) throws IOException {
            if (y > PDRectangle.A4.getHeight() - 80) {
                newPage();
            }
            y += size * 1.3f;
            float baseline = PDRectangle.A4.getHeight() - y;
            if (marker != null) {
                show(marker.text(), REGULAR, size, marker.x(), baseline);
            }
            show(text, font, size, x, baseline);
        }

        private void show(String text, PDType1Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private float width(String text, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages++;
            content = new PDPageContentStream(document, page);
            show(
                    "Peer challenge feedback \u2013 laid out for testing",
                    REGULAR,
                    8,
                    LEFT,
                    PDRectangle.A4.getHeight() - 30);
            show(pages + "", REGULAR, 8, 290, 30);
            y = 60;
        }
    }
}

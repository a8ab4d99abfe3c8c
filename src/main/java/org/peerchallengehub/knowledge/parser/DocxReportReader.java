package org.peerchallengehub.knowledge.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Reads a Word document's body with Apache POI. Structure comes from the document itself: a
 * paragraph whose style is a heading (or the title) is a heading; a paragraph with numbering is a
 * list item at its numbering level, with its number computed from the numbering definitions
 * ("4." for the fourth item of a decimal list). Page headers and footers are separate parts and
 * are never read. Call {@link ZipGuard#check} first.
 */
final class DocxReportReader {

    private DocxReportReader() {}

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*(\\d)|title");

    static List<Block> read(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new Reading(document).run();
        }
    }

    private static final class Reading {
        private final XWPFDocument document;
        private final @Nullable XWPFNumbering numbering;
        private final @Nullable XWPFStyles styles;
        private final Map<String, int[]> counters = new HashMap<>();
        private final Map<String, Integer> headingLevels = new HashMap<>();
        private final Map<String, @Nullable CTLvl> levels = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();

        Reading(XWPFDocument document) {
            this.document = document;
            this.numbering = document.getNumbering();
            this.styles = document.getStyles();
        }

        List<Block> run() {
            for (IBodyElement element : document.getBodyElements()) {
                element(element);
            }
            return blocks;
        }

        private void element(IBodyElement element) {
            if (element.getElementType() == BodyElementType.PARAGRAPH) {
                paragraph((XWPFParagraph) element);
            } else if (element.getElementType() == BodyElementType.TABLE) {
                for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getBodyElements().forEach(this::element);
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph paragraph) {
            StringBuilder all = new StringBuilder();
            StringBuilder bold = new StringBuilder();
            boolean leading = true;
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                all.append(text);
                if (leading) {
                    if (isBold(run)) {
                        bold.append(text);
                    } else if (!text.isBlank()) {
                        leading = false;
                    }
                }
            }
            String text = Inline.spaces(all.toString());
            if (text.isEmpty()) {
                return;
            }
            String boldText = Inline.spaces(bold.toString());
            Integer heading = headingLevel(paragraph.getStyleID());
            boolean styleBold = heading != null;
            String boldLead = styleBold ? text : boldText.isEmpty() ? null : boldText;
            BigInteger numId = paragraph.getNumID();
            if (heading != null) {
                blocks.add(Block.heading(heading, text, boldLead));
            } else if (numId != null && numId.signum() > 0) {
                int level = paragraph.getNumIlvl() == null
                        ? 0
                        : paragraph.getNumIlvl().intValue();
                blocks.add(Block.item(level, label(numId, level), text, boldLead));
            } else {
                blocks.add(Block.paragraph(text, boldLead));
            }
        }

        private boolean isBold(XWPFRun run) {
            return run.isBold();
        }

        private @Nullable Integer headingLevel(@Nullable String styleId) {
            if (styleId == null) {
                return null;
            }
            int level = headingLevels.computeIfAbsent(styleId, id -> {
                String name = id;
                if (styles != null) {
                    XWPFStyle style = styles.getStyle(id);
                    if (style != null && style.getName() != null) {
                        name = style.getName();
                    }
                }
                Matcher m = HEADING_STYLE.matcher(name.replace(" ", ""));
                if (!m.matches()) {
                    m = HEADING_STYLE.matcher(id);
                    if (!m.matches()) {
                        return 0;
                    }
                }
                return m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            });
            return level > 0 ? level : null;
        }

        /** The item's number as the document would show it, or null for a bullet. */
        private @Nullable String label(BigInteger numId, int level) {
            try {
                return numberLabel(numId, level);
            } catch (RuntimeException e) {
                return null; // numbering we cannot follow: read the item as a bullet
            }
        }

        private @Nullable String numberLabel(BigInteger numId, int level) {
            CTLvl lvl = levelDefinition(numId, level);
            if (lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null) {
                return null;
            }
            String format = lvl.getNumFmt().getVal().toString();
            if (format.equals("bullet") || format.equals("none")) {
                return null;
            }
            int[] count = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
            int safeLevel = Math.min(Math.max(level, 0), 8);
            if (count[safeLevel] == 0) {
                count[safeLevel] = start(numId, safeLevel, lvl);
            } else {
                count[safeLevel]++;
            }
            for (int deeper = safeLevel + 1; deeper < 9; deeper++) {
                count[deeper] = 0;
            }
            String pattern = lvl.getLvlText() == null
                    ? "%" + (safeLevel + 1) + "."
                    : lvl.getLvlText().getVal();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int which = pattern.charAt(++i) - '1';
                    int value = which >= 0 && which < 9 ? Math.max(count[which], 1) : 1;
                    out.append(which == safeLevel ? formatNumber(value, format) : Integer.toString(value));
                } else {
                    out.append(c);
                }
            }
            String label = out.toString().strip();
            return label.isEmpty() ? null : label;
        }

        private int start(BigInteger numId, int level, CTLvl lvl) {
            XWPFNum num = numbering == null ? null : numbering.getNum(numId);
            if (num != null && num.getCTNum() != null) {
                for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                    if (override.getIlvl() != null
                            && override.getIlvl().intValue() == level
                            && override.getStartOverride() != null) {
                        return override.getStartOverride().getVal().intValue();
                    }
                }
            }
            return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
        }

        private @Nullable CTLvl levelDefinition(BigInteger numId, int level) {
            String key = numId + "/" + level;
            if (levels.containsKey(key)) {
                return levels.get(key);
            }
            CTLvl lvl = findLevelDefinition(numId, level);
            levels.put(key, lvl);
            return lvl;
        }

        private @Nullable CTLvl findLevelDefinition(BigInteger numId, int level) {
            if (numbering == null) {
                return null;
            }
            BigInteger abstractId = numbering.getAbstractNumID(numId);
            if (abstractId == null) {
                return null;
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
            if (abstractNum == null) {
                return null;
            }
            CTAbstractNum ct = abstractNum.getCTAbstractNum();
            for (CTLvl lvl : ct.getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                    return lvl;
                }
            }
            return null;
        }

        private static String formatNumber(int value, String format) {
            return switch (format) {
                case "lowerLetter" -> letters(value);
                case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
                case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(value);
                default -> Integer.toString(value);
            };
        }

        private static String letters(int value) {
            int v = Math.max(value, 1) - 1;
            return String.valueOf((char) ('a' + v % 26)).repeat(v / 26 + 1);
        }

        private static String roman(int value) {
            int[] numbers = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder out = new StringBuilder();
            int v = Math.max(value, 1);
            for (int i = 0; i < numbers.length; i++) {
                while (v >= numbers[i]) {
                    out.append(letters[i]);
                    v -= numbers[i];
                }
            }
            return out.toString();
        }
    }
}

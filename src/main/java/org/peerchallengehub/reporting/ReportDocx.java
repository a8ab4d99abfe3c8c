package org.peerchallengehub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * The report as a Word document (Apache POI), built from the same body as the web page and the PDF
 * (the fragment {@code reporting/output/report :: report}), element by element: the council's name in
 * Word's Title style, section headings in Heading 1 to 4, bulleted and numbered lists as real Word lists
 * (the List Bullet and List Number styles with numbering definitions, each numbered list starting at 1),
 * live links in the Hyperlink style, page numbers in the footer, and the document's title, author and
 * language (English, United Kingdom) set. A council can restyle the whole document through those styles.
 */
@Component
class ReportDocx {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final BigInteger BULLETS = BigInteger.ONE;
    private static final BigInteger NUMBERS_ABSTRACT = BigInteger.ONE;

    private final ITemplateEngine templates;

    ReportDocx(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(ReportDocument doc, @Nullable PublishedReport publication) {
        return fromHtml(ReportHtml.fragment(templates, doc, publication), doc);
    }

    static byte[] fromHtml(String fragmentHtml, ReportDocument doc) {
        try (XWPFDocument word = new XWPFDocument()) {
            word.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            XWPFNumbering numbering = word.createNumbering();
            numbering.addAbstractNum(
                    new XWPFAbstractNum(parseNumbering(abstractNum(0, "bullet")).getAbstractNumArray(0)));
            numbering.addAbstractNum(new XWPFAbstractNum(
                    parseNumbering(abstractNum(1, "decimal")).getAbstractNumArray(0)));
            numbering.addNum(BigInteger.ZERO); // numId 1: bullets, shared by every bulleted list
            var props = word.getProperties().getCoreProperties();
            props.setTitle(doc.title());
            props.setCreator("Local Government Association");
            props.setSubjectProperty(
                    doc.challengeType() + " feedback report: " + doc.council().name());
            footer(word);
            new Writer(word, numbering)
                    .blocks(Jsoup.parseBodyFragment(fragmentHtml).body());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written as a Word document", e);
        } catch (XmlException e) {
            throw new IllegalStateException("The Word styles are not valid", e);
        }
    }

    /** "Page N" in the footer, as a PAGE field Word and LibreOffice fill in. */
    private static void footer(XWPFDocument word) {
        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText("Page ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Walks the fragment's elements and writes each as Word paragraphs. */
    private static final class Writer {
        private final XWPFDocument word;
        private final XWPFNumbering numbering;
        private int nextNumId = 2;

        Writer(XWPFDocument word, XWPFNumbering numbering) {
            this.word = word;
            this.numbering = numbering;
        }

        void blocks(Element parent) {
            for (Element e : parent.children()) {
                switch (e.tagName()) {
                    case "h1" -> inline(paragraph("Title"), e);
                    case "h2" -> inline(paragraph("Heading1"), e);
                    case "h3" -> inline(paragraph("Heading2"), e);
                    case "h4" -> inline(paragraph("Heading3"), e);
                    case "h5", "h6" -> inline(paragraph("Heading4"), e);
                    case "p" -> inline(paragraph(e.hasClass("govuk-caption-l") ? "Subtitle" : null), e);
                    case "ul" -> list(e, BULLETS, 0);
                    case "ol" -> list(e, newNumberedList(), 0);
                    default -> {
                        blocks(e);
                        if (e.hasClass("hub-report__title-page")) {
                            word.getParagraphs().getLast().createRun().addBreak(BreakType.PAGE);
                        }
                    }
                }
            }
        }

        private XWPFParagraph paragraph(@Nullable String style) {
            XWPFParagraph p = word.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }

        /** A numbering instance of the decimal list that starts again at 1. */
        private BigInteger newNumberedList() {
            BigInteger id = BigInteger.valueOf(nextNumId++);
            try {
                CTNum num = parseNumbering("<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\""
                                + NUMBERS_ABSTRACT + "\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
                                + "</w:lvlOverride></w:num>")
                        .getNumArray(0);
                numbering.addNum(new org.apache.poi.xwpf.usermodel.XWPFNum(num, numbering));
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
            return id;
        }

        private void list(Element list, BigInteger numId, int level) {
            String style = numId.equals(BULLETS) ? "ListBullet" : "ListNumber";
            for (Element li : list.children()) {
                if (!li.tagName().equals("li")) {
                    continue;
                }
                XWPFParagraph p = paragraph(style);
                var pPr =
                        p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                CTNumPr numPr = pPr.isSetNumPr() ? pPr.getNumPr() : pPr.addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.valueOf(Math.min(level, 2)));
                numPr.addNewNumId().setVal(numId);
                for (Node child : li.childNodes()) {
                    if (child instanceof Element nested
                            && (nested.tagName().equals("ul")
                                    || nested.tagName().equals("ol"))) {
                        list(nested, nested.tagName().equals("ul") ? BULLETS : newNumberedList(), level + 1);
                    } else if (child instanceof Element para && para.tagName().equals("p")) {
                        runs(p, para, false, false);
                    } else {
                        run(p, child, false, false);
                    }
                }
            }
        }

        private void inline(XWPFParagraph p, Element e) {
            runs(p, e, false, false);
        }

        private void runs(XWPFParagraph p, Element e, boolean bold, boolean italic) {
            for (Node child : e.childNodes()) {
                run(p, child, bold, italic);
            }
        }

        private void run(XWPFParagraph p, Node node, boolean bold, boolean italic) {
            if (node instanceof TextNode text) {
                String t = text.getWholeText().replaceAll("\\s+", " ");
                if (!t.isEmpty() && !(t.isBlank() && p.getRuns().isEmpty())) {
                    XWPFRun r = p.createRun();
                    r.setText(p.getRuns().size() == 1 ? t.stripLeading() : t);
                    r.setBold(bold);
                    r.setItalic(italic);
                }
            } else if (node instanceof Element e) {
                switch (e.tagName()) {
                    case "strong", "b" -> runs(p, e, true, italic);
                    case "em", "i" -> runs(p, e, bold, true);
                    case "br" -> p.createRun().addBreak();
                    case "a" -> {
                        String href = e.attr("href");
                        if (href.isEmpty()) {
                            runs(p, e, bold, italic);
                        } else {
                            XWPFHyperlinkRun link = p.createHyperlinkRun(href);
                            link.setText(e.text());
                            link.setStyle("Hyperlink");
                            link.setBold(bold);
                            link.setItalic(italic);
                        }
                    }
                    default -> runs(p, e, bold, italic);
                }
            }
        }
    }

    /** Numbering XML (abstract numbering definitions or numbering instances) read as one numbering part. */
    private static CTNumbering parseNumbering(String elements) throws XmlException {
        return NumberingDocument.Factory.parse("<w:numbering " + W + ">" + elements + "</w:numbering>")
                .getNumbering();
    }

    private static String abstractNum(int id, String format) {
        StringBuilder levels = new StringBuilder();
        for (int level = 0; level < 3; level++) {
            String text = format.equals("bullet") ? (level == 1 ? "o" : "\u2022") : "%" + (level + 1) + ".";
            levels.append("<w:lvl w:ilvl=\"")
                    .append(level)
                    .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(level == 1 && !format.equals("bullet") ? "lowerLetter" : format)
                    .append("\"/><w:lvlText w:val=\"")
                    .append(text)
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
                    .append(720 * (level + 1))
                    .append("\" w:hanging=\"360\"/></w:pPr>")
                    .append("</w:lvl>");
        }
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + levels
                + "</w:abstractNum>";
    }

    private static String heading(int level, int halfPoints, int before) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level
                + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"120\"/>"
                + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"" + halfPoints
                + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\""
            + " w:cs=\"Arial\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\""
            + " w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\""
            + " w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
            + "<w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/>"
            + "<w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"2400\"/></w:pPr><w:rPr>"
            + "<w:color w:val=\"505A5F\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
            + heading(1, 36, 360)
            + heading(2, 30, 280)
            + heading(3, 26, 240)
            + heading(4, 24, 200)
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"80\"/>"
            + "<w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:pPr><w:spacing w:after=\"80\"/><w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn"
            + " w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:color w:val=\"1D70B8\"/><w:u"
            + " w:val=\"single\"/></w:rPr></w:style>"
            + "</w:styles>";
}

package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an XLSX workbook with Apache POI's streaming (SAX) reader: rows of text cells,
 * numbers as their stored value (not as displayed: "94203", not "94,203") and formulas as their
 * cached results, to the full precision of the stored double. Rows are numbered from 1, as a
 * spreadsheet shows them.
 */
final class XlsxSheets {

    private XlsxSheets() {}

    /** Chooses the sheets to read and receives each one's rows. */
    interface Visitor {
        boolean wants(String sheetName);

        void sheet(String sheetName, List<SourceRow> rows);
    }

    static void read(InputStream in, Visitor visitor) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!visitor.wants(name)) {
                        continue;
                    }
                    Rows rows = new Rows(name);
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, null, strings, rows, new StoredValues(), false));
                    parser.parse(new InputSource(sheet));
                    visitor.sheet(name, rows.rows);
                }
            }
        } catch (OpenXML4JException | SAXException | org.apache.poi.UnsupportedFileFormatException e) {
            throw ImportRefused.because("The file is not an XLSX workbook that can be read: " + e.getMessage());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Numbers as stored (the shortest text that reads back as the same double), whatever the display format. */
    private static final class StoredValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return Double.toString(value);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return Double.toString(value);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        final List<SourceRow> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SourceRow(sheet, rowNum + 1L, cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }
}

package org.peerchallengehub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.csv.CsvFormatException;
import org.peerchallengehub.shared.csv.CsvReader;

class CsvReaderTest {

    @Test
    void reads_quoted_values_with_commas_quotes_and_line_breaks_and_counts_lines() {
        var rows = CsvReader.readAll(
                new StringReader(
                        "\uFEFFname,code\r\n\"Bournemouth, Christchurch and Poole\",E06000058\r\n\"Say \"\"hi\"\"\nthere\",X\n\nlast,Y"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("name")).isEqualTo("Bournemouth, Christchurch and Poole");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).get("name")).isEqualTo("Say \"hi\"\nthere");
        assertThat(rows.get(2).line()).isEqualTo(6);
        assertThat(rows.get(2).get("code")).isEqualTo("Y");
    }

    @Test
    void blank_and_missing_values_are_null_and_required_ones_name_their_line() {
        var rows = CsvReader.readAll(new StringReader("a,b\n1,\n"));
        assertThat(rows.getFirst().get("b")).isNull();
        assertThat(rows.getFirst().get("missing")).isNull();
        assertThatThrownBy(() -> rows.getFirst().require("b"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("Line 2: b is empty");
    }

    @Test
    void an_unclosed_quote_and_an_empty_file_are_format_errors() {
        assertThatThrownBy(() -> CsvReader.readAll(new StringReader("a\n\"open")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> CsvReader.readAll(new StringReader("")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("empty");
    }
}

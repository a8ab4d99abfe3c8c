package org.peerchallengehub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date input's fields as bound by {@link DateInputArgumentResolver}, and the GOV.UK messages. */
class DateFieldsTest {

    @Test
    void the_three_fields_win_over_the_single_parameter_of_older_links() {
        assertThat(DateInputArgumentResolver.fields("31", "3", "2021", "2020-01-01"))
                .isEqualTo(new DateFields("31", "3", "2021"));
        assertThat(DateInputArgumentResolver.fields(null, null, null, "2021-03-31"))
                .isEqualTo(new DateFields("31", "03", "2021"));
        assertThat(DateInputArgumentResolver.fields(null, null, null, "31/03/2021"))
                .isEqualTo(new DateFields("31", "03", "2021"));
        assertThat(DateInputArgumentResolver.fields(null, null, null, null).blank())
                .isTrue();
        assertThat(DateInputArgumentResolver.fields(null, null, null, "aa"))
                .isEqualTo(new DateFields("aa", null, null));
    }

    @Test
    void messages_follow_the_design_system() {
        assertThat(new DateFields("31", "3", "2021").parse("d", "as known on")).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(message(new DateFields("31", "2", "2021"))).isEqualTo("As known on must be a real date");
        assertThat(message(new DateFields("aa", "3", "2021"))).isEqualTo("As known on must be a real date");
        assertThat(message(new DateFields("", "3", "2021"))).isEqualTo("As known on must include a day");
        assertThat(message(new DateFields("31", "", ""))).isEqualTo("As known on must include a month and year");
        assertThat(message(new DateFields("", "", "2021"))).isEqualTo("As known on must include a day and month");
        assertThat(message(new DateFields(" ", null, ""))).isEqualTo("Enter as known on");
    }

    private static String message(DateFields fields) {
        assertThatThrownBy(() -> fields.parse("d", "as known on")).isInstanceOf(DateFields.InvalidDate.class);
        try {
            fields.parse("d", "as known on");
            return "";
        } catch (DateFields.InvalidDate e) {
            return e.error().message();
        }
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods are parsed and validated by type, and kept by their last day. */
class PeriodTest {

    @Test
    void a_financial_year_runs_from_april_to_march() {
        Period year = Period.parse(PeriodType.FINANCIAL_YEAR, "2017-18");
        assertThat(year).isEqualTo(new Period.FinancialYear(2017));
        assertThat(year.start()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(new Period.FinancialYear(1999).label()).isEqualTo("1999-00");
        assertThat(Period.parse(PeriodType.FINANCIAL_YEAR, "1999-00")).isEqualTo(new Period.FinancialYear(1999));
    }

    @Test
    void a_quarter_is_of_the_financial_year_and_q4_is_january_to_march() {
        Period q4 = Period.parse(PeriodType.QUARTER, "2019-20 Q4");
        assertThat(q4.start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2020, 3, 31));
        Period q1 = Period.parse(PeriodType.QUARTER, "2019-20 Q1");
        assertThat(q1.start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(q4.label()).isEqualTo("2019-20 Q4");
    }

    @Test
    void years_and_dates() {
        assertThat(Period.parse(PeriodType.YEAR, "2019").end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Period.parse(PeriodType.DATE, "2018-03-31").end()).isEqualTo(LocalDate.of(2018, 3, 31));
    }

    @Test
    void every_period_is_found_again_from_its_type_and_last_day() {
        for (Period p : new Period[] {
            new Period.FinancialYear(2017),
            new Period.Quarter(2019, 1),
            new Period.Quarter(2019, 2),
            new Period.Quarter(2019, 3),
            new Period.Quarter(2019, 4),
            new Period.Year(2020),
            new Period.Day(LocalDate.of(2020, 2, 29))
        }) {
            assertThat(Period.ending(p.type(), p.end())).isEqualTo(p);
        }
    }

    @Test
    void a_period_in_the_wrong_format_says_how_to_write_it() {
        assertThatThrownBy(() -> Period.parse(PeriodType.FINANCIAL_YEAR, "2017/18"))
                .hasMessage("‘2017/18’ is not a financial year: write it like 2017-18");
        assertThatThrownBy(() -> Period.parse(PeriodType.FINANCIAL_YEAR, "2017-19"))
                .hasMessageContaining("the second year follows the first: 2017-18");
        assertThatThrownBy(() -> Period.parse(PeriodType.FINANCIAL_YEAR, "2017"))
                .hasMessageContaining("write it like 2017-18");
        assertThatThrownBy(() -> Period.parse(PeriodType.QUARTER, "2019 Q4"))
                .hasMessage("‘2019 Q4’ is not a quarter of a financial year: write it like 2019-20 Q4");
        assertThatThrownBy(() -> Period.parse(PeriodType.QUARTER, "2019-20 Q5")).hasMessageContaining("2019-20 Q4");
        assertThatThrownBy(() -> Period.parse(PeriodType.DATE, "31/03/2018"))
                .hasMessage("‘31/03/2018’ is not a date: write it like 2018-03-31");
        assertThatThrownBy(() -> Period.parse(PeriodType.DATE, "2018-02-30"))
                .hasMessage("‘2018-02-30’ is not a real date: write it like 2018-03-31");
        assertThatThrownBy(() -> Period.parse(PeriodType.YEAR, "2107-18")).hasMessageContaining("write it like 2019");
        assertThatThrownBy(() -> Period.parse(PeriodType.YEAR, "2500")).hasMessageContaining("outside the years");
    }
}

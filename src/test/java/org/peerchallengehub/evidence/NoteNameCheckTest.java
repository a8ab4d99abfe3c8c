package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The interviewee warning's heuristic (decision 0061): names and e-mail addresses, not ordinary notes. */
class NoteNameCheckTest {

    @Test
    void an_email_address_is_found() {
        assertThat(NoteNameCheck.suspects("Follow up with housing.lead@leeds.gov.uk about the backlog"))
                .containsExactly("housing.lead@leeds.gov.uk");
    }

    @Test
    void a_title_with_a_capitalised_word_is_found() {
        assertThat(NoteNameCheck.suspects("Cllr Okafor said the budget gap is understood"))
                .containsExactly("Cllr Okafor");
        assertThat(NoteNameCheck.suspects("as Councillor Brennan put it, scrutiny has teeth"))
                .containsExactly("Councillor Brennan");
        assertThat(NoteNameCheck.suspects("Mrs Lowe and Dr. Adeyemi both raised the waiting lists"))
                .containsExactly("Mrs Lowe", "Dr. Adeyemi");
        assertThat(NoteNameCheck.suspects("Mr Whitfield-Jones leads the programme board"))
                .containsExactly("Mr Whitfield-Jones");
    }

    @Test
    void a_known_first_name_with_a_capitalised_surname_is_found() {
        assertThat(NoteNameCheck.suspects("Sarah Whitcombe runs the adult social care front door"))
                .containsExactly("Sarah Whitcombe");
        assertThat(NoteNameCheck.suspects("The team praised Imran Qureshi, Laura O’Neill and Sam McDonald"))
                .containsExactly("Imran Qureshi", "Laura O’Neill", "Sam McDonald");
    }

    @Test
    void ordinary_notes_are_not_warned_about() {
        assertThat(NoteNameCheck.suspects("Staff described a clear golden thread from the Council Plan to their"
                        + " objectives. The Leader and Chief Executive are visible and trusted."))
                .isEmpty();
        assertThat(NoteNameCheck.suspects("The Councillor Development Programme is well attended"))
                .isEmpty();
        assertThat(NoteNameCheck.suspects("Scrutiny at Leeds City Council and the Health and Wellbeing Board"))
                .isEmpty();
        assertThat(NoteNameCheck.suspects("partners said the council listens; an @mention on Teams is not an address"))
                .isEmpty();
    }

    @Test
    void a_first_name_before_a_word_of_place_is_not_a_name() {
        assertThat(NoteNameCheck.suspects("The meeting at George Street and the Thomas Court estate"))
                .isEmpty();
    }

    @Test
    void lower_case_names_are_not_found_which_is_the_heuristic_s_known_limit() {
        assertThat(NoteNameCheck.suspects("spoke to sarah whitcombe")).isEmpty();
    }

    @Test
    void each_suspect_is_named_once() {
        assertThat(NoteNameCheck.suspects("Cllr Okafor agreed; later Cllr Okafor disagreed"))
                .containsExactly("Cllr Okafor");
    }

    @Test
    void a_long_hostile_text_is_checked_quickly() {
        String hostile = ("Sam " + "Ab".repeat(2000) + "1 ").repeat(2) + "x@".repeat(2000);
        NoteNameCheck.suspects("warm up: Cllr Okafor, a@b.org");
        long start = System.nanoTime();
        NoteNameCheck.suspects(hostile);
        // linear, not quadratic or worse: well under a second even on a busy machine
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }
}

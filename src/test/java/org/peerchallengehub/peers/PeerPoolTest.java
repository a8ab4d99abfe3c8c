package org.peerchallengehub.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class PeerPoolTest {

    @Autowired
    PeerPool pool;

    @Autowired
    PeerCsv csv;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static final String HEADER =
            "id,name,kind,job_title,organisation,organisation_gss,political_group,email,active,expertise,accreditations,unavailable,interests,notes\n";

    @Test
    void a_valid_csv_imports_every_row_with_its_lists() {
        var imported = csv.importAll(new StringReader(HEADER
                + ",Csv Alpha,OFFICER,Chief Executive,\"Council, of Somewhere\",E09000022,,csv.alpha@example.test,true,finance;governance,LEAD_PEER|Lead peer|2019-05-01,2030-02-01/2030-02-10,E06000034=Former employer,\n"
                + ",Cllr Csv Beta,MEMBER,Leader,Exampletown,,LABOUR,,true,,,,,\n"));
        assertThat(imported.created()).isEqualTo(2);
        Peer alpha = pool.byEmail("csv.alpha@example.test").orElseThrow();
        assertThat(alpha.organisation()).isEqualTo("Council, of Somewhere");
        assertThat(alpha.expertise()).containsExactly("finance", "governance");
        assertThat(alpha.hasAccreditation(AccreditationKind.LEAD_PEER, LocalDate.of(2025, 1, 1)))
                .isTrue();
        assertThat(alpha.unavailableBetween(LocalDate.of(2030, 2, 5), LocalDate.of(2030, 2, 6)))
                .isTrue();
        assertThat(alpha.declaredInterestIn("E06000034")).isTrue();
    }

    @Test
    void one_bad_row_means_nothing_is_imported_and_every_problem_names_its_line() {
        long before = pool.search(PeerQuery.all()).size();
        assertThatThrownBy(
                        () -> csv.importAll(
                                new StringReader(
                                        HEADER
                                                + ",Good Row,OFFICER,,,,,,true,,,,,\n"
                                                + ",Bad Kind,WIZARD,,,,,,true,,,,,\n"
                                                + ",,OFFICER,,,E99999999,LABOUR,not-an-email,maybe,astrology,,2030-02-10/2030-02-01,XX=oops,\n")))
                .isInstanceOfSatisfying(PeerCsv.ImportRefused.class, refused -> assertThat(refused.problems())
                        .contains(
                                "Line 3: kind must be one of MEMBER, OFFICER, LGA_STAFF",
                                "Line 4: active must be true or false",
                                "Line 4: unavailable dates 2030-02-10/2030-02-01 end before they start",
                                "Line 4: interests: there is no council with the code XX",
                                "Line 4: Enter the peer’s full name",
                                "Line 4: Only member peers have a political group",
                                "Line 4: There is no council with the code E99999999",
                                "Line 4: Enter an email address in the correct format"));
        assertThat(pool.search(PeerQuery.all())).hasSize((int) before);
        assertThat(pool.search(new PeerQuery("Good Row", null, null, true))).isEmpty();
    }

    @Test
    void an_exported_pool_imports_back_as_updates_not_duplicates() {
        long id = pool.create(new PeerDraft(
                "Round Trip", PeerKind.OFFICER, "Director", "Org", null, null, null, true, "=cmd", List.of("housing")));
        pool.addUnavailability(id, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2), "leave");
        StringWriter out = new StringWriter();
        csv.export(out);
        String exported = out.toString();
        assertThat(exported).contains("'=cmd"); // formula injection guarded
        long before = pool.search(PeerQuery.all()).size();
        var result = csv.importAll(new StringReader(exported));
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo((int) before);
        assertThat(pool.search(PeerQuery.all())).hasSize((int) before);
        assertThat(pool.get(id).unavailability()).hasSize(1);
        assertThat(pool.get(id).expertise()).containsExactly("housing");
    }

    @Test
    void a_stale_edit_is_refused() {
        long id = pool.create(
                new PeerDraft("Edited Twice", PeerKind.OFFICER, null, null, null, null, null, true, null, List.of()));
        int version = pool.get(id).version();
        pool.update(
                id,
                version,
                new PeerDraft("Edited Once", PeerKind.OFFICER, null, null, null, null, null, true, null, List.of()));
        assertThatThrownBy(() -> pool.update(
                        id,
                        version,
                        new PeerDraft(
                                "Edited Again", PeerKind.OFFICER, null, null, null, null, null, true, null, List.of())))
                .isInstanceOf(PeerChangedMeanwhile.class);
        assertThat(pool.get(id).fullName()).isEqualTo("Edited Once");
    }

    @Test
    void the_import_page_reports_bad_rows_and_bad_encodings() throws Exception {
        var manager = user(users.loadUserByUsername(Demo.MANAGER));
        mvc.perform(multipart("/peers/import")
                        .file(new MockMultipartFile(
                                "file", "peers.csv", "text/csv", (HEADER + ",X,NOPE,,,,,,,,,,,\n").getBytes()))
                        .with(manager)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Line 2: kind must be one of")));
        mvc.perform(multipart("/peers/import")
                        .file(new MockMultipartFile(
                                "file", "peers.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0}))
                        .with(manager)
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("saved as UTF-8")));
        mvc.perform(get("/peers/export.csv").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("id,name,kind")));
        mvc.perform(get("/peers").with(user(users.loadUserByUsername(Demo.PEER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/peers").with(user(users.loadUserByUsername(Demo.ADVISER))))
                .andExpect(status().isOk());
        mvc.perform(get("/peers/new").with(user(users.loadUserByUsername(Demo.ADVISER))))
                .andExpect(status().isForbidden());
    }
}

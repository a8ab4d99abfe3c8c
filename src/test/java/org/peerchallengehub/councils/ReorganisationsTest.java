package org.peerchallengehub.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, item 11: a reorganisation recorded ahead of time. Each test runs in a transaction rolled back
 * at its end; new councils take codes E06099xxx, which ONS has not used.
 */
@HubIntegrationTest
@org.springframework.transaction.annotation
        .Transactional // rolled back: the register's counts stay those of the file for other tests
@DisplayName("Reorganisation as data")
class ReorganisationsTest {

    @Autowired
    Reorganisations reorganisations;

    @Autowired
    CouncilRegister register;

    @Autowired
    CouncilRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static final LocalDate VESTING = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    static ReorganisationDraft.NewCouncil council(String gss, String name, String... replaces) {
        return new ReorganisationDraft.NewCouncil(0, gss, name, null, Region.EAST_OF_ENGLAND, List.of(replaces));
    }

    @Test
    @DisplayName("before vesting day the councils are marked; from it the register follows the reorganisation")
    void recordedAheadThenInForce() throws Exception {
        reorganisations.record(
                new ReorganisationDraft(
                        "Norfolk (test)",
                        VESTING,
                        VESTING.minusMonths(3),
                        "A structural changes order",
                        List.of(
                                council(
                                        "E06099901",
                                        "West Norfolk Test Council",
                                        "E07000143",
                                        "Norfolk County Council"),
                                council("E06099902", "East Norfolk Test Council", "Broadland", "E10000020"))),
                "Test programme team");

        Council county = register.get("E10000020");
        assertThat(county.endDate()).isEqualTo(VESTING);
        assertThat(county.abolishedOn(LocalDate.now())).isFalse();
        assertThat(county.successors()).extracting(CouncilRef::gss).containsExactlyInAnyOrder("E06099901", "E06099902");
        Council west = register.get("E06099901");
        assertThat(west.startDate()).isEqualTo(VESTING);
        assertThat(west.type()).isEqualTo(CouncilType.UNITARY);
        assertThat(west.predecessors()).extracting(CouncilRef::gss).containsExactlyInAnyOrder("E07000143", "E10000020");
        assertThat(register.matchName("West Norfolk Test")).map(CouncilRef::gss).contains("E06099901");

        // today: the old councils are current, the new ones not yet
        CouncilQuery current = new CouncilQuery("Norfolk", null, null, CouncilStatus.CURRENT);
        assertThat(repository.search(current, null, LocalDate.now()))
                .extracting(CouncilSummary::gss)
                .contains("E10000020")
                .doesNotContain("E06099901", "E06099902");
        // from vesting day: the new ones are, the old ones are abolished
        assertThat(repository.search(current, null, VESTING))
                .extracting(CouncilSummary::gss)
                .contains("E06099901", "E06099902")
                .doesNotContain("E10000020");
        assertThat(repository.search(new CouncilQuery("Broadland", null, null, CouncilStatus.ABOLISHED), null, VESTING))
                .extracting(CouncilSummary::gss)
                .containsExactly("E07000144");

        // the council pages say so, in words
        mvc.perform(get("/councils/E10000020"))
                .andExpect(content().string(Matchers.containsString("Being reorganised: from")))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "this council is replaced by East Norfolk Test Council and West Norfolk Test Council")));
        mvc.perform(get("/councils/E06099902"))
                .andExpect(content().string(Matchers.containsString("A new council: it takes over from")))
                .andExpect(content().string(Matchers.containsString("New council from")));

        // a new register file does not undo it: the loader applies the reorganisations again
        jdbc.sql("update council set end_date = null where gss_code = 'E10000020'")
                .update();
        jdbc.sql("delete from council_succession where predecessor_gss = 'E10000020'")
                .update();
        reorganisations.reapply();
        assertThat(register.get("E10000020").endDate()).isEqualTo(VESTING);
        assertThat(register.get("E10000020").successors()).hasSize(2);
    }

    @Test
    @DisplayName("every bad input is refused with a sentence and nothing is recorded")
    void badInputs() {
        int before = reorganisations.all().size();
        assertThatThrownBy(() -> reorganisations.record(
                        new ReorganisationDraft(
                                "",
                                LocalDate.now().minusDays(1),
                                LocalDate.now(),
                                null,
                                List.of(
                                        council("E07000999", "", "Nowhere District Council"),
                                        council("E06000034", "Second", "E09000033"))),
                        "Test"))
                .isInstanceOfSatisfying(ReorganisationRefused.class, refused -> assertThat(refused.problems())
                        .contains(
                                "Enter the name of the reorganisation, for example “Surrey”",
                                "The vesting day must be in the future: a reorganisation is recorded ahead of time (past ones are in the register already)",
                                "The shadow period must start before the vesting day",
                                "Enter the GSS code of the new council as E06 and six digits (new councils are unitary), for example E06000065",
                                "Enter the official name of the new council",
                                "There is no council “Nowhere District Council” in the register",
                                "The code E06000034 is already in the register: a new council needs a new code",
                                "City of Westminster is a London council: London is not being reorganised"));
        assertThat(reorganisations.all()).hasSize(before);
        assertThat(register.find("E07000999")).isEmpty();
    }

    @Test
    @DisplayName("a CSV is all or nothing, each problem naming its line; a good one records every reorganisation")
    void csv() {
        String header = String.join(",", Reorganisations.CSV_COLUMNS) + "\n";
        String bad = header
                + "Suffolk (test)," + VESTING
                + ",,,E06099911,North Suffolk Test Council,,East of England,Mid Suffolk;E10000029\n"
                + "Suffolk (test),2001-01-01,,,E06099912,South Suffolk Test Council,,East of England,Babergh\n"
                + "Suffolk (test)," + VESTING + ",,,E06099913,Third Suffolk Test Council,,Nowhere,Ipswich\n";
        assertThatThrownBy(() -> reorganisations.importCsv(bad, "Test"))
                .isInstanceOfSatisfying(ReorganisationRefused.class, refused -> assertThat(refused.problems())
                        .anyMatch(p -> p.startsWith("Line 3: the rows of Suffolk (test) give different vesting days"))
                        .anyMatch(p -> p.startsWith("Line 4: “Nowhere” is not an English region")));
        assertThat(register.find("E06099911")).isEmpty();
        assertThat(register.get("E10000029").endDate()).isNull();

        assertThatThrownBy(() -> reorganisations.importCsv("name,date\nx,y\n", "Test"))
                .hasMessageContaining("The first line must be the header");

        String good = header
                + "Suffolk (test)," + VESTING
                + ",,Test order,E06099911,North Suffolk Test Council,,East of England,Mid Suffolk;E10000029\n"
                + "Suffolk (test)," + VESTING
                + ",,Test order,E06099912,South Suffolk Test Council,,East of England,Babergh;E10000029\n";
        assertThat(reorganisations.importCsv(good, "Test")).hasSize(1);
        assertThat(register.get("E10000029").successors()).hasSize(2);
        assertThatThrownBy(() -> reorganisations.importCsv(
                        good.replace("Suffolk (test)", "Suffolk again (test)").replace("E0609991", "E0609992"), "Test"))
                .hasMessageContaining("is already replaced in the reorganisation “Suffolk (test)”");
    }

    @Test
    @DisplayName("the programme team records one from the form and imports a CSV; others may not")
    void pages() throws Exception {
        var programme = user(users.loadUserByUsername(Demo.ADMIN));
        mvc.perform(post("/reorganisations")
                        .with(programme)
                        .with(csrf())
                        .param("name", "Lincolnshire (test)")
                        .param("vestingDayDay", String.valueOf(VESTING.getDayOfMonth()))
                        .param("vestingDayMonth", String.valueOf(VESTING.getMonthValue()))
                        .param("vestingDayYear", String.valueOf(VESTING.getYear()))
                        .param("gss", "E06099921", "", "", "")
                        .param("officialName", "Greater Lincolnshire Test Council", "", "", "")
                        .param("region", "east-midlands", "", "", "")
                        .param("replaces", "Lincolnshire County Council\nBoston", "", "", ""))
                .andExpect(redirectedUrl("/reorganisations"));
        mvc.perform(get("/reorganisations").with(programme))
                .andExpect(content().string(Matchers.containsString("Greater Lincolnshire Test Council")));
        mvc.perform(post("/reorganisations").with(programme).with(csrf()).param("name", "Empty (test)"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the vesting day")));
        mvc.perform(multipart("/reorganisations/import")
                        .file(new MockMultipartFile(
                                "file", "r.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                        .with(programme)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The file must be a CSV saved as UTF-8")));
        mvc.perform(multipart("/reorganisations/import")
                        .file(new MockMultipartFile(
                                "file", "r.csv", "text/csv", "reorganisation\nx\n".getBytes(StandardCharsets.UTF_8)))
                        .with(programme)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing was imported")));
        mvc.perform(get("/reorganisations/new").with(user(users.loadUserByUsername(Demo.MANAGER))))
                .andExpect(status().isForbidden());
    }
}

package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** {@code POST /api/v1/reports/parse}: the same JSON as the command line, for LGA staff, and clear refusals. */
@HubIntegrationTest
class ReportParseApiTest {

    @Autowired
    MockMvc mvc;

    static MockMultipartHttpServletRequestBuilder upload(byte[] content) {
        return multipart("/api/v1/reports/parse")
                .file(new MockMultipartFile("file", "report.bin", "application/octet-stream", content));
    }

    static byte[] sample() {
        return SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PROGRAMME_TEAM, 200",
        "PEER_CHALLENGE_MANAGER, 200",
        "PRINCIPAL_ADVISER, 200",
        "PEER, 403",
        "COUNCIL, 403"
    })
    void parsing_is_for_lga_staff(String role, int expected) throws Exception {
        mvc.perform(upload(sample())
                        .with(user("someone@example.gov.uk").roles(role))
                        .with(csrf()))
                .andExpect(status().is(expected));
    }

    @Test
    void without_signing_in_the_answer_is_401() throws Exception {
        mvc.perform(upload(sample()).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void the_api_returns_the_same_json_as_the_command_line() throws Exception {
        String body = mvc.perform(upload(sample()).header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.councilGss", is("E06000017")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String cli =
                ParsedReportJson.write(ReportParser.withRegisterFromClasspath().parse(sample()));
        assertThat(Fixtures.JSON.readTree(body)).isEqualTo(Fixtures.JSON.readTree(cli));
    }

    @Test
    void bad_files_get_a_problem_detail_with_the_clear_message_never_500() throws Exception {
        mvc.perform(upload("%PDF-1.7\nbroken".getBytes(StandardCharsets.ISO_8859_1))
                        .header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("PDF is damaged")));
        mvc.perform(upload(new byte[0]).header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("empty")));
        byte[] big = new byte[60 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        mvc.perform(upload(big).header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().is(413));
        mvc.perform(multipart("/api/v1/reports/parse").header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'file'")));
    }

    @Test
    void the_endpoint_is_described_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/parse'].post.summary", is("Parse a report")));
    }
}

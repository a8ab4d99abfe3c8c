package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feedback presentation and the REFI-QDA export of a challenge's coded evidence: what is in them,
 * that the exports are valid against the standard's schemas, that the presentation opens (in
 * LibreOffice where it is installed), and that nobody outside the team gets any of them.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceOutputsTest {

    static final String LEADERSHIP = "organisational-and-place-leadership";
    static final String FINANCE = "financial-planning-and-management";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    OnSiteChallenge challenge;
    long strengthNote;
    long theme;

    CurrentUser signIn(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @BeforeAll
    void evidence() {
        challenge = ChallengeFixtures.onSite(context, signIn(Demo.MANAGER), Demo.COUNCIL_GSS);
        OutputsTestData data = new OutputsTestData(jdbc);
        long c = challenge.id();
        List<Long> s = challenge.sessionIds();
        CurrentUser lead = challenge.leadPeer();
        CurrentUser officer = challenge.officerPeer();
        strengthNote = data.note(
                c,
                s.get(0),
                NoteKind.STRENGTH,
                "The leader's vision for the borough is clear & widely shared — \"one council\" <everywhere>.",
                lead.id(),
                lead.displayName(),
                LEADERSHIP);
        long n2 = data.note(
                c,
                s.get(1),
                NoteKind.STRENGTH,
                "Staff describe visible, approachable senior leaders.",
                officer.id(),
                officer.displayName(),
                LEADERSHIP);
        long n3 = data.note(
                c,
                s.get(2),
                NoteKind.AREA_FOR_IMPROVEMENT,
                "The medium-term financial plan has a gap in year three with no savings identified.",
                officer.id(),
                officer.displayName(),
                FINANCE);
        data.note(
                c,
                s.get(2),
                NoteKind.OBSERVATION,
                "Partners value the council's convening role. 🤝",
                lead.id(),
                lead.displayName(),
                LEADERSHIP,
                FINANCE);
        theme = data.theme(c, LEADERSHIP, "Visible, trusted leadership", List.of(strengthNote, n2));
        data.finding(
                c,
                LEADERSHIP,
                "STRENGTH",
                "Leadership is visible and trusted across the organisation.",
                true,
                null,
                List.of(strengthNote, n2));
        data.finding(
                c,
                FINANCE,
                "CHALLENGE",
                "The financial plan has an unfunded gap in year three.",
                true,
                null,
                List.of(n3));
        data.finding(
                c,
                FINANCE,
                "RECOMMENDATION",
                "Close the year-three gap in the medium-term financial plan.",
                true,
                2,
                List.of(n3));
        data.finding(
                c,
                LEADERSHIP,
                "RECOMMENDATION",
                "Set out the council's vision in one corporate plan.",
                true,
                1,
                List.of(strengthNote));
        data.finding(c, LEADERSHIP, "STRENGTH", "A draft the team has not agreed yet.", false, null, List.of(n2));
    }

    byte[] download(String path, String email) throws Exception {
        MvcResult r = mvc.perform(get(path).with(user(users.loadUserByUsername(email))))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        return r.getResponse().getContentAsByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(EvidenceOutputsTest.class.getResource("/refi-qda/" + schema))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void the_codebook_nests_themes_under_components_and_is_valid_against_the_standard() throws Exception {
        byte[] qdc = download(
                "/challenges/" + challenge.id() + "/evidence/export.qdc",
                challenge.officerPeer().email());
        validate(qdc, "Codebook.xsd");
        Document doc = parse(qdc);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
        Element leadership = codeNamed(doc, "Organisational and place leadership");
        assertThat(childCodes(leadership)).containsExactly("Visible, trusted leadership");
        assertThat(codeNamed(doc, "Focus area: Housing delivery")).isNotNull();
        assertThat(childCodes(codeNamed(doc, "Kind of evidence")))
                .containsExactly("Strength", "Area for improvement", "Observation");
        // The same GUIDs on a second export: a researcher's tool recognises the codes.
        assertThat(download("/challenges/" + challenge.id() + "/evidence/export.qdc", Demo.MANAGER))
                .isEqualTo(qdc);
    }

    @Test
    void the_project_holds_every_note_as_a_coded_text_source_and_is_valid_against_the_standard() throws Exception {
        byte[] qdpx = download("/challenges/" + challenge.id() + "/evidence/export.qdpx", Demo.MANAGER);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] qde = entries.get("project.qde");
        assertThat(qde).isNotNull();
        validate(qde, "Project.xsd");
        Document doc = parse(qde);
        NodeList sources = doc.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "TextSource");
        assertThat(sources.getLength()).isEqualTo(4);
        Set<String> codeGuids = new HashSet<>();
        NodeList codes = doc.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            codeGuids.add(((Element) codes.item(i)).getAttribute("guid"));
        }
        String noteGuid = RefiQdaExport.guid(challenge.id(), "note", strengthNote);
        Element source = null;
        for (int i = 0; i < sources.getLength(); i++) {
            Element s = (Element) sources.item(i);
            assertThat(entries).containsKey("Sources/" + s.getAttribute("guid") + ".txt");
            if (s.getAttribute("guid").equals(noteGuid)) {
                source = s;
            }
        }
        assertThat(source).isNotNull();
        String text = new String(entries.get("Sources/" + noteGuid + ".txt"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("The leader's vision for the borough is clear & widely shared");
        Element selection = (Element) source.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "PlainTextSelection")
                .item(0);
        assertThat(Integer.parseInt(selection.getAttribute("endPosition")))
                .isEqualTo(text.codePointCount(0, text.length()));
        NodeList refs = selection.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "CodeRef");
        Set<String> coded = new HashSet<>();
        for (int i = 0; i < refs.getLength(); i++) {
            coded.add(((Element) refs.item(i)).getAttribute("targetGUID"));
        }
        // Its component, its theme and its kind; every coding points at a code of the codebook.
        assertThat(coded)
                .contains(
                        RefiQdaExport.guid(challenge.id(), "component", LEADERSHIP),
                        RefiQdaExport.guid(challenge.id(), "theme", theme),
                        RefiQdaExport.guid(challenge.id(), "kind", "STRENGTH"))
                .hasSize(3);
        assertThat(codeGuids).containsAll(coded);
        String project = new String(qde, StandardCharsets.UTF_8);
        assertThat(project).contains("Interview with the Leader").contains("Councillors");
    }

    @Test
    void the_presentation_has_the_agreed_findings_in_the_usual_order() throws Exception {
        byte[] pptx = download(
                "/challenges/" + challenge.id() + "/evidence/presentation.pptx",
                challenge.leadPeer().email());
        List<String> titles;
        String all;
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            titles = show.getSlides().stream().map(XSLFSlide::getTitle).toList();
            StringBuilder text = new StringBuilder();
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        text.append(t.getText()).append('\n');
                    }
                }
            }
            all = text.toString();
        }
        assertThat(all).startsWith("Peer challenge feedback: "); // the title slide's centred title
        assertThat(titles)
                .containsSubsequence(
                        "Introduction",
                        "The team and the scope",
                        "Key messages",
                        "Local priorities and outcomes",
                        "Organisational and place leadership",
                        "Financial planning and management",
                        "Focus area: Housing delivery",
                        "Key recommendations",
                        "Next steps");
        assertThat(all)
                .contains("Leadership is visible and trusted across the organisation.")
                .contains("Lead Tester")
                .doesNotContain("A draft the team has not agreed yet.");
        String keys = all.substring(all.lastIndexOf("Key recommendations"));
        assertThat(keys.indexOf("Set out the council's vision")).isLessThan(keys.indexOf("Close the year-three gap"));

        String page = mvc.perform(get("/challenges/" + challenge.id() + "/evidence/presentation")
                        .with(user(users.loadUserByUsername(Demo.MANAGER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Feedback presentation")
                .contains("1 finding is not agreed yet and is left out.")
                .contains("4 findings rest on a single session or a single stakeholder group.")
                .contains("Leadership is visible and trusted across the organisation.")
                .doesNotContain("A draft the team has not agreed yet.");
    }

    @Test
    void the_presentation_opens_in_libreoffice() throws Exception {
        String soffice =
                List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice").stream()
                        .filter(p -> new File(p).canExecute())
                        .findFirst()
                        .orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed here: the conversion test is skipped");
        byte[] pptx = download("/challenges/" + challenge.id() + "/evidence/presentation.pptx", Demo.MANAGER);
        Path dir = Files.createTempDirectory("presentation");
        Path file = dir.resolve("feedback.pptx");
        Files.write(file, pptx);
        Process p = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("feedback.pdf");
        assertThat(pdf).exists();
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(10);
            assertThat(new PDFTextStripper().getText(document)).contains("Key recommendations");
        } catch (IOException e) {
            throw new AssertionError("LibreOffice's PDF does not open", e);
        }
    }

    @Test
    void nobody_outside_the_team_gets_the_presentation_or_the_exports() throws Exception {
        CurrentUser stranger = ChallengeFixtures.peerUser(
                context,
                "Stranger Peer",
                "stranger-" + System.nanoTime() + "@test.local",
                org.peerchallengehub.peers.PeerKind.OFFICER);
        for (String suffix : List.of("presentation", "presentation.pptx", "export.qdc", "export.qdpx")) {
            String path = "/challenges/" + challenge.id() + "/evidence/" + suffix;
            for (String email : List.of(Demo.COUNCIL, Demo.ADMIN, Demo.ADVISER, Demo.PEER, stranger.email())) {
                int status = mvc.perform(get(path).with(user(users.loadUserByUsername(email))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as(email + " " + path).isEqualTo(404);
            }
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as("public " + path)
                    .isIn(302, 401);
        }
    }

    static Element codeNamed(Document doc, String name) {
        NodeList codes = doc.getElementsByTagNameNS("*", "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element e = (Element) codes.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("No code named " + name);
    }

    static List<String> childCodes(Element code) {
        List<String> names = new java.util.ArrayList<>();
        for (var n = code.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("Code")) {
                names.add(e.getAttribute("name"));
            }
        }
        return names;
    }
}

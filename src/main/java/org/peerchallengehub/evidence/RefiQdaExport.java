package org.peerchallengehub.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.evidence.EvidenceExportRepository.ExportNote;
import org.peerchallengehub.evidence.EvidenceExportRepository.ExportTheme;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.springframework.stereotype.Component;

/**
 * A challenge's coded evidence in REFI-QDA, the exchange standard of qualitative-analysis tools
 * (NVivo, ATLAS.ti, MAXQDA, QualCoder): a codebook ({@code .qdc}, codebook 1.0) whose codes are the
 * framework's components and the council's focus areas, each with its themes nested, plus the three
 * kinds of evidence; and a project ({@code .qdpx}: a zip of {@code project.qde} and one text file per
 * note under {@code Sources/}) where every note is a text source coded, as a whole, to its components,
 * focus areas, themes and kind, with its session, stakeholder group, date and source as variables and
 * each session a case. GUIDs are derived from the challenge and the object, so exporting again gives
 * the same GUIDs and a researcher's tool recognises the codes. Authors are the team's peers (who wrote
 * each note); nobody met on site is named, because no note records one (decision 0060).
 */
@Component
class RefiQdaExport {

    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String ORIGIN = "Peer Challenge Hub";

    /** A code of the codebook, with its nested codes. */
    record Code(String guid, String name, @Nullable String description, boolean codable, List<Code> children) {}

    /** The codebook of one challenge and the GUIDs its notes are coded with. */
    record Frame(
            List<Code> codes,
            Map<String, String> componentGuids,
            Map<Long, String> focusGuids,
            Map<Long, String> themeGuids,
            Map<NoteKind, String> kindGuids) {}

    private final EvidenceExportRepository repository;
    private final ChallengeTeams teams;
    private final Frameworks frameworks;

    RefiQdaExport(EvidenceExportRepository repository, ChallengeTeams teams, Frameworks frameworks) {
        this.repository = repository;
        this.teams = teams;
        this.frameworks = frameworks;
    }

    static String guid(long challengeId, String kind, Object id) {
        return UUID.nameUUIDFromBytes(
                        ("peer-challenge-hub:" + challengeId + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8))
                .toString()
                .toUpperCase(java.util.Locale.ROOT);
    }

    Frame frame(Seat seat) {
        long c = seat.challengeId();
        List<ExportTheme> themes = repository.themes(c);
        Map<String, String> componentGuids = new LinkedHashMap<>();
        Map<Long, String> focusGuids = new LinkedHashMap<>();
        Map<Long, String> themeGuids = new LinkedHashMap<>();
        Map<NoteKind, String> kindGuids = new LinkedHashMap<>();
        List<Code> codes = new ArrayList<>();
        List<FrameworkComponent> components =
                frameworks.version(seat.frameworkId()).map(v -> v.components()).orElse(List.of());
        for (FrameworkComponent component : components) {
            String g = guid(c, "component", component.id());
            componentGuids.put(component.id(), g);
            codes.add(new Code(
                    g,
                    component.headline(),
                    component.question(),
                    true,
                    themeCodes(c, themes, t -> component.id().equals(t.componentId()), themeGuids)));
        }
        for (ChallengeTeams.Focus focus : teams.focusAreas(c)) {
            String g = guid(c, "focus-area", focus.id());
            focusGuids.put(focus.id(), g);
            codes.add(new Code(
                    g,
                    "Focus area: " + focus.title(),
                    "A focus area the council asked the team to look at.",
                    true,
                    themeCodes(c, themes, t -> Long.valueOf(focus.id()).equals(t.focusAreaId()), themeGuids)));
        }
        List<Code> kinds = new ArrayList<>();
        for (NoteKind kind : NoteKind.values()) {
            String g = guid(c, "kind", kind.name());
            kindGuids.put(kind, g);
            kinds.add(new Code(g, kind.label(), null, true, List.of()));
        }
        codes.add(new Code(
                guid(c, "kind", "all"),
                "Kind of evidence",
                "What each note says about the council: a strength, an area for improvement or an observation.",
                false,
                kinds));
        return new Frame(List.copyOf(codes), componentGuids, focusGuids, themeGuids, kindGuids);
    }

    private static List<Code> themeCodes(
            long c,
            List<ExportTheme> themes,
            java.util.function.Predicate<ExportTheme> under,
            Map<Long, String> themeGuids) {
        List<Code> out = new ArrayList<>();
        for (ExportTheme t : themes) {
            if (under.test(t)) {
                String g = guid(c, "theme", t.id());
                themeGuids.put(t.id(), g);
                out.add(new Code(
                        g,
                        t.name() == null ? "Theme " + t.id() : t.name(),
                        "A theme of the team's synthesis board.",
                        true,
                        List.of()));
            }
        }
        return out;
    }

    /** The codebook ({@code .qdc}). */
    byte[] codebook(Seat seat) {
        Frame frame = frame(seat);
        return xml(w -> {
            w.writeStartElement("CodeBook");
            w.writeDefaultNamespace(CODEBOOK_NS);
            w.writeAttribute("origin", ORIGIN);
            w.writeStartElement("Codes");
            for (Code code : frame.codes()) {
                writeCode(w, code);
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** The project ({@code .qdpx}). */
    byte[] project(Seat seat) {
        long c = seat.challengeId();
        Frame frame = frame(seat);
        List<ExportNote> notes = repository.notes(c);
        Map<Long, ChallengeTeams.Session> sessions =
                teams.sessions(c).stream().collect(Collectors.toMap(ChallengeTeams.Session::id, Function.identity()));
        Map<Long, String> documents = teams.documents(c).stream()
                .collect(Collectors.toMap(ChallengeTeams.Document::id, ChallengeTeams.Document::filename));
        Map<Long, String> authors = new LinkedHashMap<>();
        for (ExportNote n : notes) {
            authors.putIfAbsent(n.authorUserId(), n.authorName());
        }
        String sessionVar = guid(c, "variable", "session");
        String groupVar = guid(c, "variable", "stakeholder-group");
        String dateVar = guid(c, "variable", "date");
        String sourceVar = guid(c, "variable", "source");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(xml(w -> {
                w.writeStartElement("Project");
                w.writeDefaultNamespace(PROJECT_NS);
                w.writeAttribute("name", "Evidence of " + seat.reference() + " (" + seat.councilName() + ")");
                w.writeAttribute("origin", ORIGIN);
                w.writeAttribute("creationDateTime", time(now));
                w.writeStartElement("Users");
                for (Map.Entry<Long, String> a : authors.entrySet()) {
                    w.writeEmptyElement("User");
                    w.writeAttribute("guid", guid(c, "user", a.getKey()));
                    w.writeAttribute("name", a.getValue());
                }
                if (authors.isEmpty()) {
                    w.writeEmptyElement("User");
                    w.writeAttribute("guid", guid(c, "user", "hub"));
                    w.writeAttribute("name", ORIGIN);
                }
                w.writeEndElement();
                w.writeStartElement("CodeBook");
                w.writeStartElement("Codes");
                for (Code code : frame.codes()) {
                    writeCode(w, code);
                }
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("Variables");
                variable(w, sessionVar, "Session", "Text", "The session of the on-site programme the note came from.");
                variable(w, groupVar, "Stakeholder group", "Text", "Who the team met in that session.");
                variable(w, dateVar, "Date", "Date", "The day of the session, or the day the note was written.");
                variable(w, sourceVar, "Source", "Text", "A session, a document (with its page) or a metric.");
                w.writeEndElement();
                Map<Long, List<ExportNote>> bySession = notes.stream()
                        .filter(n -> n.sessionId() != null && sessions.containsKey(n.sessionId()))
                        .collect(Collectors.groupingBy(ExportNote::sessionId, LinkedHashMap::new, Collectors.toList()));
                if (!bySession.isEmpty()) {
                    w.writeStartElement("Cases");
                    for (Map.Entry<Long, List<ExportNote>> e : bySession.entrySet()) {
                        ChallengeTeams.Session s = sessions.get(e.getKey());
                        w.writeStartElement("Case");
                        w.writeAttribute("guid", guid(c, "case", s.id()));
                        w.writeAttribute("name", s.title() + " (" + s.day() + ")");
                        for (ExportNote n : e.getValue()) {
                            w.writeEmptyElement("SourceRef");
                            w.writeAttribute("targetGUID", guid(c, "note", n.id()));
                        }
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                if (!notes.isEmpty()) {
                    w.writeStartElement("Sources");
                    for (ExportNote n : notes) {
                        ChallengeTeams.Session s = n.sessionId() == null ? null : sessions.get(n.sessionId());
                        String noteGuid = guid(c, "note", n.id());
                        String user = guid(c, "user", n.authorUserId());
                        w.writeStartElement("TextSource");
                        w.writeAttribute("guid", noteGuid);
                        w.writeAttribute("name", "Note " + n.id());
                        w.writeAttribute("plainTextPath", "internal://" + noteGuid + ".txt");
                        w.writeAttribute("creatingUser", user);
                        w.writeAttribute("creationDateTime", time(n.createdAt()));
                        w.writeAttribute("modifyingUser", user);
                        w.writeAttribute("modifiedDateTime", time(n.updatedAt()));
                        w.writeStartElement("PlainTextSelection");
                        w.writeAttribute("guid", guid(c, "selection", n.id()));
                        w.writeAttribute("name", "Whole note");
                        w.writeAttribute("startPosition", "0");
                        w.writeAttribute(
                                "endPosition",
                                String.valueOf(
                                        n.text().codePointCount(0, n.text().length())));
                        w.writeAttribute("creatingUser", user);
                        w.writeAttribute("creationDateTime", time(n.createdAt()));
                        List<String> codes = new ArrayList<>();
                        n.components().stream().map(frame.componentGuids()::get).forEach(codes::add);
                        n.focusAreas().stream().map(frame.focusGuids()::get).forEach(codes::add);
                        n.themes().stream().map(frame.themeGuids()::get).forEach(codes::add);
                        codes.add(frame.kindGuids().get(n.kind()));
                        for (String code : codes) {
                            if (code == null) {
                                continue; // a component of another framework version, a removed focus area
                            }
                            w.writeStartElement("Coding");
                            w.writeAttribute("guid", guid(c, "coding", n.id() + ":" + code));
                            w.writeAttribute("creatingUser", user);
                            w.writeAttribute("creationDateTime", time(n.createdAt()));
                            w.writeEmptyElement("CodeRef");
                            w.writeAttribute("targetGUID", code);
                            w.writeEndElement();
                        }
                        w.writeEndElement();
                        value(w, sessionVar, "TextValue", s == null ? "" : s.title());
                        value(
                                w,
                                groupVar,
                                "TextValue",
                                s == null || s.stakeholderGroupLabel() == null ? "" : s.stakeholderGroupLabel());
                        value(
                                w,
                                dateVar,
                                "DateValue",
                                (s == null
                                                ? n.createdAt()
                                                        .atZone(ZoneOffset.UTC)
                                                        .toLocalDate()
                                                : s.day())
                                        .toString());
                        value(w, sourceVar, "TextValue", source(n, s, documents));
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeStartElement("Description");
                w.writeCharacters("The coded evidence of the peer challenge " + seat.reference() + " of "
                        + seat.councilName() + ", exported by " + ORIGIN + ". Confidential to the peer team.");
                w.writeEndElement();
                w.writeEndElement();
            }));
            zip.closeEntry();
            for (ExportNote n : notes) {
                zip.putNextEntry(new ZipEntry("Sources/" + guid(c, "note", n.id()) + ".txt"));
                zip.write(n.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String source(ExportNote n, ChallengeTeams.@Nullable Session s, Map<Long, String> documents) {
        return switch (n.source()) {
            case SESSION -> s == null ? "Session" : s.kindLabel() + ": " + s.title();
            case DOCUMENT ->
                "Document: " + documents.getOrDefault(n.documentId(), "a document")
                        + (n.documentPage() == null ? "" : ", page " + n.documentPage());
            case DATA -> "Data: " + n.metricId();
        };
    }

    private static void variable(XMLStreamWriter w, String guid, String name, String type, String description)
            throws XMLStreamException {
        w.writeStartElement("Variable");
        w.writeAttribute("guid", guid);
        w.writeAttribute("name", name);
        w.writeAttribute("typeOfVariable", type);
        w.writeStartElement("Description");
        w.writeCharacters(description);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, String variable, String element, String value)
            throws XMLStreamException {
        w.writeStartElement("VariableValue");
        w.writeEmptyElement("VariableRef");
        w.writeAttribute("targetGUID", variable);
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter w, Code code) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", code.guid());
        w.writeAttribute("name", code.name());
        w.writeAttribute("isCodable", String.valueOf(code.codable()));
        if (code.description() != null) {
            w.writeStartElement("Description");
            w.writeCharacters(code.description());
            w.writeEndElement();
        }
        for (Code child : code.children()) {
            writeCode(w, child);
        }
        w.writeEndElement();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter((OutputStream) out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the REFI-QDA XML", e);
        }
        return out.toByteArray();
    }
}

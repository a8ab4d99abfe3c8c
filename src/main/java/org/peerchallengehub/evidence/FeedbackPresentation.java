package org.peerchallengehub.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.evidence.EvidenceExportRepository.ExportFinding;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.springframework.stereotype.Component;

/**
 * The feedback presentation the team gives on its last day, generated from the agreed findings, in the
 * usual order: introduction, the team and the scope, key messages, each component's and focus area's
 * strengths and areas for consideration, the key recommendations, next steps. One model, two forms: a
 * PowerPoint file (Apache POI XSLF, the default template's title and content layouts, so that it opens
 * in PowerPoint and LibreOffice Impress and takes the council's or the LGA's theme) and an HTML page.
 * Only agreed findings are in it; a finding not yet agreed is left out and counted, so the team sees
 * what it has not agreed. Key messages are the best-supported agreed strengths and areas for
 * improvement (most distinct notes first), three of each (decision 0069).
 */
@Component
class FeedbackPresentation {

    static final int KEY_MESSAGES_EACH = 3;
    static final int BULLETS_PER_SLIDE = 6;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One section of the presentation: a heading and its groups of bullets (a group: a label and its lines). */
    record Section(String heading, List<Group> groups) {}

    record Group(String label, List<String> lines) {}

    /**
     * The presentation.
     *
     * @param notAgreed findings left out because they are not agreed yet
     */
    record Deck(
            String title,
            String subtitle,
            List<Section> sections,
            int agreedFindings,
            int notAgreed,
            List<EvidenceExportRepository.SignOff> signOffs) {}

    private final EvidenceExportRepository repository;
    private final ChallengeTeams teams;
    private final Frameworks frameworks;

    FeedbackPresentation(EvidenceExportRepository repository, ChallengeTeams teams, Frameworks frameworks) {
        this.repository = repository;
        this.teams = teams;
        this.frameworks = frameworks;
    }

    Deck deck(Seat seat) {
        long c = seat.challengeId();
        List<ExportFinding> all = repository.findings(c);
        List<ExportFinding> agreed = all.stream().filter(ExportFinding::agreed).toList();
        List<Section> sections = new ArrayList<>();

        sections.add(new Section(
                "Introduction",
                List.of(new Group(
                        "",
                        List.of(
                                "A corporate peer challenge is improvement-focused and owned by the council: the"
                                        + " team's feedback is what it heard and read, given as critical friends.",
                                "The team spoke to a wide range of councillors, staff and partners, read the"
                                        + " council's documents and looked at its data.",
                                "This feedback is the team's view on its last day on site; the report follows.")))));

        List<FrameworkComponent> components =
                frameworks.version(seat.frameworkId()).map(v -> v.components()).orElse(List.of());
        List<ChallengeTeams.Focus> focusAreas = teams.focusAreas(c);
        List<String> team = teams.team(c).stream()
                .map(m -> m.name() + " — " + m.roleLabel())
                .toList();
        List<String> scope = new ArrayList<>();
        components.forEach(k -> scope.add(k.headline()));
        focusAreas.forEach(f -> scope.add("Focus area: " + f.title()));
        sections.add(new Section(
                "The team and the scope",
                List.of(
                        new Group("The peer team", team.isEmpty() ? List.of("The team is not recorded yet.") : team),
                        new Group("What the team looked at", scope))));

        Comparator<ExportFinding> bestSupported = Comparator.comparingInt(ExportFinding::supportingNotes)
                .reversed()
                .thenComparingLong(ExportFinding::id);
        List<String> keyStrengths = agreed.stream()
                .filter(f -> f.kind() == FindingKind.STRENGTH || f.kind() == FindingKind.NOTABLE_PRACTICE)
                .sorted(bestSupported)
                .limit(KEY_MESSAGES_EACH)
                .map(ExportFinding::text)
                .toList();
        List<String> keyAreas = agreed.stream()
                .filter(f -> f.kind() == FindingKind.CHALLENGE)
                .sorted(bestSupported)
                .limit(KEY_MESSAGES_EACH)
                .map(ExportFinding::text)
                .toList();
        sections.add(new Section(
                "Key messages",
                List.of(
                        new Group("What the council does well", orNone(keyStrengths)),
                        new Group("What the council should consider", orNone(keyAreas)))));

        for (FrameworkComponent k : components) {
            sections.add(area(k.headline(), agreed, f -> k.id().equals(f.componentId())));
        }
        for (ChallengeTeams.Focus f : focusAreas) {
            sections.add(area("Focus area: " + f.title(), agreed, x -> Long.valueOf(f.id())
                    .equals(x.focusAreaId())));
        }

        List<String> keyRecommendations = agreed.stream()
                .filter(f -> f.keyPosition() != null)
                .sorted(Comparator.comparing(ExportFinding::keyPosition))
                .map(ExportFinding::text)
                .toList();
        sections.add(new Section("Key recommendations", List.of(new Group("", orNone(keyRecommendations)))));
        sections.add(new Section(
                "Next steps",
                List.of(new Group(
                        "",
                        List.of(
                                "The team writes its report from these findings; the council checks the draft for"
                                        + " factual accuracy before it is final.",
                                "The council publishes the report and, within the programme's timescale, an"
                                        + " action plan that answers the recommendations.",
                                "A progress review returns to see what has changed, with the same team where it can.",
                                "The LGA's principal adviser remains the council's contact for support.")))));

        String dates = seat.onSiteStart() == null
                ? ""
                : seat.onSiteStart().format(DAY)
                        + (seat.onSiteEnd() == null || seat.onSiteEnd().equals(seat.onSiteStart())
                                ? ""
                                : " to " + seat.onSiteEnd().format(DAY));
        return new Deck(
                "Peer challenge feedback: " + seat.councilName(),
                (dates.isEmpty() ? "" : dates + " · ") + seat.reference(),
                List.copyOf(sections),
                agreed.size(),
                all.size() - agreed.size(),
                repository.signOffs(c));
    }

    private static Section area(
            String heading, List<ExportFinding> agreed, java.util.function.Predicate<ExportFinding> in) {
        List<String> strengths = agreed.stream()
                .filter(in)
                .filter(f -> f.kind() == FindingKind.STRENGTH || f.kind() == FindingKind.NOTABLE_PRACTICE)
                .map(f -> f.kind() == FindingKind.NOTABLE_PRACTICE ? f.text() + " (notable practice)" : f.text())
                .toList();
        List<String> areas = agreed.stream()
                .filter(in)
                .filter(f -> f.kind() == FindingKind.CHALLENGE
                        || (f.kind() == FindingKind.RECOMMENDATION && f.keyPosition() == null))
                .map(ExportFinding::text)
                .toList();
        return new Section(
                heading,
                List.of(
                        new Group("Strengths", orNone(strengths)),
                        new Group("Areas for consideration", orNone(areas))));
    }

    private static List<String> orNone(List<String> lines) {
        return lines.isEmpty() ? List.of("None agreed yet.") : lines;
    }

    /** The presentation as a PowerPoint file. */
    byte[] pptx(Deck deck) {
        try (XMLSlideShow ppt = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFSlideMaster master = ppt.getSlideMasters().getFirst();
            XSLFSlideLayout titleLayout = master.getLayout(SlideLayout.TITLE);
            XSLFSlideLayout contentLayout = master.getLayout(SlideLayout.TITLE_AND_CONTENT);
            XSLFSlide first = ppt.createSlide(titleLayout);
            first.getPlaceholder(0).setText(deck.title());
            first.getPlaceholder(1).setText(deck.subtitle());
            for (Section section : deck.sections()) {
                List<List<Line>> pages = paginate(section);
                for (int i = 0; i < pages.size(); i++) {
                    XSLFSlide slide = ppt.createSlide(contentLayout);
                    slide.getPlaceholder(0).setText(section.heading() + (i == 0 ? "" : " (continued)"));
                    XSLFTextShape body = slide.getPlaceholder(1);
                    body.clearText();
                    for (Line line : pages.get(i)) {
                        XSLFTextParagraph p = body.addNewTextParagraph();
                        p.setIndentLevel(line.label() ? 0 : (line.nested() ? 1 : 0));
                        p.setBullet(!line.label());
                        var run = p.addNewTextRun();
                        run.setText(line.text());
                        if (line.label()) {
                            run.setBold(true);
                        }
                        run.setFontSize(line.label() ? 20.0 : 16.0);
                    }
                }
            }
            ppt.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Line(String text, boolean label, boolean nested) {}

    /** A section's lines, at most {@link #BULLETS_PER_SLIDE} bullets a slide; a group's label repeats. */
    static List<List<Line>> paginate(Section section) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        int bullets = 0;
        for (Group group : section.groups()) {
            boolean labelled = !group.label().isEmpty();
            if (labelled) {
                if (bullets >= BULLETS_PER_SLIDE - 1) {
                    pages.add(page);
                    page = new ArrayList<>();
                    bullets = 0;
                }
                page.add(new Line(group.label(), true, false));
            }
            for (String text : group.lines()) {
                if (bullets == BULLETS_PER_SLIDE) {
                    pages.add(page);
                    page = new ArrayList<>();
                    bullets = 0;
                    if (labelled) {
                        page.add(new Line(group.label() + " (continued)", true, false));
                    }
                }
                page.add(new Line(text, false, labelled));
                bullets++;
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    static String fileName(Seat seat, String extension) {
        return "feedback-" + seat.reference().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "." + extension;
    }
}

package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as HTML: the wording and formats every output shares (dates, team lines, the activity
 * sentences), and the narrative's safe Markdown as well-formed XHTML, so that one Thymeleaf fragment,
 * {@code reporting/output/report :: report(doc)}, is both the web page's body (the public page and the
 * draft preview) and the body of the PDF. The fragment reaches these helpers through
 * {@link #helper()}, so it works in any template and any context, with or without Spring MVC.
 */
final class ReportHtml {

    private static final ReportHtml HELPER = new ReportHtml();

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ReportHtml() {}

    /** The helpers the fragment calls ({@code T(org.peerchallengehub.reporting.ReportHtml).helper()}). */
    public static ReportHtml helper() {
        return HELPER;
    }

    /**
     * The body of the report page: the fragment alone, as HTML, e.g. for a test or another template.
     *
     * @param publication the edition shown, or null for a draft
     */
    static String fragment(ITemplateEngine templates, ReportDocument doc, @Nullable PublishedReport publication) {
        Context context = new Context(Locale.UK, Map.of("doc", doc));
        if (publication != null) {
            context.setVariable("publication", publication);
        }
        return templates.process("reporting/output/report", Set.of("report"), context);
    }

    /**
     * A narrative's safe HTML (decision 0070) written as XHTML (closed empty elements, no named entities
     * other than XML's), which a page and the PDF renderer both read.
     *
     * @param topLevel the level a narrative's "#" heading becomes
     */
    public String narrative(String markdown, int topLevel) {
        Document fragment = Jsoup.parseBodyFragment(ReportMarkdown.html(markdown, topLevel));
        fragment.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return fragment.body().html();
    }

    /** "10-13 March 2026", "28 February-3 March 2026", "30 December 2025-2 January 2026", or one day. */
    public String onSite(ReportDocument doc) {
        return dates(doc.onSiteStart(), doc.onSiteEnd());
    }

    static String dates(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + "-" + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + "-" + DAY.format(end);
        }
        return start.getDayOfMonth() + "-" + DAY.format(end);
    }

    public String day(LocalDate date) {
        return DAY.format(date);
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "Name - Role, Organisation" as the sector's reports list their teams (either part may be missing). */
    public String teamLine(ReportDocument.TeamMember member) {
        return teamLineOf(member);
    }

    static String teamLineOf(ReportDocument.TeamMember member) {
        StringBuilder line = new StringBuilder(member.name().strip());
        String role = blankToNull(member.role());
        String organisation = blankToNull(member.organisation());
        if (role != null || organisation != null) {
            line.append(" - ");
            if (role != null) {
                line.append(role);
            }
            if (organisation != null) {
                line.append(role == null ? "" : ", ").append(organisation);
            }
        }
        return line.toString();
    }

    /** "Scope title: its questions" for a core component of the scope. */
    public String scopeLine(ReportDocument.ScopeItem item) {
        return item.questions().isEmpty() ? item.title() : item.title() + ": " + String.join(" ", item.questions());
    }

    /**
     * The months between the end of the visit and the progress review (rounded up), the window the
     * report states and the interchange format reads as {@code followUpExpectedWithinMonths}; null when no
     * review date is set.
     */
    public @Nullable Integer followUpMonths(ReportDocument doc) {
        return followUpMonthsOf(doc);
    }

    static @Nullable Integer followUpMonthsOf(ReportDocument doc) {
        LocalDate due = doc.nextSteps().progressReviewDue();
        if (due == null || due.isBefore(doc.onSiteEnd())) {
            return null;
        }
        long months = ChronoUnit.MONTHS.between(doc.onSiteEnd(), due);
        return (int) (doc.onSiteEnd().plusMonths(months).isBefore(due) ? months + 1 : months);
    }

    /** "Spoke to more than 120 people …": the activity sentences, as the sector's reports write them. */
    public java.util.List<String> activityLines(ReportDocument doc) {
        return activityLinesOf(doc);
    }

    static java.util.List<String> activityLinesOf(ReportDocument doc) {
        ReportDocument.Activity a = doc.activity();
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (a.peopleSpokenTo() != null) {
            lines.add(
                    "Spoke to more than " + a.peopleSpokenTo()
                            + " people including a range of council staff together with councillors and external partners and stakeholders.");
        }
        if (a.meetings() != null) {
            lines.add("Gathered information and views from more than " + a.meetings()
                    + " meetings, visits to key sites in the area and additional research and reading.");
        }
        if (a.hours() != null) {
            lines.add("Collectively spent more than " + a.hours() + " hours to determine their findings.");
        }
        return lines;
    }

    /** The sentence that introduces the activity figures: how many days on site, at which council. */
    public String activityIntro(ReportDocument doc) {
        int days = doc.activity().days();
        return "The team then spent " + days + (days == 1 ? " day" : " days") + " onsite at "
                + doc.council().name() + ", during which they:";
    }

    /** The feedback section's number in the report ("4.2"). */
    public String sectionNumber(int index) {
        return "4." + (index + 1);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

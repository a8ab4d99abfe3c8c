package org.peerchallengehub.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One published report as the interchange format version 1 describes it
 * ({@code ../shared/report-format/parsed-report.schema.md}), plus {@code councilGss} (decision
 * 0007). Every key is always written: nulls and empty lists where the report does not say.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "formatVersion",
    "documentType",
    "council",
    "councilGss",
    "challengeType",
    "onSite",
    "peerTeam",
    "scope",
    "keyRecommendations",
    "themes",
    "notablePractice",
    "activity",
    "previousChallenge",
    "followUpExpectedWithinMonths",
    "nextChallengeDueBy"
})
@Schema(description = "A peer challenge report parsed into the interchange format, version 1")
public record ParsedReport(
        int formatVersion,
        DocumentType documentType,
        @Nullable String council,
        @Schema(description = "GSS code of the council matched against the register, or null") @Nullable
                String councilGss,
        @Nullable String challengeType,
        OnSite onSite,
        List<Peer> peerTeam,
        Scope scope,
        List<String> keyRecommendations,
        List<Theme> themes,
        List<String> notablePractice,
        Activity activity,
        @Schema(type = "string", example = "2011-12") @Nullable YearMonth previousChallenge,
        @Nullable Integer followUpExpectedWithinMonths,
        @Schema(type = "string", example = "2021-03") @Nullable YearMonth nextChallengeDueBy) {

    public static final int FORMAT_VERSION = 1;

    public ParsedReport {
        peerTeam = List.copyOf(peerTeam);
        keyRecommendations = List.copyOf(keyRecommendations);
        themes = List.copyOf(themes);
        notablePractice = List.copyOf(notablePractice);
    }

    /** The same report for another council: its name as the report gives it and its GSS code, or null. */
    public ParsedReport withCouncil(@Nullable String name, @Nullable String gss) {
        return copy(c -> {
            c.council = name;
            c.councilGss = gss;
        });
    }

    /** The same report with another kind of challenge. */
    public ParsedReport withChallengeType(@Nullable String type) {
        return copy(c -> c.challengeType = type);
    }

    /** The same report with other on-site dates. */
    public ParsedReport withOnSite(OnSite dates) {
        return copy(c -> c.onSite = dates);
    }

    /** The same report with another peer team. */
    public ParsedReport withPeerTeam(List<Peer> team) {
        return copy(c -> c.peerTeam = team);
    }

    /** The same report with another scope. */
    public ParsedReport withScope(Scope other) {
        return copy(c -> c.scope = other);
    }

    /** The same report with other key recommendations. */
    public ParsedReport withKeyRecommendations(List<String> recommendations) {
        return copy(c -> c.keyRecommendations = recommendations);
    }

    /** The same report with other themes. */
    public ParsedReport withThemes(List<Theme> other) {
        return copy(c -> c.themes = other);
    }

    /** The same report with other notable practice. */
    public ParsedReport withNotablePractice(List<String> practice) {
        return copy(c -> c.notablePractice = practice);
    }

    private ParsedReport copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.report();
    }

    /** A report's parts, to change some of them and make a new report (the {@code with…} methods). */
    private static final class Copy {
        private final ParsedReport from;
        private @Nullable String council;
        private @Nullable String councilGss;
        private @Nullable String challengeType;
        private OnSite onSite;
        private List<Peer> peerTeam;
        private Scope scope;
        private List<String> keyRecommendations;
        private List<Theme> themes;
        private List<String> notablePractice;

        Copy(ParsedReport from) {
            this.from = from;
            council = from.council;
            councilGss = from.councilGss;
            challengeType = from.challengeType;
            onSite = from.onSite;
            peerTeam = from.peerTeam;
            scope = from.scope;
            keyRecommendations = from.keyRecommendations;
            themes = from.themes;
            notablePractice = from.notablePractice;
        }

        ParsedReport report() {
            return new ParsedReport(
                    from.formatVersion,
                    from.documentType,
                    council,
                    councilGss,
                    challengeType,
                    onSite,
                    peerTeam,
                    scope,
                    keyRecommendations,
                    themes,
                    notablePractice,
                    from.activity,
                    from.previousChallenge,
                    from.followUpExpectedWithinMonths,
                    from.nextChallengeDueBy);
        }
    }

    /** What kind of document it is; only reports are parsed further. */
    public enum DocumentType {
        /** A peer challenge feedback or final report. */
        PEER_CHALLENGE_REPORT("peer-challenge-report"),
        /** A follow-up or progress review report. */
        PROGRESS_REVIEW("progress-review"),
        /** Anything else: a board paper, minutes, a letter. */
        OTHER("other");

        private final String id;

        DocumentType(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /** First and last day of the on-site visit. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end"})
    public record OnSite(@Nullable LocalDate start, @Nullable LocalDate end) {
        public static final OnSite UNKNOWN = new OnSite(null, null);
    }

    /** One listed peer, in the report's order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"name", "role", "organisation"})
    public record Peer(String name, @Nullable String role, @Nullable String organisation) {}

    /** The core components the team considered, and the council's own focus areas. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"coreComponents", "additionalFocus"})
    public record Scope(List<String> coreComponents, List<String> additionalFocus) {
        public static final Scope EMPTY = new Scope(List.of(), List.of());

        public Scope {
            coreComponents = List.copyOf(coreComponents);
            additionalFocus = List.copyOf(additionalFocus);
        }
    }

    /** One feedback section: a core component (with its stable id) or a focus area (null id). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"heading", "component", "strengths", "challenges", "recommendations"})
    public record Theme(
            String heading,
            @Schema(
                            description = "Stable component id, or null for a focus area",
                            example = "financial-planning-and-viability")
                    @Nullable
                    String component,
            List<String> strengths,
            List<String> challenges,
            List<String> recommendations) {
        public Theme {
            strengths = List.copyOf(strengths);
            challenges = List.copyOf(challenges);
            recommendations = List.copyOf(recommendations);
        }
    }

    /** The numbers the report gives for the team's activity on site. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"peopleSpokenTo", "meetings", "hours"})
    public record Activity(@Nullable Integer peopleSpokenTo, @Nullable Integer meetings, @Nullable Integer hours) {
        public static final Activity UNKNOWN = new Activity(null, null, null);
    }
}

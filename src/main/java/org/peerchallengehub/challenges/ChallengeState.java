package org.peerchallengehub.challenges;

import java.util.List;

/** Where a challenge is in its life. Moves one step forward at a time, or to cancelled. */
enum ChallengeState {
    /** The programme and the council are talking; nothing is booked. */
    ENQUIRY("Enquiry"),
    /** Dates for the visit are agreed and a manager runs the challenge. */
    BOOKED("Booked"),
    /** The scope is being agreed: the core components plus the council's focus areas and questions. */
    SCOPING("Scoping"),
    /** The team is being agreed with the council, the programme built, documents read. */
    PREPARING("Preparing"),
    /** The team is on site. The scope is frozen: changes are recorded as amendments. */
    ON_SITE("On site"),
    /** The team has presented its feedback to the council's leadership. */
    FEEDBACK_GIVEN("Feedback given"),
    /** The feedback report is being written. */
    REPORT_DRAFTING("Report drafting"),
    /** The council is checking the draft report for factual accuracy. */
    FACTUAL_ACCURACY_CHECK("Factual accuracy check"),
    /** The report is final and with the council to publish. */
    REPORT_FINAL("Report final"),
    /** The council has published the report. */
    PUBLISHED("Published"),
    /** The council has published its action plan. */
    ACTION_PLAN("Action plan"),
    /** The progress review has taken place. */
    PROGRESS_REVIEW("Progress review"),
    /** Nothing more to do. */
    CLOSED("Closed"),
    /** Called off; the record is kept. */
    CANCELLED("Cancelled");

    private final String label;

    ChallengeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    /** The visit has started: the scope is frozen from here on. */
    public boolean visitStarted() {
        return ordinal() >= ON_SITE.ordinal() && this != CANCELLED;
    }

    /** The report is public from here on. */
    public boolean published() {
        return ordinal() >= PUBLISHED.ordinal() && this != CANCELLED;
    }

    /**
     * Whether moving to this state records a date the person supplies: the day the council published
     * the report, published its action plan, or held the progress review. What the date must satisfy is
     * in {@link LifeCycle#requirements}.
     */
    public boolean recordsDate() {
        return this == PUBLISHED || this == ACTION_PLAN || this == PROGRESS_REVIEW;
    }

    /**
     * The states the feedback report moves the challenge to (report drafting, factual accuracy check,
     * report final, published): nobody moves a challenge there by hand ({@link ChallengeReports}).
     */
    public boolean movesWithReport() {
        return this == REPORT_DRAFTING || this == FACTUAL_ACCURACY_CHECK || this == REPORT_FINAL || this == PUBLISHED;
    }

    /** Whether moving to this state needs a reason (cancelling). */
    public boolean needsReason() {
        return this == CANCELLED;
    }

    /** The states this one may move to (cancelled from any open state). */
    public List<ChallengeState> successors(ChallengeType type) {
        return switch (this) {
            case ENQUIRY -> List.of(BOOKED, CANCELLED);
            case BOOKED -> List.of(SCOPING, CANCELLED);
            case SCOPING -> List.of(PREPARING, CANCELLED);
            case PREPARING -> List.of(ON_SITE, CANCELLED);
            case ON_SITE -> List.of(FEEDBACK_GIVEN, CANCELLED);
            case FEEDBACK_GIVEN -> List.of(REPORT_DRAFTING, CANCELLED);
            case REPORT_DRAFTING -> List.of(FACTUAL_ACCURACY_CHECK, CANCELLED);
            case FACTUAL_ACCURACY_CHECK -> List.of(REPORT_FINAL, CANCELLED);
            case REPORT_FINAL -> List.of(PUBLISHED, CANCELLED);
            // Only corporate peer challenges go on to an action plan and a progress review.
            case PUBLISHED ->
                type == ChallengeType.CORPORATE ? List.of(ACTION_PLAN, CANCELLED) : List.of(CLOSED, CANCELLED);
            case ACTION_PLAN -> List.of(PROGRESS_REVIEW, CANCELLED);
            case PROGRESS_REVIEW -> List.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> List.of();
        };
    }
}

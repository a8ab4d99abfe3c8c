package org.peerchallengehub.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What happened at a council that says something about its health, as advisers record it or a file imports it. */
enum EventKind {
    /** The chief executive left or announced leaving. */
    CHIEF_EXECUTIVE_DEPARTURE("Chief executive departure", Group.LEADERSHIP),
    /** The section 151 (chief finance) officer left. */
    SECTION_151_OFFICER_DEPARTURE("Section 151 officer departure", Group.LEADERSHIP),
    /** The monitoring officer left. */
    MONITORING_OFFICER_DEPARTURE("Monitoring officer departure", Group.LEADERSHIP),
    /** An interim appointment to one of the three statutory posts. */
    INTERIM_APPOINTMENT("Interim appointment to a statutory post", Group.LEADERSHIP),
    /** The external auditor made statutory recommendations (section 24). */
    AUDITOR_STATUTORY_RECOMMENDATIONS("Auditor's statutory recommendations", Group.AUDIT),
    /** The external auditor issued a public interest report. */
    PUBLIC_INTEREST_REPORT("Public interest report", Group.AUDIT),
    /** A qualified audit opinion on the accounts. */
    QUALIFIED_OPINION("Qualified audit opinion", Group.AUDIT),
    /** An adverse audit opinion on the accounts. */
    ADVERSE_OPINION("Adverse audit opinion", Group.AUDIT),
    /** A disclaimed audit opinion. */
    DISCLAIMED_OPINION("Disclaimed audit opinion", Group.AUDIT),
    /** Accounts not audited by their statutory backstop date. */
    ACCOUNTS_NOT_AUDITED_BY_BACKSTOP("Accounts not audited by the backstop date", Group.AUDIT),
    /** The council asked government for exceptional financial support. */
    EXCEPTIONAL_FINANCIAL_SUPPORT_REQUEST("Request for exceptional financial support", Group.FINANCIAL_SUPPORT),
    /** Government granted a capitalisation direction. */
    CAPITALISATION_DIRECTION("Capitalisation direction", Group.FINANCIAL_SUPPORT),
    /** The chief finance officer issued a section 114 notice. */
    SECTION_114_NOTICE("Section 114 notice", Group.SECTION_114),
    /** Government issued a best value notice. */
    BEST_VALUE_NOTICE("Best value notice", Group.INTERVENTION),
    /** Government appointed a best value inspection, or its report was published. */
    BEST_VALUE_INSPECTION("Best value inspection", Group.INTERVENTION),
    /** Statutory intervention: directions, commissioners. */
    GOVERNMENT_INTERVENTION("Government intervention or commissioners", Group.INTERVENTION),
    /** Intervention ended: powers returned, commissioners withdrawn. */
    INTERVENTION_ENDED("Intervention ended", Group.INTERVENTION),
    /** Political control changed (an election or a change of administration). */
    CHANGE_OF_POLITICAL_CONTROL("Change of political control", Group.POLITICS),
    /** A whistleblowing disclosure that reached the programme. */
    WHISTLEBLOWING("Whistleblowing", Group.WHISTLEBLOWING);

    /** Which signal reads events of this kind. */
    enum Group {
        LEADERSHIP,
        AUDIT,
        FINANCIAL_SUPPORT,
        SECTION_114,
        INTERVENTION,
        POLITICS,
        WHISTLEBLOWING
    }

    private final String label;
    private final Group group;

    EventKind(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    Group group() {
        return group;
    }

    /** The kind written in a file: its name in any case, with spaces, hyphens or underscores. */
    static Optional<EventKind> parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    static List<EventKind> ofGroup(Group group) {
        return Arrays.stream(values()).filter(k -> k.group == group).toList();
    }
}

package org.peerchallengehub.indicators;

import java.util.Locale;

/** The area of a council's work a metric belongs to; a council profile groups metrics by theme. */
public enum Theme {
    FINANCE("Finance"),
    ADULT_SOCIAL_CARE("Adult social care"),
    CHILDRENS_SERVICES("Children's services"),
    HOUSING("Housing"),
    ENVIRONMENT("Environment"),
    PUBLIC_HEALTH("Public health"),
    ECONOMY("Economy"),
    /** Facts about the place that explain other figures: population, area, deprivation. */
    CONTEXT("Context");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Theme parse(String text) {
        return Slugs.parse(Theme.class, text, values(), Theme::slug, Theme::label);
    }
}

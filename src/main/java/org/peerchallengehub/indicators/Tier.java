package org.peerchallengehub.indicators;

import java.util.Set;
import org.peerchallengehub.councils.CouncilType;

/**
 * The tiers councils are compared within (decision 0015): a shire county does different things from a
 * shire district, and both from a single-tier council; nearest neighbours, the region and all-England
 * groups stay within a tier.
 */
enum Tier {
    COUNTY("county councils"),
    DISTRICT("district councils"),
    /** Unitary authorities, metropolitan districts, London boroughs and the City of London. */
    SINGLE_TIER("single-tier councils (unitary, metropolitan, London)");

    private final String plural;

    Tier(String plural) {
        this.plural = plural;
    }

    String plural() {
        return plural;
    }

    /**
     * Metrics of services only upper-tier councils provide (social care, schools, public health): a
     * district council has none of them, so for a district such a metric is "not applicable", never a zero.
     */
    private static final Set<String> UPPER_TIER_ONLY = Set.of(
            "adult-social-care-spend",
            "childrens-social-care-spend",
            "social-care-spend-to-nre",
            "schools-reserves",
            "public-health-reserves");

    /** Whether the metric measures something councils of this tier do. */
    boolean applies(String metricId) {
        return this != DISTRICT || !(UPPER_TIER_ONLY.contains(metricId) || metricId.startsWith("asc-"));
    }

    static Tier of(CouncilType type) {
        return switch (type) {
            case COUNTY -> COUNTY;
            case DISTRICT -> DISTRICT;
            case UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH, CITY_OF_LONDON -> SINGLE_TIER;
        };
    }
}

package org.peerchallengehub.indicators;

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

    static Tier of(CouncilType type) {
        return switch (type) {
            case COUNTY -> COUNTY;
            case DISTRICT -> DISTRICT;
            case UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH, CITY_OF_LONDON -> SINGLE_TIER;
        };
    }
}

package org.peerchallengehub.councils;

/** The nine English regions (the former government office regions). */
public enum Region {
    NORTH_EAST("North East"),
    NORTH_WEST("North West"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber"),
    EAST_MIDLANDS("East Midlands"),
    WEST_MIDLANDS("West Midlands"),
    EAST_OF_ENGLAND("East of England"),
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    static Region fromLabel(String label) {
        for (Region region : values()) {
            if (region.label.equalsIgnoreCase(label.trim())) {
                return region;
            }
        }
        throw new IllegalArgumentException("Not an English region: " + label);
    }
}

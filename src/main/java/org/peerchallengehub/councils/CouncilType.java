package org.peerchallengehub.councils;

/** The kinds of English principal council. */
public enum CouncilType {
    /** Upper tier in a two-tier area. */
    COUNTY("County council", "CTY"),
    /** Lower tier in a two-tier area (non-metropolitan district). */
    DISTRICT("District council", "NMD"),
    /** Single tier outside London and the metropolitan areas (including the Isles of Scilly). */
    UNITARY("Unitary authority", "UA"),
    /** Single tier in the former metropolitan counties. */
    METROPOLITAN_DISTRICT("Metropolitan district", "MD"),
    /** One of the 32 London boroughs. */
    LONDON_BOROUGH("London borough", "LBO"),
    /** The City of London Corporation. */
    CITY_OF_LONDON("City of London Corporation", "CC");

    private final String label;
    private final String registerCode;

    CouncilType(String label, String registerCode) {
        this.label = label;
        this.registerCode = registerCode;
    }

    public String label() {
        return label;
    }

    /** The lower-case form used in URLs and JSON, e.g. {@code london-borough}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    static CouncilType fromRegisterCode(String code) {
        for (CouncilType type : values()) {
            if (type.registerCode.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a principal council type: " + code);
    }
}

package org.peerchallengehub.shared.demo;

import java.time.LocalDate;

/**
 * What a {@link DemoContributor} is given: the day the demo is built on (dates in the demo are
 * relative to it, so the programme is alive whenever it is first started), and the demo accounts'
 * e-mail addresses by role.
 */
public record DemoContext(LocalDate today) {

    public static final String ADMIN = "admin@demo.local";
    public static final String MANAGER = "manager@demo.local";
    public static final String ADVISER = "adviser@demo.local";
    public static final String PEER = "peer@demo.local";
    public static final String COUNCIL = "council@demo.local";

    /** Thurrock Council: the demo council user's council. */
    public static final String COUNCIL_GSS = "E06000034";
}

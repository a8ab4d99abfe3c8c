package org.peerchallengehub.shared.demo;

/**
 * A module's part of the demonstration programme. In demo mode, {@link DemoRunner} calls every
 * contributor once per database, in ascending {@link #order()}, each in its own transaction, after the
 * demo accounts exist; what it applied is recorded in {@code demo_contribution} so that a restart (or
 * another node) never applies it twice. A contributor creates its data through its own module's
 * services, for real councils with fictional people and words marked as demonstration data ("(demo)"
 * in names, "Demonstration data:" in texts), and finds what earlier contributors made through their
 * modules' public APIs.
 *
 * <p>Orders in use: councils 50, challenges 100, peers 110, evidence 200, reporting 300, actions 400, risk 500.
 */
public interface DemoContributor {

    /** A stable name, recorded once applied, e.g. {@code "challenges.programme"}; change it to apply again. */
    String name();

    /** Lower runs first. */
    int order();

    /** Creates this module's demonstration data. Throwing rolls back this contributor only, and it is tried again next start. */
    void contribute(DemoContext context);

    /**
     * True for work that takes seconds and that nobody needs in the first moments (grouping hundreds of
     * notes by meaning): applied on a background thread once the other contributors are done, so that
     * a first start is not held up by it. Such contributors still run in order among themselves.
     */
    default boolean afterStart() {
        return false;
    }
}

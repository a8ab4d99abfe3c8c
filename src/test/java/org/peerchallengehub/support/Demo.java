package org.peerchallengehub.support;

/** The demo accounts the application creates in tests, and their password and API token. */
public final class Demo {

    private Demo() {}

    public static final String PASSWORD = envOr("HUB_DEMO_PASSWORD", "demo-password-for-tests");
    public static final String API_TOKEN = envOr("HUB_DEMO_API_TOKEN", "pch_test_token_for_the_demo_admin_0123456789");

    public static final String ADMIN = "admin@demo.local";
    public static final String MANAGER = "manager@demo.local";
    public static final String ADVISER = "adviser@demo.local";
    public static final String PEER = "peer@demo.local";
    public static final String COUNCIL = "council@demo.local";

    /** Thurrock Council, the demo council user's council. */
    public static final String COUNCIL_GSS = "E06000034";

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

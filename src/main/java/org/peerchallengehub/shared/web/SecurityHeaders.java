package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Spring Security writes them on the responses it sees; the
 * few answered before it (the service-unavailable page while the database is away) or without it
 * (Tomcat's own error pages for requests it refuses itself) set them here, so no response goes out
 * without them.
 */
public final class SecurityHeaders {

    /** No inline scripts or styles anywhere: GOV.UK Frontend is started from /js/app.mjs. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}

package org.peerchallengehub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public pages a visitor reads — published reports, council pages, the register, the start page —
 * may be kept for five minutes by a browser or a CDN in front ({@code Cache-Control: public,
 * max-age=300}) and carry an ETag (a hash of the page) so that a stale copy is checked with one
 * conditional request and a 304; the spike when a high-profile report is published lands on the CDN.
 * Only for a visitor's request — no session cookie, no token — answered 200: anything signed in keeps
 * Spring Security's {@code no-store}, and {@code Vary: Cookie} keeps the two apart in any shared cache.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageCaching extends ShallowEtagHeaderFilter {

    static final String PUBLIC = "public, max-age=300, stale-while-revalidate=60";
    private static final Pattern CACHEABLE = Pattern.compile("^/$|^/councils(/[EWSN]\\d{8})?$|^/reports/\\d{1,18}$"
            + "|^/reports/(notable-practice|themes)$|^/(accessibility|data-sources|programme-rules)$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !CACHEABLE.matcher(request.getRequestURI()).matches()
                || request.getHeader("Authorization") != null
                || (request.getCookies() != null
                        && Arrays.stream(request.getCookies())
                                .map(Cookie::getName)
                                .anyMatch("HUB_SESSION"::equals));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        super.doFilterInternal(request, response, (req, res) -> {
            chain.doFilter(req, res);
            HttpServletResponse http = (HttpServletResponse) res;
            // A visitor's page that made no session (a sign-in form's CSRF token would have) is the same for all.
            if (http.getStatus() == 200 && ((HttpServletRequest) req).getSession(false) == null) {
                http.setHeader("Cache-Control", PUBLIC);
                http.setHeader("Pragma", null);
                http.setHeader("Expires", null);
                http.setHeader("Vary", "Cookie");
            }
        });
    }

    @Override
    protected boolean isEligibleForEtag(
            HttpServletRequest request,
            HttpServletResponse response,
            int responseStatusCode,
            java.io.InputStream body) {
        return responseStatusCode == 200 && PUBLIC.equals(response.getHeader("Cache-Control"));
    }
}

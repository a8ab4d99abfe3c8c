package org.peerchallengehub.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.peerchallengehub.shared.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database is away ({@link DatabaseAvailability}), every request that would need it — all but
 * static assets and the health probes — is answered at once with 503 and the service-unavailable page
 * (a problem document for the API), instead of waiting for a connection that will not come. A request
 * that meets a lost connection on its way is answered the same, and makes the watcher check at once.
 * Runs before the session filter, which reads the database on every request with a session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final DatabaseAvailability availability;
    private final ITemplateEngine templates;
    private volatile JakartaServletWebApplication application;

    DatabaseUnavailableFilter(DatabaseAvailability availability, ITemplateEngine templates) {
        this.availability = availability;
        this.templates = templates;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.startsWith("/govuk/")
                || path.equals("/favicon.ico")
                || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.available()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!lostConnection(e)) {
                throw e;
            }
            log.warn("A request to {} lost its database connection: {}", request.getRequestURI(), e.getMessage());
            availability.checkNow();
            if (response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    static boolean lostConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || (t instanceof java.sql.SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08")
                                    || sql.getSQLState().equals("57P01")))) {
                return true;
            }
        }
        return false;
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        SecurityHeaders.apply(response);
        response.setHeader("Retry-After", "10");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"The service is unavailable for a moment: try again in a few seconds\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String page;
        try {
            JakartaServletWebApplication app = application;
            if (app == null) {
                app = JakartaServletWebApplication.buildApplication(request.getServletContext());
                application = app;
            }
            page = templates.process(
                    "error/503", new WebContext(app.buildExchange(request, response), request.getLocale(), Map.of()));
        } catch (RuntimeException e) {
            page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sorry, the service is"
                    + " unavailable – Peer Challenge Hub</title></head><body><h1>Sorry, the service is unavailable</h1>"
                    + "<p>Try again in a few minutes. Nothing you submitted was half-saved.</p></body></html>";
        }
        response.getWriter().write(page);
    }
}

package org.peerchallengehub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One rule for every text a request carries — query parameters, form fields (multipart ones too) and
 * their names: a null character (U+0000), which no person types and PostgreSQL cannot store in text, is
 * refused with 400 and a message naming the field, before any controller sees it. Only the field's name
 * and the value's length are logged, never the value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class HostileCharacterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HostileCharacterFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/")
                && !wellFormedUpload(request)) {
            request.setAttribute("hub.error.message", CUT_SHORT);
            response.setHeader("Connection", "close");
            SecurityHeaders.apply(response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String refused = null;
        String query = request.getQueryString();
        if (query != null && query.toLowerCase().contains("%00")) {
            refused = fieldOf(query);
        } else {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0) {
                    refused = "A field’s name";
                    break;
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        refused = "The field ‘" + parameter.getKey() + "’";
                        log.info(
                                "Refused a null character in the field {} ({} characters) of {} {}",
                                parameter.getKey(),
                                value.length(),
                                request.getMethod(),
                                request.getRequestURI());
                        break;
                    }
                }
                if (refused != null) {
                    break;
                }
            }
        }
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(
                "hub.error.message",
                refused + " contains a null character, which is not allowed. Remove it (it may have come from a"
                        + " pasted text) and try again.");
        SecurityHeaders.apply(response);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static final String CUT_SHORT = "The upload was cut short or is not a well-formed upload, so nothing was saved."
            + " Choose the file and send it again.";

    /**
     * Whether the multipart body can be read whole. One over the size limits counts as well formed here:
     * it is refused with 413 by the upload limit's own handler.
     */
    private static boolean wellFormedUpload(HttpServletRequest request) {
        try {
            request.getParts();
            return true;
        } catch (IOException | ServletException | IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase();
                if (message.contains("exceed") || t.getClass().getSimpleName().contains("SizeLimit")) {
                    return true;
                }
            }
            log.info(
                    "Refused a malformed multipart body to {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** The name of the query parameter holding the encoded null, or a description if none can be told. */
    private static String fieldOf(String query) {
        for (String pair : query.split("&")) {
            if (pair.toLowerCase().contains("%00")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
                return decoded.indexOf('\0') >= 0 || decoded.isBlank()
                        ? "A field’s name"
                        : "The field ‘" + decoded + "’";
            }
        }
        return "The web address";
    }
}

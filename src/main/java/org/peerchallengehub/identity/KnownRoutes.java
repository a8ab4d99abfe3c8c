package org.peerchallengehub.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request whose path no controller maps, whatever its method: such a request is let through
 * to Spring MVC, which answers 404 ("Page not found") to everyone, signed in or not. Only a route that
 * exists asks for sign-in or is refused (decision 0025). The patterns are read once from the handler
 * mappings, the same ones {@code AccessMatrixTest} checks.
 */
final class KnownRoutes {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile List<PathPattern> patterns;

    KnownRoutes(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    RequestMatcher unknown() {
        return request -> !known(request);
    }

    boolean known(HttpServletRequest request) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        return patterns().stream().anyMatch(p -> p.matches(path));
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            known = mappings.orderedStream()
                    .flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .distinct()
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            patterns = known;
        }
        return known;
    }
}

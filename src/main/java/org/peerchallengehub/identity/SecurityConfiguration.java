package org.peerchallengehub.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.RouteRules;
import org.peerchallengehub.shared.web.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default: every module declares its routes in a {@link RouteRules} bean, and any route not
 * declared is refused; a path no controller maps is "not found" for everyone ({@link KnownRoutes}). The JSON API accepts the browser session or a personal API token; pages
 * use form sign-in. CSRF protection is on for every state-changing request made with a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix that lets hashes be upgraded (e.g. to Argon2id) later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            HubUserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle, AuditTrail audit) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        return new ProviderManager(List.of(new ThrottlingAuthenticationProvider(dao, throttle, audit)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            List<RouteRules> rules,
            ApiTokens tokens,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        KnownRoutes known = new KnownRoutes(mappings);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers(known.unknown()).permitAll(); // 404 for everyone
                    rules.forEach(r -> r.api(routes));
                    routes.anyRequest().denyAll();
                })
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer)
                        .csrfTokenRequestHandler(new FormOrHeaderCsrfTokens()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problem(response, 401, "Sign in or send a personal API token as a Bearer token"))
                        .accessDeniedHandler((request, response, e) -> {
                            if (Authorizations.refusedAsNotFound(request)) {
                                problem(response, 404, "There is no such resource that you can see");
                            } else {
                                problem(response, 403, "Your role does not allow this request");
                            }
                        }))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            List<RouteRules> rules,
            AuthenticationManager authentication,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        KnownRoutes known = new KnownRoutes(mappings);
        http.authorizeHttpRequests(routes -> {
                    routes.requestMatchers("/css/**", "/js/**", "/govuk/**", "/favicon.ico", "/images/**", "/error")
                            .permitAll();
                    routes.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    routes.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll();
                    routes.requestMatchers(known.unknown()).permitAll(); // "Page not found" for everyone
                    rules.forEach(r -> r.pages(routes));
                    routes.anyRequest().denyAll();
                })
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    if (Authorizations.refusedAsNotFound(request)) {
                        response.sendError(404);
                    } else {
                        request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
                        response.sendError(403);
                    }
                }))
                .authenticationManager(authentication)
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/?signed-out")
                        .deleteCookies("HUB_SESSION")
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new FormOrHeaderCsrfTokens()))
                .headers(SecurityConfiguration::headers)
                .requestCache(cache -> cache.requestCache(pagesOnlyRequestCache()))
                .sessionManagement(Customizer.withDefaults());
        return http.build();
    }

    /**
     * The firewall every request passes first. With {@code HUB_PUBLIC_URL} set, a request naming any other
     * host in its {@code Host} header is refused (400): links and redirects never take the host from a
     * request as sent (redirects are relative anyway: {@code server.tomcat.use-relative-redirects}).
     */
    @Bean
    WebSecurityCustomizer firewall(@Value("${hub.public-url:}") String publicUrl) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        if (!publicUrl.isBlank()) {
            String host = java.net.URI.create(publicUrl).getHost();
            firewall.setAllowedHostnames(
                    name -> name.equalsIgnoreCase(host) || name.equals("localhost") || name.equals("127.0.0.1"));
        }
        return web -> web.httpFirewall(firewall);
    }

    /**
     * The CSRF token is taken from the form's body or the {@code X-CSRF-TOKEN} header only: one in the
     * web address (which ends up in logs, history and the Referer header) makes the request fail.
     */
    static final class FormOrHeaderCsrfTokens implements CsrfTokenRequestHandler {
        private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(
                HttpServletRequest request,
                HttpServletResponse response,
                java.util.function.Supplier<CsrfToken> token) {
            delegate.handle(request, response, token);
        }

        @Override
        public @org.jspecify.annotations.Nullable String resolveCsrfTokenValue(
                HttpServletRequest request, CsrfToken token) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    if (java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8)
                            .equals(token.getParameterName())) {
                        return null;
                    }
                }
            }
            return delegate.resolveCsrfTokenValue(request, token);
        }
    }

    /** After sign-in, return only to a page the person asked for — never to an image or a script. */
    private static HttpSessionRequestCache pagesOnlyRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("Accept") != null
                && request.getHeader("Accept").contains("text/html"));
        return cache;
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(
                exception instanceof ThrottlingAuthenticationProvider.SignInThrottled
                        ? "/sign-in?throttled"
                        : "/sign-in?error");
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults());
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String title = status == 401 ? "Unauthorized" : status == 404 ? "Not Found" : "Forbidden";
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}

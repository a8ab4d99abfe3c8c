package org.peerchallengehub.shared.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets, each folder mapped on its own: our stylesheet, script and images, and GOV.UK Frontend as
 * built for the Hub ({@code static/govuk}, by {@code scripts/build-frontend.sh}: Arial, no GOV.UK font or
 * images), each with a content hash in its links (so a new release is fetched at once, and they can be
 * cached for an hour). Spring Boot's catch-all {@code /**} mapping is switched off ({@code spring.web.resources.add-mappings:
 * false}): with it, every link a page writes ({@code /councils/…}, {@code /reports/…}) also matched the
 * static mapping, and the link rewriting behind the content hash looked each one up as a file on the class
 * path, uncached because none exists — a page of a thousand links spent most of its time there.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final CacheControl HOUR =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images", "govuk"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(HOUR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    /** {@link DateInput @DateInput} date fields, bound the same way for every controller. */
    @Override
    public void addArgumentResolvers(
            java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new DateInputArgumentResolver());
    }

    /** Adds {@code hubMessage}: a safe, user-facing explanation set by our own filters. */
    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object message = request.getAttribute("hub.error.message", RequestAttributes.SCOPE_REQUEST);
                if (message != null) {
                    attributes.put("hubMessage", message.toString());
                }
                return attributes;
            }
        };
    }
}

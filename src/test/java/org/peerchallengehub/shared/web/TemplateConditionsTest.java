package org.peerchallengehub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf processes {@code th:replace} before {@code th:if} on the same element, so a condition
 * written beside a fragment replacement is never evaluated: the fragment is always shown (this is how
 * "You have signed out" appeared on every visit to the start page). A conditional fragment is written
 * as {@code <th:block th:if="…"><div th:replace="…"></div></th:block>}.
 */
class TemplateConditionsTest {

    private static final Pattern START_TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

    @Test
    void no_template_puts_a_condition_beside_a_fragment_replacement() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                Matcher tag = START_TAG.matcher(html);
                while (tag.find()) {
                    String element = tag.group();
                    boolean conditional = element.contains("th:if=") || element.contains("th:unless=");
                    boolean replaced = element.contains("th:replace=");
                    if (conditional && replaced) {
                        offenders.add(template + ": " + element.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(offenders).as("elements whose th:if is ignored").isEmpty();
    }
}

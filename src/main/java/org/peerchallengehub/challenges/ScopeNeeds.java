package org.peerchallengehub.challenges;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The expertise a challenge's scope calls for: each core component brings its usual expertise, and
 * the words of the council's focus areas and questions bring more ("Is our budget strategy
 * deliverable?" calls for finance). A named policy, unit-tested without Spring.
 */
final class ScopeNeeds {

    private ScopeNeeds() {}

    private static final Map<String, List<String>> BY_COMPONENT = Map.ofEntries(
            Map.entry("understanding-place-and-priorities", List.of("performance")),
            Map.entry("local-context-and-priorities", List.of("performance")),
            Map.entry("local-priorities-and-outcomes", List.of("performance")),
            Map.entry("leadership-of-place", List.of("place-leadership", "partnerships")),
            Map.entry("organisational-and-place-leadership", List.of("place-leadership", "partnerships")),
            Map.entry("organisational-leadership-and-governance", List.of("governance", "political-leadership")),
            Map.entry("leadership-and-governance", List.of("governance", "political-leadership")),
            Map.entry("governance-and-culture", List.of("governance", "workforce")),
            Map.entry("financial-planning-and-viability", List.of("finance")),
            Map.entry("financial-planning-and-management", List.of("finance")),
            Map.entry("financial-and-organisational-capacity", List.of("finance", "transformation")),
            Map.entry("capacity-to-deliver", List.of("transformation", "workforce")),
            Map.entry("capacity-for-improvement", List.of("transformation", "workforce")));

    private record Rule(Pattern words, List<String> tags) {}

    private static final List<Rule> WORDS = List.of(
            rule("financ|budget|saving|mtfs|reserves|funding gap|spend", "finance"),
            rule("child|young people|education|school|send\\b", "childrens-services"),
            rule("adult|social care|ageing|older people", "adult-social-care"),
            rule("growth|regenerat|town cent|high street|infrastructure", "regeneration"),
            rule("econom|business|skills|jobs|employment", "economic-development"),
            rule("housing|homeless|homes", "housing"),
            rule("governance|scrutiny|decision|constitution|member.officer", "governance"),
            rule("transform|moderni|change programme|efficien", "transformation"),
            rule("digital|data|technology|\\bit\\b", "digital"),
            rule("planning|local plan", "planning"),
            rule("communicat|engag|narrative|story of place|residents", "communications"),
            rule("workforce|staff|culture|organisational development|recruit|capacity", "workforce"),
            rule("health|wellbeing|well-being", "public-health"),
            rule("partner|collaborat|integrat|combined authority", "partnerships"),
            rule("climate|environment|carbon|net zero", "climate"),
            rule("commercial|income|trading|investment", "commercial"),
            rule("safety|crime|antisocial", "community-safety"),
            rule("performance|intelligence|outcomes", "performance"),
            rule("leadership of place|place.shaping|\\bplace\\b", "place-leadership"),
            rule("political|leader|cabinet|councillor", "political-leadership"));

    private static Rule rule(String regex, String tag) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(tag));
    }

    /** Expertise tags for the components and the focus areas' titles and questions, most important first. */
    static Set<String> of(List<String> componentIds, List<FocusArea> focusAreas) {
        Set<String> tags = new LinkedHashSet<>();
        for (FocusArea area : focusAreas) {
            String text = (area.title() + " " + String.join(" ", area.questions())).toLowerCase(Locale.ROOT);
            for (Rule rule : WORDS) {
                if (rule.words().matcher(text).find()) {
                    tags.addAll(rule.tags());
                }
            }
        }
        for (String component : componentIds) {
            tags.addAll(BY_COMPONENT.getOrDefault(component, List.of()));
        }
        return tags;
    }
}

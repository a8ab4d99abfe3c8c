package org.peerchallengehub.frameworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The framework versions and the links between them: translates a component of any version into the
 * components of any other, walking version by version (2011 → 2016 → 2024, or back). A chain of
 * equivalents stays equivalent; any partial link makes the result partial.
 */
final class FrameworkMap {

    private final List<FrameworkVersion> versions;
    private final Map<String, FrameworkComponent> components;
    private final List<ComponentMapping> mappings;

    public FrameworkMap(List<FrameworkVersion> versions, List<ComponentMapping> mappings) {
        this.versions = versions.stream()
                .sorted(Comparator.comparingInt(FrameworkVersion::year))
                .toList();
        this.components = this.versions.stream()
                .flatMap(v -> v.components().stream())
                .collect(Collectors.toMap(FrameworkComponent::id, Function.identity()));
        this.mappings = List.copyOf(mappings);
    }

    public List<FrameworkVersion> versions() {
        return versions;
    }

    public List<ComponentMapping> mappings() {
        return mappings;
    }

    public Optional<FrameworkVersion> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<FrameworkComponent> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** The latest version in use on a date (the first version for dates before any). */
    public FrameworkVersion inUseOn(java.time.LocalDate date) {
        FrameworkVersion found = versions.getFirst();
        for (FrameworkVersion v : versions) {
            if (!v.inUseFrom().isAfter(date)) {
                found = v;
            }
        }
        return found;
    }

    /** The components of {@code targetFrameworkId} that {@code componentId} maps to, closest first. */
    public List<MappedComponent> translate(String componentId, String targetFrameworkId) {
        FrameworkComponent source = component(componentId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown framework component: " + componentId));
        int from = indexOf(source.frameworkId());
        int to = indexOf(targetFrameworkId);
        Map<String, MappingRelation> current = new LinkedHashMap<>();
        current.put(source.id(), MappingRelation.EQUIVALENT);
        int step = Integer.compare(to, from);
        for (int i = from; i != to; i += step) {
            String nextVersion = versions.get(i + step).id();
            Map<String, MappingRelation> next = new LinkedHashMap<>();
            current.forEach((id, relation) -> linksFrom(id, nextVersion)
                    .forEach((target, link) -> next.merge(
                            target, relation.then(link), (a, b) -> a == MappingRelation.EQUIVALENT ? a : b)));
            current = next;
        }
        List<MappedComponent> result = new ArrayList<>();
        current.forEach((id, relation) -> result.add(new MappedComponent(components.get(id), relation)));
        result.sort(Comparator.comparing(MappedComponent::relation)
                .thenComparingInt(m -> m.component().position()));
        return result;
    }

    /** Links from a component to components of an adjacent version, in either stored direction. */
    private Map<String, MappingRelation> linksFrom(String componentId, String versionId) {
        Map<String, MappingRelation> links = new LinkedHashMap<>();
        for (ComponentMapping m : mappings) {
            if (m.fromComponent().equals(componentId)
                    && components.get(m.toComponent()).frameworkId().equals(versionId)) {
                links.put(m.toComponent(), m.relation());
            } else if (m.toComponent().equals(componentId)
                    && components.get(m.fromComponent()).frameworkId().equals(versionId)) {
                links.put(m.fromComponent(), m.relation());
            }
        }
        return links;
    }

    private int indexOf(String frameworkId) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).id().equals(frameworkId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown framework version: " + frameworkId);
    }
}

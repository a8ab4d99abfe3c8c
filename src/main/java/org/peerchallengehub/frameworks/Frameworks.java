package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The frameworks module's public API: framework versions, the mapping between them, and the
 * programme rules in force on a date. Read from PostgreSQL on each call; the tables are tiny.
 */
@Service
public class Frameworks {

    private final FrameworkRepository repository;

    Frameworks(FrameworkRepository repository) {
        this.repository = repository;
    }

    public FrameworkMap map() {
        return repository.load();
    }

    /**
     * For each component id (of any version), the components of {@code targetFrameworkId} it maps to,
     * closest first (one read of the map for all). Unknown ids, or an unknown target, map to nothing.
     */
    public Map<String, List<MappedComponent>> counterparts(Collection<String> componentIds, String targetFrameworkId) {
        FrameworkMap map = map();
        Map<String, List<MappedComponent>> result = new LinkedHashMap<>();
        boolean knownTarget = map.version(targetFrameworkId).isPresent();
        for (String id : componentIds) {
            result.put(
                    id,
                    knownTarget && map.component(id).isPresent() ? map.translate(id, targetFrameworkId) : List.of());
        }
        return result;
    }

    public List<FrameworkVersion> versions() {
        return map().versions();
    }

    public Optional<FrameworkVersion> version(String id) {
        return map().version(id);
    }

    /** The framework version in use on a date (for booking a challenge, or reading an old report). */
    public FrameworkVersion inUseOn(LocalDate date) {
        return map().inUseOn(date);
    }

    public List<ProgrammeRules> allRules() {
        return repository.rules();
    }

    /** The rules in force on a date; the oldest rules for dates before any version. */
    public ProgrammeRules rulesInForceOn(LocalDate date) {
        return ProgrammeRulesTimeline.inForceOn(repository.rules(), date);
    }

    public Optional<ProgrammeRules> rules(String id) {
        return repository.rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}

package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.List;
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

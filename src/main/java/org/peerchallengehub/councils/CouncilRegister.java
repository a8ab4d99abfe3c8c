package org.peerchallengehub.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The councils module's public API: look councils up by code or name, and list them. */
@Service
public class CouncilRegister {

    private final CouncilRepository repository;
    private final Clock clock;
    private volatile @Nullable Versioned everything;

    CouncilRegister(CouncilRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A council by its GSS code; a former code (before a boundary change) finds today's council. */
    public Optional<Council> find(String gss) {
        String code = gss.trim().toUpperCase();
        if (!code.matches("E\\d{8}")) {
            return Optional.empty();
        }
        return repository.find(code).or(() -> repository.currentCodeFor(code).flatMap(repository::find));
    }

    public Council get(String gss) {
        return find(gss).orElseThrow(() -> CouncilNotFound.forCode(gss));
    }

    /**
     * Every council, current and abolished, by short name: kept in memory per node and read again only when
     * the register's version counter has moved (V30, bumped by a trigger on every write of the register,
     * whoever makes it). A list read inside a writing transaction is never kept: it may hold that
     * transaction's uncommitted rows.
     */
    public List<CouncilSummary> all() {
        long version = repository.version();
        Versioned kept = everything;
        if (kept != null && kept.version() == version) {
            return kept.councils();
        }
        Versioned read = repository.everything();
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!writing) {
            everything = read;
        }
        return read.councils();
    }

    /** The whole register as read at a version of it. */
    record Versioned(long version, List<CouncilSummary> councils) {}

    public List<CouncilSummary> search(CouncilQuery query) {
        return repository.search(query, null, today());
    }

    public PageResult<CouncilSummary> search(CouncilQuery query, PageRequest page) {
        LocalDate today = today();
        return new PageResult<>(repository.search(query, page, today), page, repository.count(query, today));
    }

    /** The councils whose names are nearest the query's name, for a search that matched none (at most 5). */
    public List<CouncilSummary> nearest(CouncilQuery query) {
        return repository.nearest(query, today(), 5);
    }

    /**
     * Matches a council name as written in a report or spreadsheet against the register's known
     * spellings ("Thurrock", "Thurrock Council", "London Borough of Lambeth", "Lambeth"). Where a name
     * fits more than one council, the current one is preferred.
     */
    public Optional<CouncilRef> matchName(String name) {
        List<CouncilRef> matches = repository.byName(normaliseName(name));
        return matches.stream().findFirst();
    }

    /** Lower case, accents and punctuation removed, "&" as "and", single spaces. */
    static String normaliseName(String name) {
        return CouncilNameIndex.normalise(name);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.peerchallengehub.assistance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance module's public API: what other modules may read of the support record (the risk
 * module's watch list shows each council's adviser and latest support). It answers for any caller and
 * checks nobody: the caller must show it only to principal advisers and the programme team, as this
 * module does (decision 0095).
 */
@Service
@Transactional(readOnly = true)
public class SupportRecord {

    private final SupportRepository repository;

    SupportRecord(SupportRepository repository) {
        this.repository = repository;
    }

    /** The council's adviser now, its last contact, its latest support and how many offers are open. */
    public CouncilSupport forCouncil(String gss) {
        var adviser = repository.currentAssignment(gss);
        var conversations = repository.conversations(gss);
        List<SupportEntry> history = history(gss);
        return new CouncilSupport(
                gss,
                adviser.map(Assignment::adviserUserId).orElse(null),
                adviser.map(Assignment::adviserName).orElse(null),
                conversations.isEmpty() ? null : conversations.getFirst().heldOn(),
                history.isEmpty() ? null : history.getFirst(),
                (int) history.stream().filter(e -> e.state().open()).count());
    }

    /** {@link #forCouncil} for each council, in the order given. */
    public Map<String, CouncilSupport> forCouncils(Collection<String> gssCodes) {
        Map<String, CouncilSupport> result = new LinkedHashMap<>();
        for (String gss : gssCodes) {
            result.computeIfAbsent(gss, this::forCouncil);
        }
        return result;
    }

    /** The support offered to the council, latest offer first. */
    public List<SupportEntry> history(String gss) {
        return repository.offers(gss).stream()
                .map(o -> new SupportEntry(
                        o.id(), o.kind(), o.what(), o.state(), o.offeredOn(), o.lastStepOn(), o.outcome()))
                .toList();
    }

    /** The GSS codes of the councils the principal adviser is assigned to now. */
    public Set<String> councilsAdvisedBy(long adviserUserId) {
        Set<String> codes = new TreeSet<>();
        repository.assignedCouncils(adviserUserId).forEach(c -> codes.add(c.gss()));
        return codes;
    }
}

package org.peerchallengehub.peers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.identity.UserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The peers module's public API: read and change the pool. Every change is validated and audited. */
@Service
public class PeerPool {

    private final PeerRepository repository;
    private final CouncilRegister councils;
    private final AuditTrail audit;
    private final UserAccounts accounts;

    /** The longest reason for unavailable dates, or description of an interest, in characters. */
    static final int MAX_NOTE = 500;

    PeerPool(PeerRepository repository, CouncilRegister councils, AuditTrail audit, UserAccounts accounts) {
        this.repository = repository;
        this.councils = councils;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The sign-in account linked to a pool entry, as its page shows it. */
    record LinkedAccount(
            long accountId,
            String email,
            String displayName,
            boolean enabled,
            java.time.Instant linkedAt,
            String linkedBy) {

        /** The day of the link, in England. */
        public LocalDate linkedOn() {
            return LocalDate.ofInstant(linkedAt, java.time.ZoneId.of("Europe/London"));
        }
    }

    /** The account linked to the peer's pool entry, if any. */
    Optional<LinkedAccount> linkedAccount(long peerId) {
        return repository.accountLink(peerId).flatMap(link -> accounts.byId(link.accountId())
                .map(a -> new LinkedAccount(
                        a.id(), a.email(), a.displayName(), a.enabled(), link.linkedAt(), link.linkedBy())));
    }

    /** The pool entry the signed-in peer's account is linked to (issue 13, item 9), if any. */
    Optional<Peer> ownEntry(CurrentUser user) {
        if (user.role() != Role.PEER) {
            return Optional.empty();
        }
        return repository.idByAccount(user.id()).flatMap(repository::find);
    }

    /**
     * Links a pool entry to the sign-in account with this e-mail address: a peer's enabled account, not
     * linked to another entry, and the entry not linked already. Explicit, shown on the peer's page and
     * audited; never inferred from matching addresses.
     */
    @Transactional
    void linkAccount(long peerId, String email, CurrentUser by) {
        Peer peer = get(peerId);
        String address = email.strip().toLowerCase();
        if (address.isEmpty()) {
            throw new PeerRefused("accountEmail", "Enter the email address of the peer’s sign-in account");
        }
        if (address.length() > 320) {
            throw new PeerRefused("accountEmail", "The email address must be 320 characters or fewer");
        }
        Optional<LinkedAccount> current = linkedAccount(peerId);
        if (current.isPresent()) {
            throw new PeerRefused(
                    "accountEmail",
                    peer.fullName() + "’s entry is already linked to "
                            + current.get().email() + ": remove that link first");
        }
        UserAccount account = accounts.byEmail(address)
                .orElseThrow(() -> new PeerRefused(
                        "accountEmail",
                        "There is no sign-in account with the email address " + address
                                + ": the programme team creates it on the Users page first"));
        if (account.role() != Role.PEER) {
            throw new PeerRefused(
                    "accountEmail",
                    "The account " + address + " is a " + account.role().label().toLowerCase()
                            + " account: only a peer’s account can be linked to a pool entry");
        }
        if (!account.enabled()) {
            throw new PeerRefused("accountEmail", "The account " + address + " is disabled: enable it first");
        }
        Optional<Long> other = repository.idByAccount(account.id());
        if (other.isPresent()) {
            throw new PeerRefused(
                    "accountEmail",
                    "The account " + address + " is already linked to the entry of "
                            + get(other.get()).fullName());
        }
        repository.link(peerId, account.id(), by.displayName());
        audit.record(AuditEntry.of(
                "peer.account-linked",
                "peer",
                peerId,
                "Linked " + peer.fullName() + "’s pool entry to the sign-in account " + address));
    }

    @Transactional
    void unlinkAccount(long peerId) {
        Peer peer = get(peerId);
        if (repository.unlink(peerId)) {
            audit.record(AuditEntry.of(
                    "peer.account-unlinked",
                    "peer",
                    peerId,
                    "Removed the link between " + peer.fullName() + "’s pool entry and its sign-in account"));
        }
    }

    /** Replaces the peer's expertise (the peer's own change from their profile). */
    @Transactional
    void changeExpertise(long peerId, List<String> tags) {
        Peer peer = get(peerId);
        Set<String> known = repository.tags().stream().map(ExpertiseTag::id).collect(Collectors.toSet());
        for (String tag : tags) {
            if (!known.contains(tag)) {
                throw new PeerRefused("expertise", "Choose expertise from the list");
            }
        }
        repository.setExpertise(peerId, tags.stream().distinct().toList());
        audit.record(
                AuditEntry.of("peer.expertise-changed", "peer", peerId, "Changed the expertise of " + peer.fullName()));
    }

    public Optional<Peer> find(long id) {
        return repository.find(id);
    }

    public Peer get(long id) {
        return find(id).orElseThrow(() -> PeerNotFound.forId(id));
    }

    public List<Peer> get(List<Long> ids) {
        return repository.findAll(ids);
    }

    public PageResult<Peer> search(PeerQuery query, PageRequest page) {
        return new PageResult<>(repository.search(query, page), page, repository.count(query));
    }

    public List<Peer> search(PeerQuery query) {
        return repository.search(query, null);
    }

    /** Every active peer with expertise, accreditation, unavailability and interests loaded. */
    public List<Peer> activePool() {
        return repository.search(new PeerQuery(null, null, null, false), null);
    }

    public List<ExpertiseTag> expertiseTags() {
        return repository.tags();
    }

    public Optional<Peer> byEmail(String email) {
        return repository.idByEmail(email).flatMap(repository::find);
    }

    @Transactional
    public long create(PeerDraft draft) {
        validate(draft, null);
        long id = repository.insert(draft, false);
        audit.record(AuditEntry.of(
                "peer.created", "peer", id, "Added " + draft.fullName().strip() + " to the peer pool"));
        return id;
    }

    /** Saves an edit made to {@code version}; refuses it if someone else saved a change meanwhile. */
    @Transactional
    public void update(long id, int version, PeerDraft draft) {
        Peer current = get(id);
        validate(draft, id);
        if (!repository.update(id, version, draft)) {
            throw new PeerChangedMeanwhile(current.fullName());
        }
        audit.record(AuditEntry.of(
                "peer.updated",
                "peer",
                id,
                "Changed the details of " + draft.fullName().strip()));
    }

    /**
     * The pool's peer with this name (and organisation, when given), or a new historic peer record —
     * for peers named in imported reports.
     */
    @Transactional
    public long matchOrCreateHistoric(
            String name, @Nullable String jobTitle, @Nullable String organisation, PeerKind kind) {
        List<Long> matches = repository.idsByNameAndOrganisation(name, organisation);
        if (!matches.isEmpty()) {
            return matches.getFirst();
        }
        String gss = organisation == null
                ? null
                : councils.matchName(organisation).map(c -> c.gss()).orElse(null);
        long id = repository.insert(
                new PeerDraft(name, kind, jobTitle, organisation, gss, null, null, false, null, List.of()), true);
        audit.record(AuditEntry.of("peer.created", "peer", id, "Added the historic peer " + name));
        return id;
    }

    @Transactional
    public void addAccreditation(
            long peerId, AccreditationKind kind, String title, LocalDate achieved, @Nullable LocalDate expires) {
        Peer peer = get(peerId);
        if (title.isBlank()) {
            throw new PeerRefused("title", "Enter the name of the accreditation or training");
        }
        if (expires != null && !expires.isAfter(achieved)) {
            throw new PeerRefused("expiresOn", "The expiry date must be after the date it was achieved");
        }
        repository.addAccreditation(peerId, kind, title.strip(), achieved, expires);
        repository.touch(peerId);
        audit.record(AuditEntry.of(
                "peer.accreditation-added", "peer", peerId, "Recorded “" + title.strip() + "” for " + peer.fullName()));
    }

    @Transactional
    public void removeAccreditation(long peerId, long accreditationId) {
        Peer peer = get(peerId);
        if (repository.removeAccreditation(peerId, accreditationId)) {
            repository.touch(peerId);
            audit.record(AuditEntry.of(
                    "peer.accreditation-removed", "peer", peerId, "Removed an accreditation of " + peer.fullName()));
        }
    }

    @Transactional
    public void addUnavailability(long peerId, LocalDate from, LocalDate to, @Nullable String reason) {
        Peer peer = get(peerId);
        if (to.isBefore(from)) {
            throw new PeerRefused("to", "The last unavailable day must be on or after the first");
        }
        if (reason != null && reason.strip().length() > MAX_NOTE) {
            throw new PeerRefused("reason", "The reason must be " + MAX_NOTE + " characters or fewer");
        }
        repository.addUnavailability(peerId, from, to, reason == null || reason.isBlank() ? null : reason.strip());
        repository.touch(peerId);
        audit.record(AuditEntry.of(
                "peer.unavailability-added",
                "peer",
                peerId,
                peer.fullName() + " is unavailable from " + from + " to " + to));
    }

    @Transactional
    public void removeUnavailability(long peerId, long unavailabilityId) {
        Peer peer = get(peerId);
        if (repository.removeUnavailability(peerId, unavailabilityId)) {
            repository.touch(peerId);
            audit.record(AuditEntry.of(
                    "peer.unavailability-removed", "peer", peerId, "Removed unavailable dates of " + peer.fullName()));
        }
    }

    @Transactional
    public void declareInterest(long peerId, String councilGss, String description) {
        Peer peer = get(peerId);
        var council = councils.find(councilGss)
                .orElseThrow(() -> new PeerRefused("council", "Select a council from the register"));
        if (description.isBlank()) {
            throw new PeerRefused("description", "Say what the interest is");
        }
        if (description.strip().length() > MAX_NOTE) {
            throw new PeerRefused(
                    "description", "The interest must be described in " + MAX_NOTE + " characters or fewer");
        }
        repository.addInterest(peerId, council.gss(), description.strip());
        repository.touch(peerId);
        audit.record(AuditEntry.of(
                "peer.interest-declared",
                "peer",
                peerId,
                peer.fullName() + " declared an interest in " + council.officialName()));
    }

    @Transactional
    public void withdrawInterest(long peerId, String councilGss) {
        Peer peer = get(peerId);
        if (repository.removeInterest(peerId, councilGss)) {
            repository.touch(peerId);
            audit.record(AuditEntry.of(
                    "peer.interest-withdrawn",
                    "peer",
                    peerId,
                    peer.fullName() + " withdrew an interest in " + councilGss));
        }
    }

    /** Checks a draft; throws {@link PeerRefused} naming the first field at fault. */
    void validate(PeerDraft draft, @Nullable Long id) {
        for (PeerRefused problem : problems(draft, id)) {
            throw problem;
        }
    }

    /** Every problem with a draft, for the CSV import's line-by-line report. */
    List<PeerRefused> problems(PeerDraft draft, @Nullable Long id) {
        List<PeerRefused> problems = new java.util.ArrayList<>();
        if (draft.fullName() == null || draft.fullName().isBlank()) {
            problems.add(new PeerRefused("fullName", "Enter the peer’s full name"));
        } else if (draft.fullName().strip().length() > 200) {
            problems.add(new PeerRefused("fullName", "The name must be 200 characters or fewer"));
        }
        if (draft.politicalGroup() != null && draft.kind() != PeerKind.MEMBER) {
            problems.add(new PeerRefused("politicalGroup", "Only member peers have a political group"));
        }
        if (draft.organisationGss() != null
                && !draft.organisationGss().isBlank()
                && councils.find(draft.organisationGss()).isEmpty()) {
            problems.add(
                    new PeerRefused("organisationGss", "There is no council with the code " + draft.organisationGss()));
        }
        if (draft.email() != null && !draft.email().isBlank()) {
            String email = draft.email().trim().toLowerCase();
            if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                problems.add(new PeerRefused("email", "Enter an email address in the correct format"));
            } else {
                repository
                        .idByEmail(email)
                        .filter(other -> !other.equals(id))
                        .ifPresent(other -> problems.add(
                                new PeerRefused("email", "Another peer already has the email address " + email)));
            }
        }
        Set<String> known = repository.tags().stream().map(ExpertiseTag::id).collect(Collectors.toSet());
        for (String tag : draft.expertise()) {
            if (!known.contains(tag)) {
                problems.add(new PeerRefused(
                        "expertise",
                        "Unknown expertise “" + tag + "”; use one of "
                                + String.join(", ", known.stream().sorted().toList())));
            }
        }
        return problems;
    }

    Map<String, String> tagLabels() {
        return repository.tags().stream().collect(Collectors.toMap(ExpertiseTag::id, ExpertiseTag::label));
    }

    boolean councilExists(String gss) {
        return councils.find(gss).isPresent();
    }

    PeerRepository repository() {
        return repository;
    }

    AuditTrail audit() {
        return audit;
    }
}

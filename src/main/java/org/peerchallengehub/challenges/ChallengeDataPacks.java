package org.peerchallengehub.challenges;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.indicators.DataPacks;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A challenge's council data packs (decision 0017). Those who may manage the challenge generate one
 * as known on a date; the pack is built by the indicators module and attached to the challenge as a
 * DATA_PACK document (the tagged PDF), with its HTML rendition kept beside it for the Hub's own
 * page. Everyone who may see the challenge reads both. Regenerating adds a new pack; the earlier
 * ones stay.
 */
@Service
class ChallengeDataPacks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A generated pack as its page shows it. */
    record Page(long documentId, Challenge challenge, String title, LocalDate asOf, String filename, String html) {}

    private final Challenges challenges;
    private final ChallengeRepository repository;
    private final DataPacks dataPacks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ChallengeDataPacks(
            Challenges challenges,
            ChallengeRepository repository,
            DataPacks dataPacks,
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.challenges = challenges;
        this.repository = repository;
        this.dataPacks = dataPacks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * The date a new pack's figures are as known on unless chosen otherwise: today, or the day before the
     * visit starts when that is earlier, so that a pack made after the visit shows what the team knew.
     */
    LocalDate defaultAsOf(Challenge c) {
        LocalDate today = challenges.today();
        return c.onSiteStart() != null && c.onSiteStart().isBefore(today.plusDays(1))
                ? c.onSiteStart().minusDays(1)
                : today;
    }

    List<String> defaultTrendMetrics() {
        return dataPacks.defaultTrendMetrics();
    }

    /** The challenge, if the user may generate its pack. */
    Challenge manageable(CurrentUser user, long id) {
        Challenge c = challenges.get(user, id);
        challenges.requireManage(user, c);
        return c;
    }

    /**
     * Generates a pack and attaches it; returns the new document's id. The pack is built before the
     * transaction that stores the document, its HTML and the audit entry together.
     *
     * @throws ChallengeRefused for a date or choice of metrics the pack cannot be made with
     */
    long generate(CurrentUser user, long id, LocalDate asOf, List<String> trendMetrics) {
        Challenge c = manageable(user, id);
        if (asOf.isAfter(challenges.today())) {
            throw new ChallengeRefused("asOf", "The date must be today or in the past");
        }
        DataPacks.Generated pack;
        try {
            pack = dataPacks.generate(new DataPacks.Request(c.councilGss(), asOf, trendMetrics, context(c)));
        } catch (IllegalArgumentException e) {
            throw new ChallengeRefused("metrics", e.getMessage());
        }
        String filename = "data-pack-" + c.reference().replaceAll("[^A-Za-z0-9-]", "-") + "-as-of-" + asOf + ".pdf";
        Long documentId = transaction.execute(status -> {
            long docId = repository.addDocument(
                    id, DocumentKind.DATA_PACK, filename, DocumentTypes.PDF, pack.pdf(), sha256(pack.pdf()), user);
            jdbc.sql(
                            """
                            insert into challenge_data_pack (document_id, as_of, trend_metrics, title, html)
                            values (:doc, :asOf, :metrics, :title, :html)
                            """)
                    .param("doc", docId)
                    .param("asOf", asOf)
                    .param("metrics", trendMetrics.toArray(String[]::new))
                    .param("title", pack.title())
                    .param("html", pack.html())
                    .update();
            audit.record(
                    user,
                    AuditEntry.of(
                            "challenge.data-pack-generated",
                            "challenge",
                            id,
                            "Generated the data pack “" + filename + "” for " + c.reference() + ", figures as known on "
                                    + DAY.format(asOf)));
            return docId;
        });
        return documentId == null ? 0 : documentId;
    }

    /** A pack's page, if the user may see the challenge and the document is one of its packs. */
    Optional<Page> page(CurrentUser user, long id, long documentId) {
        Challenge c = challenges.get(user, id);
        return jdbc.sql(
                        """
                        select p.document_id, p.title, p.as_of, d.filename, p.html
                        from challenge_data_pack p join challenge_document d on d.id = p.document_id
                        where d.challenge_id = :challenge and p.document_id = :doc
                        """)
                .param("challenge", id)
                .param("doc", documentId)
                .query((rs, n) -> new Page(
                        rs.getLong("document_id"),
                        c,
                        rs.getString("title"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("filename"),
                        rs.getString("html")))
                .optional();
    }

    /** The documents of a challenge that are generated packs (they also have a page). */
    Set<Long> packDocuments(long challengeId) {
        return jdbc
                .sql(
                        """
                        select p.document_id from challenge_data_pack p join challenge_document d on d.id = p.document_id
                        where d.challenge_id = :challenge
                        """)
                .param("challenge", challengeId)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    private static @Nullable String context(Challenge c) {
        String visit = c.hasVisitDates()
                ? ", on site " + DAY.format(c.onSiteStart()) + " to " + DAY.format(c.onSiteEnd())
                : "";
        return c.type().label() + " " + c.reference() + visit;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> split(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }
}

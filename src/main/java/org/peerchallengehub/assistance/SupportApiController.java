package org.peerchallengehub.assistance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The support record as JSON, for principal advisers and the programme team only (anyone else signed
 * in gets 404): the councils assigned to the caller, and one council's record.
 */
@RestController
class SupportApiController {

    record AssignedCouncil(
            String gss,
            String name,
            String adviser,
            @Nullable LocalDate lastContact,
            int openOffers,
            @Nullable String latestOpenOffer) {}

    record ConversationJson(
            long id,
            LocalDate heldOn,
            String councilPosts,
            String summary,
            @Nullable String nextStep,
            String recordedBy) {}

    record OfferJson(
            long id,
            SupportKind kind,
            String description,
            @Nullable String details,
            SupportState state,
            LocalDate offeredOn,
            @Nullable LocalDate agreedOn,
            @Nullable LocalDate declinedOn,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate completedOn,
            @Nullable String outcome,
            String recordedBy) {}

    record AdviserJson(long userId, String name) {}

    record CouncilRecordJson(
            String gss,
            String name,
            @Nullable AdviserJson adviser,
            List<ConversationJson> conversations,
            List<OfferJson> offers,
            @Nullable String sharedSummary) {}

    private final Support support;

    SupportApiController(Support support) {
        this.support = support;
    }

    @GetMapping("/api/v1/support/councils")
    List<AssignedCouncil> myCouncils() {
        return support.myCouncils(SupportController.user()).stream()
                .map(c -> new AssignedCouncil(
                        c.gss(), c.name(), c.adviserName(), c.lastContact(), c.openOffers(), c.latestOpenOffer()))
                .toList();
    }

    @GetMapping("/api/v1/support/councils/{gss}")
    CouncilRecordJson council(@PathVariable String gss) {
        CurrentUser user = SupportController.user();
        Support.CouncilRecord r = support.record(user, gss);
        return new CouncilRecordJson(
                r.council().gss(),
                r.council().officialName(),
                r.adviser()
                        .map(a -> new AdviserJson(a.adviserUserId(), a.adviserName()))
                        .orElse(null),
                r.conversations().stream()
                        .map(c -> new ConversationJson(
                                c.id(), c.heldOn(), c.councilPosts(), c.summary(), c.nextStep(), c.recordedByName()))
                        .toList(),
                r.offers().stream()
                        .map(o -> new OfferJson(
                                o.id(),
                                o.kind(),
                                o.what(),
                                o.details(),
                                o.state(),
                                o.offeredOn(),
                                o.agreedOn(),
                                o.declinedOn(),
                                o.startedOn(),
                                o.completedOn(),
                                o.outcome(),
                                o.recordedByName()))
                        .toList(),
                r.summaries().stream()
                        .filter(Summary::sharedNow)
                        .map(Summary::text)
                        .findFirst()
                        .orElse(null));
    }
}

package org.peerchallengehub.councils;

import java.time.LocalDate;
import java.util.List;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo records the first reorganisation to vest: Surrey's two new unitary councils from 1 April
 * 2027, replacing the county and its eleven districts, with the shadow authorities elected in May 2026.
 * The new councils' GSS codes are placeholders until the Office for National Statistics publishes them,
 * and the source says so. Nothing is recorded once the vesting day has passed (the register file then
 * holds the new councils).
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoReorganisation implements DemoContributor {

    static final LocalDate VESTING = LocalDate.of(2027, 4, 1);

    private final Reorganisations reorganisations;

    DemoReorganisation(Reorganisations reorganisations) {
        this.reorganisations = reorganisations;
    }

    @Override
    public String name() {
        return "councils.reorganisation-surrey";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void contribute(DemoContext context) {
        if (!VESTING.isAfter(context.today())) {
            return;
        }
        reorganisations.record(
                new ReorganisationDraft(
                        "Surrey",
                        VESTING,
                        LocalDate.of(2026, 5, 7),
                        "Demonstration data: the codes E06099001 and E06099002 stand in for the GSS codes the Office"
                                + " for National Statistics gives the new councils",
                        List.of(
                                new ReorganisationDraft.NewCouncil(
                                        0,
                                        "E06099001",
                                        "East Surrey Council",
                                        "East Surrey",
                                        Region.SOUTH_EAST,
                                        List.of(
                                                "E10000030",
                                                "E07000207",
                                                "E07000208",
                                                "E07000210",
                                                "E07000211",
                                                "E07000215")),
                                new ReorganisationDraft.NewCouncil(
                                        0,
                                        "E06099002",
                                        "West Surrey Council",
                                        "West Surrey",
                                        Region.SOUTH_EAST,
                                        List.of(
                                                "E10000030",
                                                "E07000209",
                                                "E07000212",
                                                "E07000213",
                                                "E07000214",
                                                "E07000216",
                                                "E07000217")))),
                "Demo programme team (demo)");
    }
}

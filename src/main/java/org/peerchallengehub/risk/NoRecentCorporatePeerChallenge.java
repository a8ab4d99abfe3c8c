package org.peerchallengehub.risk;

/**
 * Years without a corporate peer challenge: every council is expected to have one every 4 to 5 years,
 * and long gaps preceded failures. Only assessed when the Hub holds the programme's records (else
 * "never" could not be told from "not recorded").
 */
final class NoRecentCorporatePeerChallenge implements Signal {

    static final String ID = "no-recent-peer-challenge";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Family family() {
        return Family.PEER_CHALLENGE;
    }

    @Override
    public SignalResult assess(CouncilFacts facts, Thresholds.SignalParameters p) {
        if (!facts.peerChallenges().recordsKept()) {
            return SignalResult.noData(
                    this,
                    p.title(),
                    "The Hub holds no corporate peer challenge that took place by "
                            + EventWindow.DAY.format(facts.asOf())
                            + ", for any council: the programme's records do not reach back that far.");
        }
        var last = facts.peerChallenges().lastOnSite();
        int years = p.whole("years");
        if (last == null) {
            return SignalResult.flagged(this, p.title(), p.whole("points"), "No corporate peer challenge recorded.");
        }
        String words = "Last corporate peer challenge on site until " + EventWindow.DAY.format(last);
        return last.isBefore(facts.asOf().minusYears(years))
                ? SignalResult.flagged(
                        this, p.title(), p.whole("points"), words + ": more than " + years + " years before.")
                : SignalResult.clear(this, p.title(), words + ".");
    }
}

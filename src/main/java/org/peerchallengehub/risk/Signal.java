package org.peerchallengehub.risk;

/**
 * One early-warning signal: a small named policy that reads a council's facts as known on a date and
 * says whether it fires, how many points it adds, and why, in words with the numbers. Its thresholds,
 * points and rationale are data ({@code risk/signals.csv}); the combination of all signals is
 * {@link Combination} (decision 0080).
 */
sealed interface Signal
        permits LowReserves,
                FallingReserves,
                ReservesDrawdown,
                HighBorrowing,
                BorrowingGrowth,
                ShortTermBorrowing,
                BorrowingFromCouncils,
                InterestBurden,
                SocialCarePressure,
                LowCouncilTaxShare,
                Section114Notice,
                GovernmentIntervention,
                ExceptionalFinancialSupport,
                AuditConcerns,
                LeadershipInstability,
                PoliticalControlChange,
                Whistleblowing,
                InadequateChildrensServices,
                NoRecentCorporatePeerChallenge {

    /** Where a signal's evidence comes from. */
    enum Family {
        FINANCE("Finance figures"),
        EVENTS("Events"),
        INSPECTION("Inspection"),
        PEER_CHALLENGE("Peer challenge");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The stable id: the signal's row key in {@code risk/signals.csv} and in the backtest's output. */
    String id();

    Family family();

    SignalResult assess(CouncilFacts facts, Thresholds.SignalParameters parameters);

    /** Every signal, in the order a breakdown lists them. */
    static java.util.List<Signal> all() {
        return java.util.List.of(
                new LowReserves(),
                new FallingReserves(),
                new ReservesDrawdown(),
                new HighBorrowing(),
                new BorrowingGrowth(),
                new ShortTermBorrowing(),
                new BorrowingFromCouncils(),
                new InterestBurden(),
                new SocialCarePressure(),
                new LowCouncilTaxShare(),
                new Section114Notice(),
                new GovernmentIntervention(),
                new ExceptionalFinancialSupport(),
                new AuditConcerns(),
                new LeadershipInstability(),
                new PoliticalControlChange(),
                new Whistleblowing(),
                new InadequateChildrensServices(),
                new NoRecentCorporatePeerChallenge());
    }
}

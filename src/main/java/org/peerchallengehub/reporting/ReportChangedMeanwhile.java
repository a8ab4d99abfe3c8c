package org.peerchallengehub.reporting;

/** Someone saved the report since this editor opened it: nothing of theirs was saved, and nothing is lost. */
class ReportChangedMeanwhile extends RuntimeException {

    private final int currentVersion;
    private final String savedBy;

    ReportChangedMeanwhile(int currentVersion, String savedBy) {
        super(savedBy + " saved the report since you opened it (it is now version " + currentVersion
                + "). Your text has not been saved: it is kept below, beside what is saved now. Compare them and"
                + " save again.");
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
    }

    int currentVersion() {
        return currentVersion;
    }

    String savedBy() {
        return savedBy;
    }
}

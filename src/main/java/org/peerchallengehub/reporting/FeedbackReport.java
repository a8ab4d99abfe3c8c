package org.peerchallengehub.reporting;

import java.time.LocalDate;

/**
 * A challenge's feedback report as stored: its state, the day it must be published by, its current
 * version and the optimistic lock for the state.
 */
record FeedbackReport(
        long id, long challengeId, ReportState state, LocalDate publicationDue, int currentVersion, int lockVersion) {}

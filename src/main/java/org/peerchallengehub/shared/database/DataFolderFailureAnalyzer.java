package org.peerchallengehub.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start refused because of the data folder is reported as its one line (what is wrong with which
 * folder, and what to do), not as a stack trace. Registered in META-INF/spring.factories.
 */
public final class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderProblem cause) {
        return new FailureAnalysis(cause.getMessage(), "See the line above.", cause);
    }
}

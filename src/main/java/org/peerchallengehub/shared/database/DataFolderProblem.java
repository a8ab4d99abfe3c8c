package org.peerchallengehub.shared.database;

import java.nio.file.Path;

/**
 * The data folder cannot be used, said in one line a person can act on: which folder, what is wrong
 * and what to do. {@link DataFolderFailureAnalyzer} prints it instead of a stack trace.
 */
public final class DataFolderProblem extends RuntimeException {

    DataFolderProblem(String message) {
        super(message);
    }

    static DataFolderProblem readOnly(Path folder) {
        return new DataFolderProblem("The data folder " + folder + " is read-only: make it writable by the user "
                + System.getProperty("user.name") + " (or set HUB_DATA_DIR to a writable folder) and start again.");
    }

    static DataFolderProblem full(Path folder, long freeBytes) {
        return new DataFolderProblem("The data folder " + folder + " is full (" + freeBytes / (1024 * 1024)
                + " MB free): free some space on its disk (or set HUB_DATA_DIR to a folder on a disk with room) and"
                + " start again.");
    }

    static DataFolderProblem inUse(Path folder) {
        return new DataFolderProblem("The data folder " + folder + " is in use by another running Peer Challenge Hub:"
                + " stop that one first (or set HUB_DATA_DIR to another folder).");
    }

    static DataFolderProblem notAFolder(Path folder) {
        return new DataFolderProblem("The data folder " + folder
                + " cannot be created or is not a folder: set HUB_DATA_DIR to a folder this user may write to.");
    }
}

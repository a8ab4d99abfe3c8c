package org.peerchallengehub.shared.web;

/** Byte counts as people read them ("2 MB"). */
public final class HumanSizes {

    private HumanSizes() {}

    public static String bytes(long bytes) {
        if (bytes >= 1024L * 1024) {
            return (bytes / (1024L * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}

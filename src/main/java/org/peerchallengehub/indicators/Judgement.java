package org.peerchallengehub.indicators;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An Ofsted judgement, best first. */
enum Judgement {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The judgement written in words ("requires improvement"), or null for words that are none. */
    static @Nullable Judgement fromWords(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Judgement j : values()) {
            if (j.label.toLowerCase(Locale.ROOT).equals(w)) {
                return j;
            }
        }
        return null;
    }
}

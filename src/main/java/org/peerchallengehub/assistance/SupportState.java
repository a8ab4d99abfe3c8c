package org.peerchallengehub.assistance;

import java.util.List;

/**
 * Where support offered to a council has got to. The only moves are offered → agreed or declined, agreed →
 * under way, under way → completed ({@link #canMoveTo}); declined and completed are final.
 */
public enum SupportState {
    /** Offered to the council; it has not answered yet. */
    OFFERED("Offered"),
    /** The council has agreed to it; it has not started. */
    AGREED("Agreed"),
    /** The council declined it (final). */
    DECLINED("Declined"),
    /** It has started. */
    UNDER_WAY("Under way"),
    /** It is finished, with its outcome written down (final). */
    COMPLETED("Completed");

    private final String label;

    SupportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states this one may move to, in the order a form offers them. */
    public List<SupportState> next() {
        return switch (this) {
            case OFFERED -> List.of(AGREED, DECLINED);
            case AGREED -> List.of(UNDER_WAY);
            case UNDER_WAY -> List.of(COMPLETED);
            case DECLINED, COMPLETED -> List.of();
        };
    }

    public boolean canMoveTo(SupportState target) {
        return next().contains(target);
    }

    /** True while the council has not declined and the support has not finished. */
    public boolean open() {
        return this == OFFERED || this == AGREED || this == UNDER_WAY;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}

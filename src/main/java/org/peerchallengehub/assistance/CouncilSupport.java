package org.peerchallengehub.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a council stands with the support record, for another module's list (the risk watch list): its
 * principal adviser now, the date of the latest conversation, the latest support and how much is open.
 *
 * @param adviserUserId the assigned principal adviser's account, or null when none is assigned
 * @param lastContact the date of the latest conversation recorded, or null when none is
 * @param latestSupport the support most recently offered, or null when none has been
 * @param openOffers how many offers are offered, agreed or under way
 */
public record CouncilSupport(
        String councilGss,
        @Nullable Long adviserUserId,
        @Nullable String adviserName,
        @Nullable LocalDate lastContact,
        @Nullable SupportEntry latestSupport,
        int openOffers) {}

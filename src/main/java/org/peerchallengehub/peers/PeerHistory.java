package org.peerchallengehub.peers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Implemented by the challenges module: the challenges a peer has served on. */
public interface PeerHistory {

    List<Entry> historyOf(long peerId);

    record Entry(
            long challengeId,
            String reference,
            String councilName,
            String challengeType,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            String teamRole,
            String status) {}
}

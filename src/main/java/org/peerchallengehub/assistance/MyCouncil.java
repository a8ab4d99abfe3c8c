package org.peerchallengehub.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of an adviser's "My councils": the council, its adviser, its last contact and its open offers. */
record MyCouncil(
        String gss,
        String name,
        String adviserName,
        @Nullable LocalDate lastContact,
        int openOffers,
        @Nullable String latestOpenOffer) {}

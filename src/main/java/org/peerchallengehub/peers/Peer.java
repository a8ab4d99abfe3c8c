package org.peerchallengehub.peers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person in the peer pool.
 *
 * @param organisationGss the council the peer works for or sits on, when it is in the register
 * @param email links the peer to their account on the Hub, if they have one
 * @param historic created from an imported report rather than maintained in the pool
 * @param version for optimistic locking: an edit based on an older version is refused
 */
public record Peer(
        long id,
        String fullName,
        PeerKind kind,
        @Nullable String jobTitle,
        @Nullable String organisation,
        @Nullable String organisationGss,
        @Nullable PoliticalGroup politicalGroup,
        @Nullable String email,
        boolean active,
        boolean historic,
        @Nullable String notes,
        int version,
        List<String> expertise,
        List<Accreditation> accreditations,
        List<Unavailability> unavailability,
        List<DeclaredInterest> interests) {

    public boolean hasExpertise(String tag) {
        return expertise.contains(tag);
    }

    public boolean hasAccreditation(AccreditationKind kind, LocalDate on) {
        return accreditations.stream().anyMatch(a -> a.kind() == kind && a.validOn(on));
    }

    public boolean unavailableBetween(LocalDate start, LocalDate end) {
        return unavailability.stream().anyMatch(u -> u.overlaps(start, end));
    }

    public boolean declaredInterestIn(String councilGss) {
        return interests.stream().anyMatch(i -> i.councilGss().equals(councilGss));
    }

    /** "Leader, London Borough of Croydon" or whichever parts are known. */
    public String roleAndOrganisation() {
        if (jobTitle != null && organisation != null) {
            return jobTitle + ", " + organisation;
        }
        return jobTitle != null ? jobTitle : organisation != null ? organisation : "";
    }
}

package org.peerchallengehub.challenges;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One session of the on-site programme and the team members attending it. */
record ProgrammeSession(
        long id,
        SessionKind kind,
        String title,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        @Nullable String place,
        @Nullable StakeholderGroup stakeholderGroup,
        int peopleMet,
        List<Long> memberIds) {

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean overlaps(LocalDate otherDay, LocalTime start, LocalTime end) {
        return day.equals(otherDay) && startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}

package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.List;

/** A version of the peer challenge framework and its core components in order. */
public record FrameworkVersion(
        String id,
        String title,
        int year,
        LocalDate inUseFrom,
        String description,
        List<FrameworkComponent> components) {}

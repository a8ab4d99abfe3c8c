package org.peerchallengehub.indicators;

import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.BadRequestException;
import org.springframework.stereotype.Component;

/** TEMPORARY until the comparator groups land: the values API's comparison parameter. */
@Component
class ComparisonAreas {

    ValuesTable.Comparison comparison(String gss, String slug, @Nullable CurrentUser user) {
        throw new BadRequestException("comparison is not available yet");
    }
}

package org.peerchallengehub.indicators;

import org.peerchallengehub.shared.web.NotFoundException;

/** No metric has this id. */
class MetricNotFound extends NotFoundException {

    private MetricNotFound(String message) {
        super(message);
    }

    public static MetricNotFound forId(String id) {
        return new MetricNotFound("There is no metric ‘" + id + "’");
    }
}

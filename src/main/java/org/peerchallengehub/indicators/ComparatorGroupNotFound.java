package org.peerchallengehub.indicators;

import org.peerchallengehub.shared.web.NotFoundException;

/** No comparator group of that kind for the council, or a custom group the user cannot see. */
class ComparatorGroupNotFound extends NotFoundException {

    private ComparatorGroupNotFound(String message) {
        super(message);
    }

    public static ComparatorGroupNotFound custom(long id) {
        return new ComparatorGroupNotFound("There is no custom comparator group " + id + " of yours");
    }
}

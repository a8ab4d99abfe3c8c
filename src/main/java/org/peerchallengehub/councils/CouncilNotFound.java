package org.peerchallengehub.councils;

import org.peerchallengehub.shared.web.NotFoundException;

/** No council in the register has this code. */
public class CouncilNotFound extends NotFoundException {

    private CouncilNotFound(String message) {
        super(message);
    }

    public static CouncilNotFound forCode(String gss) {
        String shown = gss.length() > 20 ? gss.substring(0, 20) + "…" : gss;
        return new CouncilNotFound("There is no council with the code " + shown + " in the register");
    }
}

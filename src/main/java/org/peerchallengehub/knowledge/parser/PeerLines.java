package org.peerchallengehub.knowledge.parser;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilNameIndex;
import org.peerchallengehub.knowledge.ParsedReport.Peer;

/**
 * One line of a peer team list: "Name – Role, Organisation" or "Name, Role, Organisation". Splits
 * on the first dash (or, without one, the first comma) after the name, then on the last comma of
 * the rest. A rest without a comma is the role, unless it is only an organisation's name.
 */
final class PeerLines {

    private PeerLines() {}

    private static final Pattern DASH = Pattern.compile("\\s+[–—-]+\\s+|\\s*[–—]\\s*");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?i)\\b(director|chief|executive|head|manager|leader|officer|member|councillor|cllr|adviser|advisor|lead"
                    + "|cabinet|mayor|chair|chairman|chairwoman|deputy|assistant|secretary|treasurer|consultant|portfolio"
                    + "|strategic|senior|former|interim|associate|president|partner|principal|coordinator|co-ordinator"
                    + "|analyst|clerk|controller|commissioner|programme|project|specialist|peer|expert|mentor|monitoring"
                    + "|accountant|auditor|inspector|professor|fellow)\\b");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "(?i)\\b(association|council|borough|authority|lep|partnership|agency|government|trust|nhs|police|university"
                    + "|ltd|limited|plc|department|commission|institute|society|group|company|corporation|service|services"
                    + "|district|county|city|lga|fire|rescue|network|foundation|centre|college|board|office|ministry)\\b");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z&]{1,7}$");

    static @Nullable Peer parse(String line, CouncilNameIndex councils) {
        String text = line.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher dash = DASH.matcher(text);
        int comma = text.indexOf(',');
        String name;
        String rest;
        if (dash.find() && (comma < 0 || dash.start() < comma)) {
            name = text.substring(0, dash.start());
            rest = text.substring(dash.end());
        } else if (comma > 0) {
            name = text.substring(0, comma);
            rest = text.substring(comma + 1);
        } else {
            return new Peer(clean(text), null, null);
        }
        name = clean(name);
        rest = rest.strip();
        if (name.isEmpty()) {
            return null;
        }
        int last = rest.lastIndexOf(',');
        if (last >= 0) {
            String role = clean(rest.substring(0, last));
            String organisation = clean(rest.substring(last + 1));
            return new Peer(name, role.isEmpty() ? null : role, organisation.isEmpty() ? null : organisation);
        }
        String only = clean(rest);
        if (only.isEmpty()) {
            return new Peer(name, null, null);
        }
        return isOrganisation(only, councils) ? new Peer(name, null, only) : new Peer(name, only, null);
    }

    /** Whether the peer line has a separator at all (a dash or a comma after the name). */
    static boolean looksLikePeer(String line) {
        return DASH.matcher(line).find() || line.indexOf(',') > 0;
    }

    static boolean isOrganisation(String text, CouncilNameIndex councils) {
        if (councils.match(text).isPresent() || ACRONYM.matcher(text).matches()) {
            return true;
        }
        return ORGANISATION_WORDS.matcher(text).find()
                && !ROLE_WORDS.matcher(text).find();
    }

    private static String clean(String part) {
        String s = Inline.spaces(part);
        while (s.endsWith(".") && !s.toLowerCase(Locale.ROOT).endsWith("ltd.")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}

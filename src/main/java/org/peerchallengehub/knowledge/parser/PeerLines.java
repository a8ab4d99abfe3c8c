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

    /** A team role written before the peer ("Lead Member peer: ", "Peer challenge manager: "). */
    private static final Pattern TEAM_ROLE =
            Pattern.compile("(?i)^(?:[\\p{L}-]+\\s+){0,3}(?:peers?|manager|officer|lead|member|shadow)\\s*:\\s+");

    private static final java.util.Set<String> TITLES = java.util.Set.of(
            "cllr",
            "councillor",
            "dr",
            "professor",
            "prof",
            "sir",
            "dame",
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "lord",
            "lady",
            "baroness",
            "baron",
            "the",
            "rt",
            "hon",
            "reverend",
            "rev",
            "cllr.",
            "dr.",
            "prof.",
            "mr.",
            "mrs.");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
            "van", "de", "der", "den", "von", "da", "di", "du", "le", "la", "bin", "al", "ap", "del", "dos");
    private static final Pattern HONOUR = Pattern.compile("^(?:[A-Z]{2,5}|Hon|Bt)\\.?,?$");
    private static final Pattern NAME_WORD = Pattern.compile("^[A-Z][\\p{L}'’.]*(?:-[A-Z][\\p{L}'’.]*)*$");
    /** Capitalised words that do not name a person (roles, places' kinds, openers of a sentence). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "council",
            "borough",
            "district",
            "county",
            "city",
            "chief",
            "executive",
            "director",
            "leader",
            "head",
            "member",
            "members",
            "manager",
            "officer",
            "officers",
            "cabinet",
            "group",
            "team",
            "service",
            "services",
            "peer",
            "peers",
            "challenge",
            "strong",
            "good",
            "new",
            "local",
            "government",
            "association",
            "our",
            "we",
            "this",
            "that",
            "these",
            "key",
            "lead",
            "deputy",
            "assistant",
            "strategic",
            "senior",
            "corporate",
            "finance",
            "planning",
            "housing",
            "children",
            "adult",
            "public",
            "health",
            "policy",
            "scrutiny",
            "audit",
            "take",
            "set",
            "agree",
            "develop",
            "review",
            "make",
            "build",
            "ensure",
            "improve",
            "strengthen",
            "invest",
            "be",
            "use",
            "all",
            "more",
            "some",
            "there",
            "it",
            "they",
            "a",
            "an",
            "and",
            "of",
            "for",
            "with",
            "in",
            "on");

    /**
     * A peer entry only when the line reads as a person with a role or organisation: a name of two
     * to four capitalised words (titles such as Cllr or Dr and honours such as OBE aside), then a
     * role or an organisation after a dash or comma. Anything else (a recommendation, a narrative
     * bullet, a list of groups of people) is null.
     */
    static @Nullable Peer person(String line, CouncilNameIndex councils) {
        String text = line.strip();
        Matcher teamRole = TEAM_ROLE.matcher(text);
        if (teamRole.find()) {
            text = text.substring(teamRole.end());
        }
        if (text.length() > 200) {
            return null;
        }
        Peer p = parse(text, councils);
        if (p == null || p.role() == null && p.organisation() == null || !plausibleName(p.name())) {
            return null;
        }
        // A role or organisation that runs on into sentences is a line glued to the next heading and
        // paragraph: not taken, rather than taken with a wrong organisation.
        if (p.role() != null && (Items.words(p.role()) > 15 || p.role().contains(". "))
                || p.organisation() != null
                        && (Items.words(p.organisation()) > 10
                                || p.organisation().contains(". "))) {
            return null;
        }
        String rest = (p.role() == null ? "" : p.role()) + " " + (p.organisation() == null ? "" : p.organisation());
        boolean rolelike = ROLE_WORDS.matcher(rest).find()
                || ORGANISATION_WORDS.matcher(rest).find()
                || p.organisation() != null
                        && (ACRONYM.matcher(p.organisation()).matches()
                                || councils.match(p.organisation()).isPresent());
        return rolelike ? p : null;
    }

    static boolean plausibleName(String name) {
        java.util.List<String> words =
                new java.util.ArrayList<>(java.util.List.of(name.strip().split("\\s+")));
        while (!words.isEmpty() && TITLES.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
            words.removeFirst();
        }
        while (words.size() > 2 && HONOUR.matcher(words.getLast()).matches()) {
            words.removeLast();
        }
        int counted = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w)) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(lower.replaceAll("[.’']+$", ""))) {
                return false;
            }
            counted++;
        }
        return counted >= 2 && counted <= 4;
    }

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

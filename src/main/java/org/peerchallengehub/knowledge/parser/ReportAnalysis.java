package org.peerchallengehub.knowledge.parser;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilNameIndex;
import org.peerchallengehub.knowledge.ParsedReport;
import org.peerchallengehub.knowledge.ParsedReport.Activity;
import org.peerchallengehub.knowledge.ParsedReport.DocumentType;
import org.peerchallengehub.knowledge.ParsedReport.OnSite;
import org.peerchallengehub.knowledge.ParsedReport.Peer;
import org.peerchallengehub.knowledge.ParsedReport.Scope;
import org.peerchallengehub.knowledge.ParsedReport.Theme;

/**
 * Reads the structure of a report from its blocks, whatever format they came from: the title,
 * the peer team, the scope, the key recommendations, one theme per feedback section with the items
 * under its Strengths / Challenges / Recommendations sub-headings, notable practice, and the facts
 * stated in sentences (activity, earlier challenge, follow-up).
 *
 * <p>Headings are recognised by what they are, not by how one report styled them: a markdown or
 * Word heading, a numbered heading ("4.1", "4.1.", "4."), a bold short line, or a short line naming a
 * known section or component.
 */
public final class ReportAnalysis {

    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(?=\\S)");
    private static final Pattern QUESTION_START = Pattern.compile(
            "(?i)^(does|do|is|are|has|have|how|what|can|will|should|to what extent|where|which|who|why|when)\\b.*");
    private static final Pattern STRENGTHS = Pattern.compile("(?i)^(key |main |areas of |particular )?strengths?$");
    private static final Pattern CHALLENGES = Pattern.compile("(?i)^((emerging|key|main|particular) )?challenges"
            + "|areas? (for|of) (consideration|improvement|development|focus)"
            + "|(emerging )?challenges (and|&) areas (for|of) (consideration|improvement)|weaknesses"
            + "|areas to (consider|explore|improve|develop)$");
    private static final Pattern RECOMMENDATIONS =
            Pattern.compile("(?i)^((our|specific|suggested|detailed) )?(recommendations|suggestions)$");
    private static final Pattern NOTABLE = Pattern.compile(
            "(?i)^(examples of |areas of )?(notable|good|best|innovative|interesting) practices?( identified| examples)?$");
    private static final Pattern KEY_RECOMMENDATIONS = Pattern.compile(
            "(?i)^((our|the|main|headline) )?key recommendations|summary of (our |the )?(key )?recommendations$");
    private static final Pattern NON_THEME = Pattern.compile(
            "(?i)\\b(executive summary|key recommendations|summary of|introduction|peer team|scope and focus|scope"
                    + "|challenge process|notable practice|good practice|sign ?posting|next steps|going forward|way forward"
                    + "|our views|conclusions?|follow[ -]?up|appendix|appendices|contact|background|contents"
                    + "|overall summary|key messages|further support|acknowledgements|about this report"
                    + "|summary)\\b");
    private static final Pattern FEEDBACK_PARENT =
            Pattern.compile("(?i)\\b(feedback|findings|key focus areas|detailed)\\b");
    private static final Pattern GOING_FORWARD = Pattern.compile(
            "(?i)\\b(going forward|way forward|conclusions?|summary|next steps|moving forward|looking ahead)\\b");
    private static final Pattern KEY_AREAS = Pattern.compile(
            "(?i)\\b((key|main|priority|inter-related|interrelated|three|four|five|two|\\d) (areas|themes)"
                    + "|areas (of|for) (improvement|development)|key areas)");
    private static final Pattern PEER_INTRO = Pattern.compile(
            "(?i)\\b(peer (challenge |review )?team|peers who|the peers|team (was|were|comprised|consisted|members)"
                    + "|following peers|peers (were|was|are|included))\\b");
    /** The body says the report is a progress review, not only that one will follow. */
    private static final Pattern PROGRESS_BODY =
            Pattern.compile("(?i)\\b(this progress review|during the progress review"
                    + "|the progress review (took place|was held|was carried out|was undertaken|team|visit)"
                    + "|progress review (took place|was held) on)\\b");
    /** A plain "Recommendations" section heading (2024 reports), as opposed to a theme's sub-heading. */
    private static final Pattern PLAIN_RECOMMENDATIONS = Pattern.compile("(?i)^(the |our )?recommendations$");

    private static final Pattern NUMBERED_RECOMMENDATION =
            Pattern.compile("(?i)^recommendation\\s+\\d{1,2}\\s*(?:[:.–—-]\\s*(.*))?$");
    /** A sentence about the original challenge that a progress review looks back on. */
    private static final Pattern ORIGINAL_VISIT = Pattern.compile(
            "(?i)\\b(undertook|undertaken|original|initial|previous"
                    + "|had an? (\\w+ )?(\\w+ )?peer challenge|peer challenge (took place|was held|was carried out|in|during|from|on))\\b");

    private static final Pattern PROGRESS_VISIT =
            Pattern.compile("(?i)\\b(progress review|review (took place|was held)|(the|this) (review|visit))\\b");
    private static final Pattern EARLIER_CHALLENGE = Pattern.compile(
            "(?i)\\b(previous|earlier|last|prior|initial|first|original)\\s+(\\w+\\s+)?(\\w+\\s+)?peer (challenge|review)");
    private static final Pattern CORE_INTRO =
            Pattern.compile("(?i)\\b(core components|following (\\w+ )?(questions|areas|components)|areas of\\s*:)\\b");
    private static final Pattern FOCUS_INTRO = Pattern.compile(
            "(?i)\\b(in addition|additional|also|focus|supplementary|specific|asked (us|the team|the peer team)"
                    + "|priorities)\\b");
    private static final Pattern OTHER_DOCUMENT = Pattern.compile(
            "(?is)(\\bagenda item\\b|\\bminutes of\\b|^\\s*dear\\b|\\bdear (sir|madam|colleague|chief|leader|mr|mrs|ms|dr|cllr|councillor)"
                    + "|\\breport (to|of) (the )?(cabinet|council|committee|board|executive|scrutiny|overview)"
                    + "|\\bpurpose of (the |this )?report\\b|\\bboard paper\\b|\\bdecision required\\b|\\byours sincerely\\b"
                    + "|\\byours faithfully\\b|\\bwards? affected\\b|\\bkey decision\\b)");
    private static final Pattern PROGRESS =
            Pattern.compile("(?is)\\b(progress review|follow[- ]?up (report|visit report|review|visit)|progress report"
                    + "|post[- ]challenge review|progress visit)\\b");
    private static final Pattern PEER_CHALLENGE = Pattern.compile("(?is)\\bpeer (challenge|review)\\b");
    private static final Pattern CHALLENGE_TYPE = Pattern.compile("(?i)\\b((?:(?:Corporate|Finance|Financial|Planning"
            + "|Adult Social Care|Adults'? Social Care|Children'?s Services|Safeguarding|Communications|Housing|Economic Growth"
            + "|Health and Wellbeing|Health & Wellbeing|Public Health|Fire|Commercial|Digital|Waste|Procurement|Governance"
            + "|Culture|Leadership|Scrutiny|Equalities|Equality|Climate Change|Transformation|Education|Regeneration|Place"
            + "|Combined Authority|SEND|Youth Justice|Customer Services?|Assets?|Workforce|Social Care|Special Educational Needs)"
            + "\\s+)?Peer\\s+(?:Challenge|Review))\\b");
    private static final String CAP = "[A-Z][\\p{L}'’.]*(?:-[A-Za-z][\\p{L}'’.]*)*";
    /** A council's name as a body sentence writes it: "Fenland District Council", "London Borough of Sutton". */
    private static final Pattern BODY_COUNCIL = Pattern.compile("((?:London Borough|Royal Borough|Metropolitan Borough"
            + "|City and County|City|County|Borough|Council) of (?:the )?" + CAP
            + "(?:\\s(?:and |upon |on |in |under )?" + CAP
            + "){0,4})|(" + CAP + "(?:\\s(?:and |upon |on |in |under |& )?" + CAP + "){0,5}\\sCouncil)\\b");
    /** What stands before a council's name where a report names the council it reviewed. */
    private static final Pattern COUNCIL_BEFORE =
            Pattern.compile("(?i)(\\bthank(?:s to)?(?: all| everyone)?(?: at| of)?"
                    + "|\\b(?:challenge|review|visit)\\s+(?:at|of|for|with|to)|\\b(?:staff|councillors|members|officers|everyone|people)"
                    + "\\s+(?:of|at|from)|\\bhosted by|\\bwelcomed? by)\\s+(?:the\\s+)?$");

    private static final Pattern COUNCIL_AFTER =
            Pattern.compile("^\\s+(was formed|was created|is a|is one|asked|invited"
                    + "|commissioned|undertook|had an?|has had|requested|covers|serves|received)\\b");
    /** A title line that is a council's name: capitalised words with a council word among them. */
    private static final Pattern TITLE_COUNCIL = Pattern.compile(
            "^(?:The )?(?:[A-Z][\\p{L}'’.&-]*|and|of|upon|on|in|under|the)(?:\\s(?:[A-Z][\\p{L}'’.&-]*|and|of|upon|on|in|under|the|&)){0,8}$");

    private static final Pattern COUNCIL_WORD_CAPITAL =
            Pattern.compile("\\b(Council|Borough|District|County|City|Authority|Corporation)\\b");
    private static final Pattern COUNCIL_WORDS = Pattern.compile(
            "(?i)\\b(council|borough|district|county|city|authority|corporation|metropolitan|unitary|royal)\\b");
    private static final Pattern TITLE_NOISE = Pattern.compile(
            "(?i)\\b(feedback report|final report|report contents|contents|report|feedback|progress review"
                    + "|follow[- ]?up|review|letter)\\b");

    private static final String QUALIFIER =
            "(?:more than|over|nearly|around|about|approximately|almost|some|in excess of"
                    + "|well over|just over|just under|under|roughly|close to|upwards of)";
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:spoke|spoken|speaking|talked|talking|met|meeting"
            + "|engaged|engaging|interviewed)\\s+(?:to|with)?\\s*" + QUALIFIER + "?\\s*(\\d[\\d,]*)\\s+"
            + "(?:different\\s+|individual\\s+)?(?:people|individuals|stakeholders)");
    private static final Pattern MEETINGS =
            Pattern.compile("(?i)\\b(?:" + QUALIFIER + "\\s+(\\d[\\d,]*)\\s+(?:separate\\s+)?"
                    + "meetings|(?:from|held|attended|in)\\s+(\\d[\\d,]*)\\s+meetings)");
    private static final Pattern HOURS = Pattern.compile(
            "(?i)\\b(?:" + QUALIFIER + "\\s+(\\d[\\d,]*)\\s+hours" + "|(?:spent|spending)\\s+(\\d[\\d,]*)\\s+hours)");
    private static final Pattern EARLIER =
            Pattern.compile("(?i)\\b(previous|first|last|earlier|prior|initial|preceding|since)\\b");
    private static final Pattern WITHIN = Pattern.compile("(?i)\\bwithin\\s+(?:the\\s+next\\s+|the\\s+coming\\s+|)"
            + "(\\d{1,2}|one|two|three|four|five|six|twelve|eighteen)(?:\\s*(?:-|–|—|to)\\s*(\\d{1,2}|one|two|three|four"
            + "|five|six|twelve|eighteen|twenty-four))?\\s+(months?|years?)\\b");
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b(follow[- ]?up|visit|progress review|revisit)\\b");
    private static final Pattern NEXT_DUE = Pattern.compile("(?i)\\bcommission\\w*\\s+(?:their|its|your|a|the)\\s+next"
            + "\\s+(?:corporate\\s+)?peer\\s+challenge\\s+(?:before|by)\\s+(?:the\\s+end\\s+of\\s+)?(" + Dates.MONTH
            + ")\\s+(\\d{4})");
    private static final Pattern TITLE_PARTS = Pattern.compile("\n|\\s[–—-]\\s|:\\s|\\|");
    private static final Pattern TITLE_DATES =
            Pattern.compile("(?i)\\b\\d{1,2}(st|nd|rd|th)?\\b|\\b\\d{4}\\b|\\b" + Dates.MONTH + "(?=\\s|$)");
    private static final Pattern END_PUNCTUATION = Pattern.compile("^[\\p{Punct}–—\\s]+|[\\p{Punct}–—\\s]+$");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'‘“(])");

    private final List<Block> raw;
    private final List<Block> blocks;
    private final CouncilNameIndex councils;
    private final Strength[] strengths;
    private final @Nullable String[] lowerTexts;
    private final @Nullable Sub[] subs;
    /** For each block, the index of the next heading that is not a sub-heading (or the end). */
    private final int[] sectionEnds;
    /** Why a field was left empty or how it was decided, where the parser was unsure (decision 0037). */
    private final List<String> notes = new ArrayList<>();

    private ReportAnalysis(List<Block> raw, CouncilNameIndex councils) {
        this.raw = raw;
        this.blocks = withoutRunningHeaders(raw);
        this.councils = councils;
        this.lowerTexts = new String[blocks.size()];
        this.strengths = new Strength[blocks.size()];
        for (int i = 0; i < strengths.length; i++) {
            strengths[i] = strengthOf(i);
        }
        this.subs = new Sub[blocks.size()];
        for (int i = 0; i < subs.length; i++) {
            subs[i] = subOf(i);
        }
        this.sectionEnds = new int[blocks.size()];
        int next = blocks.size();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            sectionEnds[i] = next;
            if (isHeading(i) && subs[i] == null) {
                next = i;
            }
        }
    }

    /** The parsed report for blocks read from any format. */
    public static ParsedReport analyse(List<Block> blocks, CouncilNameIndex councils) {
        return new ReportAnalysis(blocks, councils).report();
    }

    /** A parsed report and the parser's notes on the fields it left empty or was unsure of. */
    public record Analysis(ParsedReport report, List<String> notes) {}

    /** The parsed report with the parser's notes (why a field is empty). */
    public static Analysis analyseWithNotes(List<Block> blocks, CouncilNameIndex councils) {
        ReportAnalysis analysis = new ReportAnalysis(blocks, councils);
        ParsedReport report = analysis.report();
        return new Analysis(report, List.copyOf(analysis.notes));
    }

    private ParsedReport report() {
        List<Block> title = titleBlocks();
        String titleText = String.join("\n", title.stream().map(Block::text).toList());
        String opening = opening();
        String council = council(title);
        if (council == null) {
            council = bodyCouncil();
        }
        String councilGss = council == null ? null : gss(council);
        DocumentType type = documentType(titleText, opening, opening(4000));
        if (type == DocumentType.OTHER) {
            return new ParsedReport(
                    ParsedReport.FORMAT_VERSION,
                    type,
                    council,
                    councilGss,
                    null,
                    OnSite.UNKNOWN,
                    List.of(),
                    Scope.EMPTY,
                    List.of(),
                    List.of(),
                    List.of(),
                    Activity.UNKNOWN,
                    null,
                    null,
                    null);
        }
        String challengeType = challengeType(titleText, opening);
        OnSite onSite = onSite(titleText, type);
        ScopeFound scope = scope();
        List<ThemeFound> themes = themes(scope);
        List<String> notable = notablePractice(themes);
        return new ParsedReport(
                ParsedReport.FORMAT_VERSION,
                type,
                council,
                councilGss,
                challengeType,
                onSite,
                peerTeam(),
                new Scope(scope.core(), scope.focus()),
                keyRecommendations(scope, themes),
                themes.stream().map(ThemeFound::theme).toList(),
                notable,
                activity(),
                previousChallenge(onSite),
                followUpMonths(),
                nextChallengeDueBy());
    }

    // ---------------------------------------------------------------- blocks and headings

    /** Drops paragraphs repeated three or more times (running headers typed into the text). */
    private static List<Block> withoutRunningHeaders(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block b : blocks) {
            if (!b.isItem() && b.text().length() <= 150) {
                counts.merge(b.text(), 1, Integer::sum);
            }
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!b.isItem() && counts.getOrDefault(b.text(), 0) >= 3 && subheading(title(b)) == null) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    /** A block's text without its section number, emphasis marks and a trailing colon. */
    static String title(Block b) {
        String t = b.text();
        Matcher m = SECTION_NUMBER.matcher(t);
        if (!b.isItem() && m.find()) {
            t = t.substring(m.end());
        }
        t = Inline.stripMarks(t);
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return Inline.stripMarks(t);
    }

    /** A heading's headline: without a question that follows it on the same line. */
    static String headline(String title) {
        int colon = title.indexOf(": ");
        if (colon > 0) {
            String rest = title.substring(colon + 2).strip();
            if (rest.endsWith("?") || QUESTION_START.matcher(rest).matches()) {
                return Inline.stripMarks(title.substring(0, colon));
            }
        }
        return title;
    }

    private static int @Nullable [] number(Block b) {
        String digits = null;
        if (b.isOrderedItem()) {
            digits = b.label().replaceAll("[^0-9.]", "");
        } else if (!b.isItem()) {
            Matcher m = SECTION_NUMBER.matcher(b.text());
            if (m.find()) {
                digits = m.group(1);
            }
        }
        if (digits == null) {
            return null;
        }
        String[] parts = digits.split("\\.");
        List<Integer> values = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                values.add(Integer.parseInt(p));
            }
        }
        return values.isEmpty()
                ? null
                : values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == ';' || c == ',';
    }

    /** How strongly a block reads as a heading. */
    private enum Strength {
        NONE,
        /** A short line that names a known section or sub-heading, or a bold short line. */
        WEAK,
        /** A markdown or Word heading, or a numbered heading. */
        STRONG
    }

    private Strength headingStrength(int i) {
        return strengths[i];
    }

    private Strength strengthOf(int i) {
        Block b = blocks.get(i);
        String title = title(b);
        if (title.isEmpty()) {
            return Strength.NONE;
        }
        // A question that runs on from the headline does not make it less of a heading.
        String headline = headline(title);
        boolean question = !headline.equals(title);
        int words = Items.words(headline);
        if (b.isHeading()) {
            return Strength.STRONG;
        }
        if (b.isItem()) {
            int[] n = number(b);
            if (b.level() != 0
                    || n == null
                    || n.length != 1
                    || words > 12
                    || !question && endsSentence(title)
                    || b.text().endsWith(":")) {
                return Strength.NONE;
            }
            if (i > 0 && sameListNeighbour(blocks.get(i - 1), n[0] - 1)) {
                return Strength.NONE;
            }
            if (i + 1 < blocks.size() && sameListNeighbour(blocks.get(i + 1), n[0] + 1)) {
                return Strength.NONE;
            }
            if (i + 1 < blocks.size()
                    && blocks.get(i + 1).isItem()
                    && blocks.get(i + 1).level() > 0) {
                return Strength.NONE;
            }
            return Strength.STRONG;
        }
        if (words > 15 || !question && endsSentence(b.text()) || b.text().endsWith(":") && words > 4) {
            return Strength.NONE;
        }
        if (number(b) != null) {
            return Strength.STRONG;
        }
        if (b.isBold()) {
            return Strength.WEAK;
        }
        if (subheading(title) != null
                || KEY_RECOMMENDATIONS.matcher(title).matches()
                || NON_THEME.matcher(title).find() && words <= 6
                || FEEDBACK_PARENT.matcher(title).find() && words <= 6
                || Components.idOf(headline) != null
                || introducesSubheading(i, words)) {
            return Strength.WEAK;
        }
        return Strength.NONE;
    }

    /** A short line straight before a Strengths / Challenges / Recommendations sub-heading heads its section. */
    private boolean introducesSubheading(int i, int words) {
        Block b = blocks.get(i);
        if (words > 8 || !Character.isUpperCase(b.text().codePointAt(0)) || i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return !next.isItem() && number(next) == null && subheading(title(next)) != null;
    }

    private static boolean sameListNeighbour(Block neighbour, int expected) {
        if (!neighbour.isOrderedItem() || neighbour.level() != 0) {
            return false;
        }
        int[] n = number(neighbour);
        return n != null && n.length == 1 && n[0] == expected;
    }

    private boolean isHeading(int i) {
        return headingStrength(i) != Strength.NONE;
    }

    /** Index of the next heading (not a sub-heading) after {@code i}, or the end. */
    private int sectionEnd(int i) {
        return sectionEnds[i];
    }

    /** The sub-heading at {@code i}: a heading with a sub-heading's name and no section number. */
    private @Nullable Sub sub(int i) {
        return subs[i];
    }

    private @Nullable Sub subOf(int i) {
        Block b = blocks.get(i);
        if (!isHeading(i) || number(b) != null) {
            return null;
        }
        return subheading(title(b));
    }

    /** The kind of item list a sub-heading introduces, or null. */
    static @Nullable Sub subheading(String title) {
        String t = title.strip();
        if (STRENGTHS.matcher(t).matches()) {
            return Sub.STRENGTHS;
        }
        if (CHALLENGES.matcher(t).matches()) {
            return Sub.CHALLENGES;
        }
        if (RECOMMENDATIONS.matcher(t).matches()) {
            return Sub.RECOMMENDATIONS;
        }
        if (NOTABLE.matcher(t).matches()) {
            return Sub.NOTABLE_PRACTICE;
        }
        return null;
    }

    /** The sub-headings inside a feedback section. */
    enum Sub {
        STRENGTHS,
        CHALLENGES,
        RECOMMENDATIONS,
        NOTABLE_PRACTICE
    }

    // ---------------------------------------------------------------- title

    private List<Block> titleBlocks() {
        List<Block> title = new ArrayList<>();
        for (int i = 0; i < raw.size() && title.size() < 10; i++) {
            Block b = raw.get(i);
            if (b.isItem() || Items.words(b.text()) > 20) {
                break;
            }
            if (i > 0 && SECTION_NUMBER.matcher(b.text()).find()) {
                break;
            }
            title.add(b);
        }
        return title;
    }

    private String opening() {
        return opening(1500);
    }

    private String opening(int length) {
        StringBuilder out = new StringBuilder();
        for (Block b : raw) {
            if (out.length() > length) {
                break;
            }
            out.append(b.text()).append('\n');
        }
        return out.toString();
    }

    private @Nullable String council(List<Block> title) {
        List<String> candidates = new ArrayList<>();
        for (Block b : title) {
            String s = CHALLENGE_TYPE.matcher(b.text()).replaceAll("\n");
            for (String part : TITLE_PARTS.split(s)) {
                String c = TITLE_NOISE.matcher(part).replaceAll(" ");
                c = TITLE_DATES.matcher(c).replaceAll(" ");
                c = END_PUNCTUATION.matcher(Inline.spaces(c)).replaceAll("");
                if (c.chars().anyMatch(Character::isLetter) && Items.words(c) <= 10) {
                    candidates.add(c);
                }
            }
        }
        for (String c : candidates) {
            if (gss(c) != null) {
                return c;
            }
        }
        for (String c : candidates) {
            // Not in the register: only a title line that reads as a name (capitalised words with a
            // council word), never a phrase that merely mentions "the council".
            if (COUNCIL_WORD_CAPITAL.matcher(c).find()
                    && TITLE_COUNCIL.matcher(c).matches()) {
                notes.add("Council: \"" + c + "\" is taken from the title but is not a name the register knows.");
                return c;
            }
        }
        return null;
    }

    /**
     * The council a body sentence names as the one reviewed ("The LGA would like to thank X Council
     * for…", "This progress review at X…", "The London Borough of X was formed…"), when it is a
     * spelling the register knows and every such sentence names the same council; else null.
     */
    private @Nullable String bodyCouncil() {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (Block b : blocks) {
            String text = b.text();
            Matcher m = BODY_COUNCIL.matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 80), m.start());
                String after = text.substring(m.end());
                boolean sentenceStart = before.isBlank()
                        || before.matches("(?s).*[.!?:]\\s+(The\\s+)?$")
                        || before.matches("(?s)^\\s*(The\\s+)?$");
                if (!COUNCIL_BEFORE.matcher(before).find()
                        && !(sentenceStart && COUNCIL_AFTER.matcher(after).find())) {
                    continue;
                }
                String name = registered(m.group(1) != null ? m.group(1) : m.group(2));
                if (name != null) {
                    found.putIfAbsent(gss(name), name);
                }
            }
        }
        if (found.size() == 1) {
            return found.values().iterator().next();
        }
        if (found.size() > 1) {
            notes.add("Council: left empty because the text names more than one council as the one reviewed: "
                    + String.join(", ", found.values()) + ".");
        } else {
            notes.add(
                    "Council: left empty because no title names it and no sentence names a council the register knows as"
                            + " the one reviewed.");
        }
        return null;
    }

    /** The longest part of a name the register knows: leading words dropped, or trailing ones for "X of Y". */
    private @Nullable String registered(String name) {
        String[] words = name.strip().split("\\s+");
        for (int from = 0; from < words.length; from++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (gss(candidate) != null) {
                return candidate;
            }
        }
        for (int to = words.length - 1; to >= 2; to--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, to));
            if (gss(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    private @Nullable String gss(String council) {
        List<String> variants = new ArrayList<>();
        variants.add(council);
        variants.add(council.replaceFirst("^(?i)the\\s+", ""));
        variants.add(council.replaceFirst("^LB\\s+", "London Borough of "));
        variants.add(council.replaceFirst("^RB\\s+", "Royal Borough of "));
        for (String v : variants) {
            Optional<CouncilNameIndex.CouncilMatch> match = councils.match(v);
            if (match.isPresent()) {
                return match.get().gss();
            }
        }
        return null;
    }

    private static DocumentType documentType(String titleText, String opening, String longOpening) {
        String start = opening.length() > 600 ? opening.substring(0, 600) : opening;
        if (OTHER_DOCUMENT.matcher(start).find()) {
            return DocumentType.OTHER;
        }
        if (PROGRESS.matcher(titleText).find()) {
            return DocumentType.PROGRESS_REVIEW;
        }
        if (PROGRESS_BODY.matcher(longOpening).find()) {
            return DocumentType.PROGRESS_REVIEW;
        }
        if (PEER_CHALLENGE.matcher(titleText).find()
                || PEER_CHALLENGE.matcher(opening).find()) {
            return DocumentType.PEER_CHALLENGE_REPORT;
        }
        return DocumentType.OTHER;
    }

    private static @Nullable String challengeType(String titleText, String opening) {
        for (String text : List.of(titleText, opening)) {
            Matcher m = CHALLENGE_TYPE.matcher(text.replace('\n', ' '));
            if (m.find()) {
                return titleCase(Inline.spaces(m.group(1)));
            }
        }
        return null;
    }

    /** "governance peer challenge" as a type's name: "Governance Peer Challenge" (words in capitals kept). */
    private static String titleCase(String type) {
        StringBuilder out = new StringBuilder();
        for (String word : type.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean small = !out.isEmpty() && Set.of("and", "of", "the", "for").contains(word);
            out.append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /**
     * The on-site dates. A peer challenge report: the range in its title, else the first range in the
     * text that is not about an earlier challenge. A progress review: the range in its title, else the
     * latest range or day in a sentence about the review itself — never the original challenge's dates
     * it quotes; when only those are found, nothing.
     */
    private OnSite onSite(String titleText, DocumentType type) {
        boolean progress = type == DocumentType.PROGRESS_REVIEW;
        // A title line, not a sentence that happens to stand among the first short blocks (a web page
        // whose first paragraph says when the original challenge took place).
        for (String line : titleText.split("\n")) {
            if (endsSentence(line) || progress && ORIGINAL_VISIT.matcher(line).find()) {
                continue;
            }
            Optional<Dates.Range> title = Dates.firstRange(line);
            if (title.isPresent()) {
                return new OnSite(title.get().start(), title.get().end());
            }
        }
        Dates.Range best = null;
        boolean skipped = false;
        for (Block b : raw) {
            if (Dates.monthYears(b.text()).isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE.split(b.text())) {
                for (Dates.Found f : Dates.all(sentence, progress)) {
                    if (progress) {
                        boolean aboutReview = PROGRESS_VISIT.matcher(sentence).find();
                        boolean aboutOriginal = ORIGINAL_VISIT.matcher(sentence).find()
                                && !Items.lower(sentence).contains("progress review");
                        if (!aboutReview || aboutOriginal) {
                            skipped = true;
                            continue;
                        }
                        if (best == null || f.range().start().isAfter(best.start())) {
                            best = f.range();
                        }
                    } else {
                        if (EARLIER_CHALLENGE.matcher(sentence).find()) {
                            skipped = true;
                            continue;
                        }
                        return new OnSite(f.range().start(), f.range().end());
                    }
                }
            }
        }
        if (best != null) {
            return new OnSite(best.start(), best.end());
        }
        if (skipped) {
            notes.add("On-site dates: left empty because the only dates found belong to an earlier or the original peer"
                    + " challenge.");
        }
        return OnSite.UNKNOWN;
    }

    // ---------------------------------------------------------------- peer team

    /**
     * The peer team: the entries straight after a sentence or heading that introduces the peers, in
     * bullets or one a line, each taken only if it reads as a person with a role or organisation
     * ({@link PeerLines#person}). A list with fewer than two such entries is not a peer team.
     */
    private List<Peer> peerTeam() {
        for (int i = 0; i < blocks.size(); i++) {
            Block intro = blocks.get(i);
            if (intro.isItem() || !PEER_INTRO.matcher(intro.text()).find()) {
                continue;
            }
            List<Peer> peers = new ArrayList<>();
            int skippedItems = 0;
            for (int j = i + 1; j < blocks.size(); j++) {
                Block c = blocks.get(j);
                if (c.isItem() && c.level() > 0) {
                    continue;
                }
                if (c.isHeading()) {
                    break;
                }
                Peer p = PeerLines.person(c.text(), councils);
                if (p != null) {
                    peers.add(p);
                    continue;
                }
                // In a bullet list an odd item is passed over; a line that is not a peer ends a web list.
                if (c.isItem()
                        && !peers.isEmpty()
                        && j + 1 < blocks.size()
                        && blocks.get(j + 1).isItem()) {
                    skippedItems++;
                    continue;
                }
                break;
            }
            if (peers.size() >= 2) {
                if (skippedItems > 0) {
                    notes.add("Peer team: " + skippedItems
                            + " line(s) of the peer list did not read as a person with a role and" + " were left out.");
                }
                return peers;
            }
        }
        notes.add("Peer team: left empty because no list of people with roles follows a mention of the peer team.");
        return List.of();
    }

    // ---------------------------------------------------------------- scope

    /** The scope and where it ends in the blocks (feedback sections come after it). */
    record ScopeFound(List<String> core, List<String> focus, int end) {}

    private ScopeFound scope() {
        // The list of core components: at least two items name components. A list introduced as the
        // core components or questions, or with the questions in it, wins over one that is not (a
        // table of contents).
        int start = -1;
        int firstCandidate = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (!blocks.get(i).isItem() || i > 0 && blocks.get(i - 1).isItem()) {
                continue;
            }
            int end = Items.end(blocks, i, this::isHeading);
            int matches = 0;
            boolean questions = false;
            for (int j = i; j < end; j++) {
                if (blocks.get(j).level() == 0 && Components.idOf(headline(title(blocks.get(j)))) != null) {
                    matches++;
                }
                questions |= blocks.get(j).text().contains("?");
            }
            if (matches >= 2) {
                boolean introduced =
                        i > 0 && CORE_INTRO.matcher(blocks.get(i - 1).text()).find();
                if (introduced || questions) {
                    start = i;
                } else if (firstCandidate < 0) {
                    firstCandidate = i;
                }
            }
        }
        if (start < 0) {
            start = firstCandidate;
        }
        if (start < 0) {
            for (int i = 1; i < blocks.size() && start < 0; i++) {
                if (blocks.get(i).isItem()
                        && !blocks.get(i - 1).isItem()
                        && CORE_INTRO.matcher(blocks.get(i - 1).text()).find()) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            return new ScopeFound(List.of(), List.of(), 0);
        }
        int end = Items.end(blocks, start, this::isHeading);
        List<String> core = new ArrayList<>();
        for (int j = start; j < end; j++) {
            if (blocks.get(j).level() == 0) {
                core.add(headline(title(blocks.get(j))));
            }
        }
        List<String> focus = new ArrayList<>();
        int after = end;
        for (int i = end; i < Math.min(blocks.size(), end + 3); i++) {
            Block intro = blocks.get(i);
            if (intro.isItem() || isHeading(i) && headingStrength(i) == Strength.STRONG) {
                break;
            }
            if (!(intro.text().strip().endsWith(":")
                    || FOCUS_INTRO.matcher(intro.text()).find())) {
                continue;
            }
            int j = i + 1;
            if (j < blocks.size() && blocks.get(j).isItem()) {
                int listEnd = Items.end(blocks, j, this::isHeading);
                for (int k = j; k < listEnd; k++) {
                    if (blocks.get(k).level() == 0) {
                        focus.add(title(blocks.get(k)));
                    }
                }
                after = listEnd;
            } else {
                while (j + 1 < blocks.size()
                        && !blocks.get(j).isItem()
                        && blocks.get(j + 1).isItem()
                        && Items.words(blocks.get(j).text()) <= 12) {
                    focus.add(headline(title(blocks.get(j))));
                    j = Items.end(blocks, j + 1, this::isHeading);
                }
                after = j;
            }
            break;
        }
        return new ScopeFound(core, focus, after);
    }

    // ---------------------------------------------------------------- themes

    /** A theme and the block index of its heading. */
    record ThemeFound(Theme theme, int at, List<String> notable) {}

    private List<ThemeFound> themes(ScopeFound scope) {
        Set<String> focus = new LinkedHashSet<>();
        scope.focus().forEach(f -> focus.add(Components.normalise(f)));
        scope.core().forEach(f -> focus.add(Components.normalise(f)));
        List<ThemeFound> themes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean started = false;
        boolean underParent = false;
        for (int i = scope.end(); i < blocks.size(); i++) {
            Strength strength = headingStrength(i);
            if (strength == Strength.NONE && !namesFocus(i, focus)) {
                continue;
            }
            Block b = blocks.get(i);
            String title = title(b);
            if (sub(i) != null) {
                continue;
            }
            String headline = headline(title);
            String id = Components.idOf(headline);
            boolean named = id != null || focus.contains(Components.normalise(headline));
            boolean numberedSub = number(b) != null && number(b).length >= 2;
            boolean nonTheme = id == null && NON_THEME.matcher(headline).find();
            boolean parent =
                    id == null && !named && FEEDBACK_PARENT.matcher(headline).find();
            boolean followedByList = i + 1 < blocks.size() && blocks.get(i + 1).isItem();
            if (parent) {
                underParent = true;
                continue;
            }
            if (nonTheme) {
                if (started) {
                    break;
                }
                underParent = false;
                continue;
            }
            boolean strongEnough =
                    strength == Strength.STRONG || named || introducesSubheading(i, Items.words(headline));
            if (!strongEnough || followedByList) {
                continue;
            }
            boolean isTheme = named || hasSubheading(i) || numberedSub && (underParent || started) || started;
            if (!isTheme) {
                continue;
            }
            started = true;
            if (!seen.add(Components.normalise(headline))) {
                continue;
            }
            themes.add(theme(i, headline, id));
        }
        return themes;
    }

    /** A short line that is exactly one of the scope's focus areas or components. */
    private boolean namesFocus(int i, Set<String> focus) {
        Block b = blocks.get(i);
        if (b.isItem() || Items.words(b.text()) > 12) {
            return false;
        }
        String headline = headline(title(b));
        return !endsSentence(headline) && focus.contains(Components.normalise(headline));
    }

    private boolean hasSubheading(int i) {
        int end = sectionEnd(i);
        for (int j = i + 1; j < end; j++) {
            if (sub(j) != null) {
                return true;
            }
        }
        return false;
    }

    private ThemeFound theme(int at, String heading, @Nullable String id) {
        List<String> strengths = new ArrayList<>();
        List<String> challenges = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        List<String> notable = new ArrayList<>();
        int end = sectionEnd(at);
        for (int j = at + 1; j < end; j++) {
            Sub sub = sub(j);
            if (sub == null) {
                continue;
            }
            int list = j + 1;
            // One short introduction may stand between the sub-heading and its list.
            if (list + 1 < end
                    && !blocks.get(list).isItem()
                    && !isHeading(list)
                    && blocks.get(list).text().endsWith(":")) {
                list++;
            }
            if (list >= end || !blocks.get(list).isItem()) {
                continue;
            }
            List<String> items = Items.texts(Items.groups(blocks, list, this::isHeading));
            switch (sub) {
                case STRENGTHS -> strengths.addAll(items);
                case CHALLENGES -> challenges.addAll(items);
                case RECOMMENDATIONS -> recommendations.addAll(items);
                case NOTABLE_PRACTICE -> notable.addAll(items);
            }
        }
        return new ThemeFound(new Theme(heading, id, strengths, challenges, recommendations), at, notable);
    }

    // ---------------------------------------------------------------- key recommendations

    private List<String> keyRecommendations(ScopeFound scope, List<ThemeFound> themes) {
        int firstTheme = themes.isEmpty() ? blocks.size() : themes.getFirst().at();
        for (int i = 0; i < firstTheme; i++) {
            if (!isHeading(i)
                    || !(KEY_RECOMMENDATIONS.matcher(title(blocks.get(i))).matches() || sectionRecommendations(i))) {
                continue;
            }
            // 2024 reports: "Recommendation 1", "Recommendation 2" … each a heading over its paragraph.
            List<String> numbered = numberedRecommendations(i + 1);
            if (!numbered.isEmpty()) {
                return numbered;
            }
            // Bold headlines are the recommendations themselves here, not headings.
            int end = i + 1;
            while (end < blocks.size()
                    && !(isHeading(end)
                            && sub(end) == null
                            && !(headingStrength(end) == Strength.WEAK
                                    && blocks.get(end).isBold()))) {
                end++;
            }
            for (int j = i + 1; j < end; j++) {
                if (blocks.get(j).isItem()) {
                    List<Items.Group> groups = Items.groups(blocks, j, this::isHeading);
                    List<String> out = new ArrayList<>();
                    for (Items.Group g : groups) {
                        out.add(g.boldLead().isEmpty() ? Items.joined(g) : Inline.stripMarks(g.boldLead()));
                    }
                    return out;
                }
            }
            List<String> headlines = new ArrayList<>();
            for (int j = i + 1; j < end; j++) {
                Block b = blocks.get(j);
                if (b.boldLead() != null && !isHeading(j) || b.isBold() && Items.words(b.text()) <= 40) {
                    headlines.add(Inline.stripMarks(b.boldLead()));
                }
            }
            if (!headlines.isEmpty()) {
                return headlines;
            }
            break;
        }
        // Prose key recommendations: the numbered list of the same points in a closing section.
        for (int i = scope.end(); i < blocks.size(); i++) {
            if (!isHeading(i) || !GOING_FORWARD.matcher(title(blocks.get(i))).find()) {
                continue;
            }
            int end = sectionEnd(i);
            for (int j = i + 1; j < end; j++) {
                if (blocks.get(j).isOrderedItem() && !blocks.get(j - 1).isItem()) {
                    List<Items.Group> groups = Items.groups(blocks, j, this::isHeading);
                    if (groups.size() >= 2) {
                        int listEnd = Items.end(blocks, j, this::isHeading);
                        return groups.stream()
                                .map(g -> expandKeyArea(Items.joined(g), listEnd))
                                .toList();
                    }
                }
            }
        }
        // "Key areas" or "themes" for the council to work on, each expanded to its headline.
        for (int i = scope.end(); i + 1 < blocks.size(); i++) {
            Block intro = blocks.get(i);
            if (intro.isItem()
                    || !blocks.get(i + 1).isItem()
                    || !KEY_AREAS.matcher(intro.text()).find()) {
                continue;
            }
            int end = Items.end(blocks, i + 1, this::isHeading);
            List<String> out = new ArrayList<>();
            for (Items.Group g : Items.groups(blocks, i + 1, this::isHeading)) {
                out.add(expandKeyArea(Items.joined(g), end));
            }
            return out;
        }
        return List.of();
    }

    /** A top-level "Recommendations" section (numbered "3." or a markdown heading), not a theme's sub-heading. */
    private boolean sectionRecommendations(int i) {
        Block b = blocks.get(i);
        if (!PLAIN_RECOMMENDATIONS.matcher(title(b)).matches()) {
            return false;
        }
        int[] n = number(b);
        return n != null && n.length == 1 || b.isHeading() && b.level() <= 2;
    }

    /** The recommendations under "Recommendation N" headings from {@code from} on; empty where there are none. */
    private List<String> numberedRecommendations(int from) {
        List<String> out = new ArrayList<>();
        for (int j = from; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            Matcher m = NUMBERED_RECOMMENDATION.matcher(title(b));
            boolean numbered = Items.words(b.text()) <= 40 && m.matches();
            if (!numbered) {
                if (isHeading(j) && sub(j) == null && headingStrength(j) == Strength.STRONG) {
                    break;
                }
                continue;
            }
            if (m.group(1) != null && !m.group(1).isBlank()) {
                out.add(Inline.stripMarks(m.group(1).strip()));
                continue;
            }
            if (j + 1 < blocks.size()
                    && !blocks.get(j + 1).isHeading()
                    && !NUMBERED_RECOMMENDATION
                            .matcher(title(blocks.get(j + 1)))
                            .matches()) {
                String text = blocks.get(j + 1).text();
                String first = SENTENCE.split(text)[0];
                out.add(Inline.stripMarks(Items.words(text) <= 40 ? text : first));
            }
        }
        return out;
    }

    private String expandKeyArea(String name, int from) {
        Pattern start = Pattern.compile("(?i)^" + Pattern.quote(name) + "\\s*[–—:-]\\s*\\S.*");
        for (int j = from; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (!b.isItem()
                    && Items.words(b.text()) <= 40
                    && start.matcher(b.text()).matches()) {
                return Inline.stripMarks(b.text());
            }
        }
        return name;
    }

    // ---------------------------------------------------------------- notable practice

    private List<String> notablePractice(List<ThemeFound> themes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!isHeading(i) || subheading(title(blocks.get(i))) != Sub.NOTABLE_PRACTICE) {
                continue;
            }
            int at = i;
            if (sub(i) != null && themes.stream().anyMatch(t -> t.at() < at && at < sectionEnd(t.at()))) {
                continue; // a theme's own sub-heading: collected with the theme
            }
            int end = sectionEnd(i);
            for (int j = i + 1; j < end; j++) {
                if (blocks.get(j).isItem()) {
                    out.addAll(Items.texts(Items.groups(blocks, j, this::isHeading)));
                    break;
                }
            }
        }
        for (ThemeFound t : themes) {
            out.addAll(t.notable());
        }
        return out;
    }

    // ---------------------------------------------------------------- facts in sentences

    private Activity activity() {
        return new Activity(
                firstNumber(PEOPLE, "people"), firstNumber(MEETINGS, "meetings"), firstNumber(HOURS, "hours"));
    }

    /** The first number the pattern finds, looking only in blocks that hold the word it counts. */
    private @Nullable Integer firstNumber(Pattern pattern, String word) {
        Matcher m = null;
        for (int i = 0; i < blocks.size() && m == null; i++) {
            if (lowerText(i).contains(word)) {
                Matcher candidate = pattern.matcher(blocks.get(i).text());
                m = candidate.find() ? candidate : null;
            }
        }
        if (m == null) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                try {
                    return Integer.valueOf(m.group(g).replace(",", ""));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private @Nullable YearMonth previousChallenge(OnSite onSite) {
        YearMonth visit = onSite.start() == null ? null : YearMonth.from(onSite.start());
        for (int i = 0; i < blocks.size(); i++) {
            String lowerBlock = lowerText(i);
            if (!(lowerBlock.contains("challenge")
                            || lowerBlock.contains("peer review")
                            || lowerBlock.contains("being in"))
                    || Dates.monthYears(blocks.get(i).text()).isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE.split(blocks.get(i).text())) {
                String lower = Items.lower(sentence);
                if (!EARLIER.matcher(sentence).find()
                        || !(lower.contains("challenge")
                                || lower.contains("peer review")
                                || lower.contains("being in"))) {
                    continue;
                }
                for (YearMonth ym : Dates.monthYears(sentence)) {
                    if (visit == null || ym.isBefore(visit)) {
                        return ym;
                    }
                }
            }
        }
        return null;
    }

    private @Nullable Integer followUpMonths() {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!lowerText(i).contains("within")) {
                continue;
            }
            Matcher m = WITHIN.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            boolean aboutFollowUp = FOLLOW_UP.matcher(b.text()).find();
            for (int back = i - 1; back >= Math.max(0, i - 3) && !aboutFollowUp; back--) {
                aboutFollowUp = isHeading(back)
                        && FOLLOW_UP.matcher(blocks.get(back).text()).find();
            }
            if (!aboutFollowUp) {
                continue;
            }
            String upper = m.group(2) != null ? m.group(2) : m.group(1);
            int value = numberWord(upper);
            return m.group(3).toLowerCase(Locale.ROOT).startsWith("year") ? value * 12 : value;
        }
        return null;
    }

    private static int numberWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "twelve" -> 12;
            case "eighteen" -> 18;
            case "twenty-four" -> 24;
            default -> Integer.parseInt(word);
        };
    }

    private @Nullable YearMonth nextChallengeDueBy() {
        for (int i = 0; i < blocks.size(); i++) {
            if (lowerText(i).contains("commission")) {
                Matcher m = NEXT_DUE.matcher(blocks.get(i).text());
                if (m.find()) {
                    return Dates.monthYear(m.group(1), m.group(2));
                }
            }
        }
        return null;
    }

    private String lowerText(int i) {
        String lower = lowerTexts[i];
        if (lower == null) {
            lower = blocks.get(i).text().toLowerCase(Locale.ROOT);
            lowerTexts[i] = lower;
        }
        return lower;
    }
}

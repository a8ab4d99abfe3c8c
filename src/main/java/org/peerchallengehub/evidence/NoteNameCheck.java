package org.peerchallengehub.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a person's name or an e-mail address in a note, so that the peer is warned
 * before saving it (notes are never attributed to the people met: decision 0060). A heuristic, written
 * down in decision 0061: an e-mail address; a title (Cllr, Councillor, Mr, Mrs, Ms, Miss, Dr) followed
 * by a capitalised word; or a common first name (the list in {@code evidence/first-names.txt}) followed
 * by a capitalised word that is not a common word of place or organisation (Council, Road, ...). It
 * errs towards warning: a warning costs the peer one click, a name in the evidence is a breach.
 */
final class NoteNameCheck {

    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)++");

    private static final String CAPITALISED =
            "\\p{Lu}['’]?(?:\\p{Lu}?\\p{Ll}++)++(?:-\\p{Lu}['’]?(?:\\p{Lu}?\\p{Ll}++)++)?+";

    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(" + CAPITALISED + ")", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern PAIR =
            Pattern.compile("\\b(\\p{Lu}\\p{Ll}++)\\s++(" + CAPITALISED + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** Capitalised words after a title or first name that name a place, body or role, not a surname. */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "Council",
            "Councils",
            "Borough",
            "County",
            "City",
            "District",
            "Road",
            "Street",
            "Lane",
            "Avenue",
            "Park",
            "Centre",
            "Center",
            "House",
            "Hall",
            "Court",
            "Square",
            "Way",
            "Close",
            "Estate",
            "School",
            "College",
            "Academy",
            "Hospital",
            "Trust",
            "Board",
            "Group",
            "Team",
            "Partnership",
            "Forum",
            "Committee",
            "Cabinet",
            "Scrutiny",
            "Development",
            "Programme",
            "Strategy",
            "Plan",
            "Services",
            "Service",
            "Fund",
            "Funding");

    private static final Set<String> FIRST_NAMES = load();

    private NoteNameCheck() {}

    /** What in the text looks like a name or an e-mail address, in order of appearance, without repeats. */
    static List<String> suspects(String text) {
        Set<String> found = new LinkedHashSet<>();
        List<int[]> spans = new ArrayList<>();
        collect(EMAIL.matcher(text), 0, found, spans);
        Matcher titled = TITLED.matcher(text);
        while (titled.find()) {
            if (!NOT_SURNAMES.contains(titled.group(1)) && free(spans, titled.start(), titled.end())) {
                found.add(titled.group().replaceAll("\\s+", " "));
                spans.add(new int[] {titled.start(), titled.end()});
            }
        }
        Matcher pair = PAIR.matcher(text);
        int from = 0;
        while (pair.find(from)) {
            // overlapping pairs: "Anna Maria Smith" is looked at as "Anna Maria" and "Maria Smith"
            from = pair.start(2);
            if (FIRST_NAMES.contains(pair.group(1))
                    && !NOT_SURNAMES.contains(pair.group(2))
                    && free(spans, pair.start(), pair.end())) {
                found.add(pair.group().replaceAll("\\s+", " "));
                spans.add(new int[] {pair.start(), pair.end()});
            }
        }
        return List.copyOf(found);
    }

    private static void collect(Matcher m, int group, Set<String> found, List<int[]> spans) {
        while (m.find()) {
            found.add(m.group(group));
            spans.add(new int[] {m.start(), m.end()});
        }
    }

    private static boolean free(List<int[]> spans, int start, int end) {
        return spans.stream().noneMatch(s -> start < s[1] && s[0] < end);
    }

    private static Set<String> load() {
        try (InputStream in = NoteNameCheck.class.getResourceAsStream("/evidence/first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("evidence/first-names.txt is missing from the class path");
            }
            Set<String> names = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

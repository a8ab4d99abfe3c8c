package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.peerchallengehub.evidence.ComponentSuggestModel.Example;
import org.peerchallengehub.evidence.ComponentSuggestModel.Parameters;
import org.peerchallengehub.evidence.ComponentSuggestRepository.LabelledNote;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.FrameworkVersion;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.MappedComponent;
import org.peerchallengehub.frameworks.MappingRelation;
import org.peerchallengehub.knowledge.LabelledFindings;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;
import org.peerchallengehub.shared.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Suggests the component of a framework version that a text bears on (issue 16, decision 0063): the
 * framework's components ranked best first, each with a score in 0..1. It learns from the components'
 * headlines and questions, from the published findings that carry a component (knowledge base) and
 * from the notes peers have filed and labelled in every challenge; labels of another framework version
 * are carried over through the mapping between versions. One model per framework version is kept in
 * memory; at most every {@code hub.suggest.recheck-seconds} a request has a background thread check a
 * fingerprint of the labelled data and rebuild the model when it changed, so a request never waits
 * for a rebuild (only the very first one for a framework builds the model).
 */
@Service
class ComponentSuggester {

    /** The longest text suggested for (the longest note). */
    static final int MAX_CHARS = 10_000;
    /** The most notes without a stored vector embedded for one build (the rest wait for the next). */
    static final int MAX_EMBEDDED_PER_BUILD = 500;

    private static final Logger log = LoggerFactory.getLogger(ComponentSuggester.class);

    /** A text carrying a component label of any framework version, with its vector and weight. */
    record Label(String componentId, float[] vector, double weight) {}

    private record Built(ComponentSuggestModel model, String stamp) {}

    private final Frameworks frameworks;
    private final LabelledFindings findings;
    private final ComponentSuggestRepository notes;
    private final SentenceEmbeddings embeddings;
    private final Parameters parameters;
    private final long recheckNanos;

    private final Map<String, Built> models = new ConcurrentHashMap<>();
    private final Map<String, Long> checkedAt = new ConcurrentHashMap<>();
    private final Set<String> checking = ConcurrentHashMap.newKeySet();
    private final Map<String, float[]> embedded = new ConcurrentHashMap<>();
    private final ReentrantLock building = new ReentrantLock();

    ComponentSuggester(
            Frameworks frameworks,
            LabelledFindings findings,
            ComponentSuggestRepository notes,
            SentenceEmbeddings embeddings,
            @Value("${hub.suggest.recheck-seconds:10}") long recheckSeconds) {
        this.frameworks = frameworks;
        this.findings = findings;
        this.notes = notes;
        this.embeddings = embeddings;
        this.parameters = Parameters.CHOSEN;
        this.recheckNanos = recheckSeconds * 1_000_000_000L;
    }

    /**
     * The framework's components ranked for the text, best first; empty when there is no such
     * framework version. A blank text, or one longer than {@link #MAX_CHARS}, is refused.
     */
    Optional<List<ComponentSuggestion>> suggest(String frameworkId, String text) {
        check(text);
        Optional<Built> built = model(frameworkId);
        if (built.isEmpty()) {
            return Optional.empty();
        }
        ComponentSuggestModel model = built.get().model();
        List<String> sentences = scoredSentences(text, parameters);
        if (sentences.isEmpty()) {
            return Optional.of(model.rank(embeddings.embed(text.strip())));
        }
        if (parameters.sentences() >= 1) {
            // The whole text's vector would count for nothing: only the sentences are embedded.
            return Optional.of(model.rank(null, embeddings.embedAll(sentences)));
        }
        List<String> texts = new ArrayList<>(sentences.size() + 1);
        texts.add(text.strip());
        texts.addAll(sentences);
        List<float[]> vectors = embeddings.embedAll(texts);
        return Optional.of(model.rank(vectors.getFirst(), vectors.subList(1, vectors.size())));
    }

    /** The most sentences a text is scored by; a longer text is scored by as many spread evenly over it. */
    static final int MAX_SENTENCES = 12;

    /**
     * The sentences a text is scored by (decision 0063): all of them, or {@value #MAX_SENTENCES} spread
     * evenly over a longer text, which bounds the cost of a long text; none (score the whole text) for
     * a single sentence, when the parameters do not score by sentences, or when the chosen sentences
     * are over 3,000 characters long together (sentences that long are not sentences).
     */
    static List<String> scoredSentences(String text, Parameters parameters) {
        if (parameters.sentences() <= 0) {
            return List.of();
        }
        List<String> all = sentences(text);
        List<String> chosen = all;
        if (all.size() > MAX_SENTENCES) {
            chosen = new ArrayList<>(MAX_SENTENCES);
            for (int i = 0; i < MAX_SENTENCES; i++) {
                chosen.add(all.get((int) ((long) i * all.size() / MAX_SENTENCES)));
            }
        }
        int length = chosen.stream().mapToInt(String::length).sum();
        return chosen.size() < 2 || length > 3_000 ? List.of() : chosen;
    }

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<=[.!?;:])\\s+(?=[\\p{Lu}0-9\"'‘“(])|\\s*\\n+\\s*");

    /** The text's sentences (and lines), a fragment of under four words joined to the one before. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            String s = part.strip().replaceFirst("^[-•*]\\s*", "");
            if (s.isEmpty()) {
                continue;
            }
            if (!sentences.isEmpty() && s.split("\\s+").length < 4) {
                sentences.set(sentences.size() - 1, sentences.getLast() + " " + s);
            } else {
                sentences.add(s);
            }
        }
        return sentences;
    }

    /** Whether there is such a framework version (answered from memory once its model is built). */
    boolean knows(String frameworkId) {
        return models.containsKey(frameworkId)
                || frameworks.version(frameworkId).isPresent();
    }

    /** Refuses a text that cannot be suggested for, with a sentence saying why. */
    static void check(String text) {
        if (text.isBlank()) {
            throw new BadRequestException("The text is empty: send the words of the note to suggest a component for.");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadRequestException(String.format(
                    java.util.Locale.ROOT,
                    "The text is %,d characters long; at most %,d are accepted.",
                    text.length(),
                    MAX_CHARS));
        }
    }

    /** The framework's model, built now if there is none, and checked in the background now and then. */
    private Optional<Built> model(String frameworkId) {
        Built built = models.get(frameworkId);
        if (built != null) {
            recheckInBackground(frameworkId);
            return Optional.of(built);
        }
        building.lock();
        try {
            built = models.get(frameworkId);
            if (built == null) {
                Optional<FrameworkVersion> version = frameworks.version(frameworkId);
                if (version.isEmpty()) {
                    return Optional.empty();
                }
                built = build(version.get(), stamp());
                models.put(frameworkId, built);
                checkedAt.put(frameworkId, System.nanoTime());
            }
            return Optional.of(built);
        } finally {
            building.unlock();
        }
    }

    private void recheckInBackground(String frameworkId) {
        Long last = checkedAt.get(frameworkId);
        if (last != null && System.nanoTime() - last < recheckNanos) {
            return;
        }
        if (!checking.add(frameworkId)) {
            return;
        }
        Thread.ofPlatform().daemon().name("component-suggester-" + frameworkId).start(() -> {
            try {
                refresh(frameworkId);
            } catch (RuntimeException e) {
                log.warn("Could not refresh the component suggestion for {}", frameworkId, e);
            } finally {
                checking.remove(frameworkId);
            }
        });
    }

    /** Rebuilds the framework's model now if the labelled data changed since it was built. */
    void refresh(String frameworkId) {
        String stamp = stamp();
        Built current = models.get(frameworkId);
        checkedAt.put(frameworkId, System.nanoTime());
        if (current != null && current.stamp().equals(stamp)) {
            return;
        }
        building.lock();
        try {
            Optional<FrameworkVersion> version = frameworks.version(frameworkId);
            if (version.isEmpty()) {
                models.remove(frameworkId);
                return;
            }
            long started = System.nanoTime();
            Built built = build(version.get(), stamp);
            models.put(frameworkId, built);
            log.info(
                    "Component suggestion for {} rebuilt from {} labelled texts in {} ms",
                    frameworkId,
                    built.model().learntFrom(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            building.unlock();
        }
    }

    private String stamp() {
        return findings.stamp() + "|" + notes.stamp();
    }

    private Built build(FrameworkVersion version, String stamp) {
        List<Label> labels = new ArrayList<>(cueLabels());
        findings.all().forEach(f -> labels.add(new Label(f.componentId(), f.vector(), 1)));
        labels.addAll(noteLabels());
        return new Built(model(version, labels), stamp);
    }

    /** A model for the framework version from labels of any version, mapped onto its components. */
    ComponentSuggestModel model(FrameworkVersion version, List<Label> labels) {
        List<FrameworkComponent> components = version.components();
        Set<String> ids = new LinkedHashSet<>();
        labels.forEach(l -> ids.add(l.componentId()));
        Map<String, List<MappedComponent>> counterparts = frameworks.counterparts(ids, version.id());
        return model(components, prototypes(components), labels, counterparts, parameters);
    }

    /** The components' prototype vectors (headline and question), embedded once. */
    List<float[]> prototypes(List<FrameworkComponent> components) {
        return embedOnce(
                components.stream().map(ComponentSuggester::prototypeText).toList());
    }

    /** The cues written for components (decision 0063), as labels of weight {@code cueWeight}. */
    List<Label> cueLabels() {
        List<ComponentSuggestRepository.Cue> cues = notes.cues();
        List<float[]> vectors = embedOnce(
                cues.stream().map(ComponentSuggestRepository.Cue::text).toList());
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            labels.add(new Label(cues.get(i).componentId(), vectors.get(i), parameters.cueWeight()));
        }
        return labels;
    }

    /** The texts' vectors; each distinct text embedded once for the application's life (a few hundred). */
    private List<float[]> embedOnce(List<String> texts) {
        List<String> missing =
                texts.stream().filter(t -> !embedded.containsKey(t)).distinct().toList();
        List<float[]> vectors = embeddings.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            embedded.put(missing.get(i), vectors.get(i));
        }
        return texts.stream().map(embedded::get).toList();
    }

    static String prototypeText(FrameworkComponent component) {
        return component.headline() + ". " + component.question();
    }

    /**
     * The model: each label counts for every component of the framework it maps to, fully when the two
     * are equivalent and with {@code partWeight} when they overlap only in part.
     */
    static ComponentSuggestModel model(
            List<FrameworkComponent> components,
            List<float[]> prototypes,
            List<Label> labels,
            Map<String, List<MappedComponent>> counterparts,
            Parameters parameters) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (FrameworkComponent c : components) {
            index.put(c.id(), ids.size());
            ids.add(c.id());
        }
        List<Example> examples = new ArrayList<>();
        for (Label label : labels) {
            for (MappedComponent mapped : counterparts.getOrDefault(label.componentId(), List.of())) {
                Integer at = index.get(mapped.component().id());
                double weight = label.weight()
                        * (mapped.relation() == MappingRelation.EQUIVALENT ? 1 : parameters.partWeight());
                if (at != null && weight > 0) {
                    examples.add(new Example(at, label.vector(), weight));
                }
            }
        }
        return new ComponentSuggestModel(ids, prototypes, examples, parameters);
    }

    /** The labelled notes, each code weighing 1 / the note's number of codes; missing vectors embedded. */
    private List<Label> noteLabels() {
        List<LabelledNote> rows = notes.labelledNotes();
        Map<Long, String> unembedded = new LinkedHashMap<>();
        for (LabelledNote row : rows) {
            if (row.vector() == null && unembedded.size() < MAX_EMBEDDED_PER_BUILD) {
                unembedded.put(row.noteId(), row.text());
            }
        }
        Map<Long, float[]> embedded = new HashMap<>();
        if (!unembedded.isEmpty()) {
            List<Long> ids = List.copyOf(unembedded.keySet());
            List<float[]> vectors = embeddings.embedAll(List.copyOf(unembedded.values()));
            for (int i = 0; i < ids.size(); i++) {
                embedded.put(ids.get(i), vectors.get(i));
                notes.storeVector(ids.get(i), vectors.get(i));
            }
        }
        List<Label> labels = new ArrayList<>();
        for (LabelledNote row : rows) {
            float[] vector = row.vector() != null ? row.vector() : embedded.get(row.noteId());
            if (vector != null && vector.length == SentenceEmbeddings.DIMENSIONS) {
                labels.add(new Label(row.componentId(), vector, 1.0 / Math.max(1, row.codes())));
            }
        }
        return labels;
    }
}

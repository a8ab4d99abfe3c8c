package org.peerchallengehub.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;

/**
 * The signals' thresholds, points and rationales as data: {@code risk/signals.csv}, one row per signal
 * and parameter ({@code signal,parameter,value}). Plain Java: the tests read the same file.
 */
final class Thresholds {

    static final String RESOURCE = "/risk/signals.csv";

    private final Map<String, Map<String, String>> bySignal;

    private Thresholds(Map<String, Map<String, String>> bySignal) {
        this.bySignal = bySignal;
    }

    /** The shipped file. */
    static Thresholds shipped() {
        try (InputStream in = Thresholds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Thresholds read(Reader reader) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (CsvRecord row : CsvReader.readAll(reader)) {
            String signal = row.require("signal").strip();
            String parameter = row.require("parameter").strip();
            String value = row.require("value").strip();
            if (all.computeIfAbsent(signal, s -> new LinkedHashMap<>()).put(parameter, value) != null) {
                throw new IllegalArgumentException(
                        "Line " + row.line() + ": " + signal + " " + parameter + " is given twice");
            }
        }
        return new Thresholds(all);
    }

    /** The parameters of one signal; a signal the file does not name is an error. */
    SignalParameters of(String signal) {
        Map<String, String> values = bySignal.get(signal);
        if (values == null) {
            throw new IllegalStateException("risk/signals.csv has no rows for the signal " + signal);
        }
        return new SignalParameters(signal, values);
    }

    /** With one parameter changed (for tests and the method page's "what if"). */
    Thresholds with(String signal, String parameter, String value) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        bySignal.forEach((s, p) -> copy.put(s, new LinkedHashMap<>(p)));
        copy.computeIfAbsent(signal, s -> new LinkedHashMap<>()).put(parameter, value);
        return new Thresholds(copy);
    }

    /** The parameters of one signal, read by name. */
    record SignalParameters(String signal, Map<String, String> values) {

        String text(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("risk/signals.csv: " + signal + " has no " + name);
            }
            return value;
        }

        double number(String name) {
            String value = text(name);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(
                        "risk/signals.csv: " + signal + " " + name + " is not a number: " + value);
            }
        }

        int whole(String name) {
            return (int) Math.round(number(name));
        }

        String title() {
            return text("title");
        }

        String rationale() {
            return text("rationale");
        }
    }
}

package org.peerchallengehub.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns binding failures of query parameters into sentences a person can act on. */
final class ParameterMessages {

    private ParameterMessages() {}

    static String of(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String name = e.getName();
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase().replace('_', '-'))
                    .collect(Collectors.joining(", "));
            return name + " must be one of: " + allowed;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return name + " must be a whole number";
        }
        if (type == java.time.LocalDate.class) {
            return name + " must be a date written as YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return name + " must be true or false";
        }
        return name + " is not in the expected format";
    }

    static String of(MissingServletRequestParameterException e) {
        return e.getParameterName() + " is required";
    }
}

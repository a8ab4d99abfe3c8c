package org.peerchallengehub.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link DateInput @DateInput} {@link DateFields} parameter from the request, once for every controller. */
class DateInputArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(DateInput.class) && parameter.getParameterType() == DateFields.class;
    }

    @Override
    public DateFields resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        DateInput input = parameter.getParameterAnnotation(DateInput.class);
        String name = input == null ? parameter.getParameterName() : input.value();
        return fields(
                request.getParameter(name + "Day"),
                request.getParameter(name + "Month"),
                request.getParameter(name + "Year"),
                request.getParameter(name));
    }

    static DateFields fields(
            @Nullable String day, @Nullable String month, @Nullable String year, @Nullable String single) {
        if (day != null || month != null || year != null) {
            return new DateFields(day, month, year);
        }
        return single == null ? new DateFields(null, null, null) : DateFields.fromText(single);
    }
}

package org.peerchallengehub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link DateFields} handler parameter from the GOV.UK date input named {@code value}: the request
 * parameters {@code valueDay}, {@code valueMonth} and {@code valueYear} (see {@code templates/govuk/date-input.html}).
 * When none of the three is sent, a single parameter {@code value} written as {@code 2021-03-31} (the form
 * links use) or {@code 31/03/2021} is read instead, so existing links keep working. The binding never
 * fails: the controller asks {@link DateFields#parse} or {@link DateFields#parseOptional} for the date and
 * redisplays its form with the message when it is not a real one.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DateInput {

    /** The field's name: the prefix of its three request parameters. */
    String value();
}

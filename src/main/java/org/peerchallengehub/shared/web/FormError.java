package org.peerchallengehub.shared.web;

/** A message for one form field; the error summary links to the field's id. */
public record FormError(String field, String message) {}

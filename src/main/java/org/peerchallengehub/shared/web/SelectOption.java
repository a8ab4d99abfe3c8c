package org.peerchallengehub.shared.web;

/** One option of a GOV.UK select. */
public record SelectOption(String value, String label) {}

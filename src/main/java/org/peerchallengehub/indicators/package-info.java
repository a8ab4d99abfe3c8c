/**
 * The metric store: what is measured about councils (metrics with unit, polarity, period type, theme,
 * source and licence; derived metrics with their formula), the values per council and period with
 * the date each became known, Ofsted inspections of children's services, and the imports that bring
 * them in. {@link org.peerchallengehub.indicators.Indicators} answers every question "as known on a
 * date".
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"shared", "councils"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.indicators;

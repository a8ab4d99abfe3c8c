/**
 * Early warning (issue 19): signals that a council may be heading for trouble, each a small named
 * policy behind the sealed {@link org.peerchallengehub.risk.Signal} with its thresholds as data
 * ({@code risk/signals.csv}); events recorded by advisers or imported (section 114 notices, interventions,
 * audit opinions, senior departures…); the assessment of every council "as known on" a date, combined
 * into a concern level and a score by a documented method (decision 0080); the backtest on history;
 * the watch list. Confidential: principal advisers (their region) and the programme team only; anyone
 * else signed in gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Risk",
        allowedDependencies = {"shared", "councils", "indicators", "challenges", "identity"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.risk;

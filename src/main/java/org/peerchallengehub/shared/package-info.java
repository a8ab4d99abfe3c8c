/**
 * Shared kernel: the audit trail, the signed-in user's identity as the other modules see it, route
 * access rules, the embedded database and the GOV.UK web scaffolding. Every module may use it; it
 * depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.shared;

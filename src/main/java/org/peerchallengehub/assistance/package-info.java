/**
 * The principal adviser's record of the support given to councils (issue 19, item 3; decision 0095):
 * which adviser is each council's contact (one at a time, history kept), the conversations held with a
 * council (who took part by post, never by name), and the support offered or agreed — peer challenge,
 * finance peer review, mentoring, seconded staff, funding, improvement board or other — through its
 * guarded life (offered, agreed or declined, under way, completed). Confidential to principal advisers
 * and the programme team: anyone else signed in gets 404 on every page and API. A council's own users see
 * only a written summary the programme team has shared with them, in their workspace. Named
 * {@code assistance} because {@code org.peerchallengehub.support} is the test support package.
 *
 * <p>Public API for other modules (the risk module's watch list): {@link SupportRecord}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assistance",
        allowedDependencies = {"shared", "councils", "identity"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.assistance;

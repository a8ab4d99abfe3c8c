package org.peerchallengehub.knowledge;

/**
 * A small made-up report written for these tests (not taken from any published report), so that the
 * tests of encodings, bad files, the command line and the API run without the shared fixtures.
 */
public final class SampleReport {

    private SampleReport() {}

    static final String COUNCIL = "Rutland County Council";

    public static final String TEXT =
            """
            Corporate Peer Challenge

            Rutland County Council

            3 – 6 March 2025

            Feedback Report

            1. Executive Summary

            The council’s leadership is well regarded and its finances are under pressure; the team saw £2m of savings still to find.

            2. Key recommendations

            - Refresh the medium term financial strategy and close the budget gap
            - Agree a small number of priorities with partners

            3. Summary of the Peer Challenge approach

            The peer team

            The peers who delivered the peer challenge were:

            - Jane Example – Chief Executive, Example District Council
            - Cllr Sam Sample, Leader, Sample Borough Council
            - Alex Person – Local Government Association

            Scope and focus

            The peer team considered the following core components:

            1. Leadership of Place: Does the council provide effective leadership of place?
            2. Financial planning and viability: Does the council have a financial plan in place?

            In addition you asked us to consider:

            - How can the council grow its visitor economy?

            The team spoke to more than 60 people in more than 20 meetings, and spent more than 150 hours on site.

            4. Feedback

            4.1 Leadership of Place

            Partners value the council’s convening role.

            Strengths

            - Strong partnerships with health and the police

            Areas for consideration

            - Partners are unclear about shared priorities:
              - set joint outcomes
              - review the partnership board

            Recommendations

            - Agree a small number of priorities with partners

            4.2 Financial planning and viability

            The council has a balanced budget for this year only.

            Recommendations

            - Refresh the medium term financial strategy and close the budget gap

            5. Next steps

            Follow up visit

            The timing of the visit is determined by the council. Our expectation is that it will occur within the next 2 years.

            The council should commission their next Peer Challenge before March 2030.
            """;
}

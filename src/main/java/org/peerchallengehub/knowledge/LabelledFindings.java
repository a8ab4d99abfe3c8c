package org.peerchallengehub.knowledge;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published findings that carry a framework component, as (component id, vector): what other
 * modules learn from to suggest a component for a text (issue 16). The component ids are those stored
 * with each finding, of whatever framework version its report used; the vectors are the stored
 * all-MiniLM-L6-v2 vectors of the findings' texts (length 1), so findings still waiting for theirs are
 * left out. One row per distinct (component, text).
 */
@Service
public class LabelledFindings {

    /** A finding's component and the vector of its text. */
    public record Labelled(String componentId, float[] vector) {}

    private final JdbcClient jdbc;

    LabelledFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Labelled> all() {
        return jdbc.sql(
                        """
                        select distinct on (f.component_id, f.text_key) f.component_id, e.scale, e.vector
                        from report_finding f join text_embedding e on e.text_key = f.text_key
                        where f.component_id is not null
                        order by f.component_id, f.text_key
                        """)
                .query((rs, n) -> new Labelled(rs.getString(1), vector(rs.getBytes(3), rs.getFloat(2))))
                .list();
    }

    /**
     * A cheap fingerprint of what {@link #all()} would return: it changes when labelled findings are
     * added or removed or when vectors are stored.
     */
    @Transactional(readOnly = true)
    public String stamp() {
        return jdbc.sql(
                        """
                        select count(*) || '/' || coalesce(max(id), 0) || '/'
                          || (select coalesce(max(seq), 0) from text_embedding)
                        from report_finding where component_id is not null
                        """)
                .query(String.class)
                .single();
    }

    private static float[] vector(byte[] quantised, float scale) {
        float[] v = new float[quantised.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = quantised[i] * scale;
            norm += (double) v[i] * v[i];
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inverse;
            }
        }
        return v;
    }
}

package org.peerchallengehub.shared.database;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reference data set (the council register, each file of the starting dataset) was last loaded
 * with which checksum: the shared table {@code reference_data_load}, behind the one API the modules
 * use (decision 0020: a module's SQL names only its own tables). Runs in the caller's transaction.
 */
@Component
public class ReferenceDataLoads {

    private final JdbcClient jdbc;

    ReferenceDataLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The checksum the data set was last loaded with, if it was. */
    public Optional<String> checksum(String dataset) {
        return jdbc.sql("select checksum from reference_data_load where dataset = :d")
                .param("d", dataset)
                .query(String.class)
                .optional();
    }

    /** Records that the data set was loaded with this checksum and number of rows. */
    public void record(String dataset, String checksum, int rows) {
        jdbc.sql(
                        """
                        insert into reference_data_load (dataset, checksum, row_count) values (:d, :c, :n)
                        on conflict (dataset) do update set checksum = :c, row_count = :n, loaded_at = now()
                        """)
                .param("d", dataset)
                .param("c", checksum)
                .param("n", rows)
                .update();
    }

    /** Whether any data set whose name starts with the prefix was ever loaded. */
    public boolean anyLoaded(String prefix) {
        return jdbc.sql("select exists (select 1 from reference_data_load where starts_with(dataset, :p))")
                .param("p", prefix)
                .query(Boolean.class)
                .single();
    }
}

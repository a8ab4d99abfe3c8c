package org.peerchallengehub.indicators;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams values into PostgreSQL with COPY (text format), on the caller's transaction, in chunks: a
 * million rows never sit in memory at once. {@link #staging} copies into a temporary table dropped at
 * commit or rollback, from which the import upserts; {@link #into} copies straight into a table.
 */
final class StagingCopy {

    static final String TABLE = "metric_value_staging";
    private static final int CHUNK = 1 << 18;

    private final Connection connection;
    private final String table;
    private final boolean temporary;
    private @Nullable CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 256);
    private long rows;

    private StagingCopy(Connection connection, String table, boolean temporary) {
        this.connection = connection;
        this.table = table;
        this.temporary = temporary;
    }

    static StagingCopy staging(Connection connection) {
        return new StagingCopy(connection, TABLE, true);
    }

    static StagingCopy into(Connection connection, String table) {
        return new StagingCopy(connection, table, false);
    }

    void add(String area, int metricNum, LocalDate periodEnd, LocalDate published, double value) {
        buffer.append(area)
                .append('\t')
                .append(metricNum)
                .append('\t')
                .append(periodEnd)
                .append('\t')
                .append(published)
                .append('\t')
                .append(value)
                .append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends what is left and ends the COPY; returns the rows staged. */
    long finish() {
        try {
            if (rows == 0) {
                return 0;
            }
            flush();
            return copy().endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the values: " + e.getMessage(), e);
        }
    }

    /** Abandons the COPY (the transaction rolls back anyway). */
    void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy().writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the values: " + e.getMessage(), e);
        }
    }

    private CopyIn copy() throws SQLException {
        if (copy == null) {
            if (temporary) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create temp table if not exists " + table
                            + " (area varchar(9) collate \"C\" not null, metric_num integer not null, period_end date not null,"
                            + " published date not null, value double precision not null) on commit drop");
                }
            }
            copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (area, metric_num, period_end, published, value) from stdin");
        }
        return copy;
    }
}

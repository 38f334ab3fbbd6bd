package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One prepared INSERT fed row by row into a JDBC batch (Oracle sends a batch as one array-bound round trip).
 * Instants are written as UTC timestamps, as the application's InstantConverter reads them.
 */
final class BatchTable implements AutoCloseable {

    private final String table;
    private final PreparedStatement statement;
    private final int columns;
    private int column;
    private int pending;
    private long written;

    BatchTable(Connection connection, String table, String... columnNames) throws SQLException {
        this.table = table;
        this.columns = columnNames.length;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ("
                + "?, ".repeat(columns - 1) + "?)";
        this.statement = connection.prepareStatement(sql);
    }

    BatchTable set(Object value) throws SQLException {
        int index = ++column;
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof LocalDate d) {
            statement.setDate(index, Date.valueOf(d));
        } else if (value instanceof Instant t) {
            statement.setTimestamp(index, Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC)));
        } else {
            throw new IllegalArgumentException(table + ": no binding for " + value.getClass());
        }
        return this;
    }

    void row(Object... values) throws SQLException {
        for (Object value : values) {
            set(value);
        }
        end();
    }

    void end() throws SQLException {
        if (column != columns) {
            throw new IllegalStateException(table + ": " + column + " values for " + columns + " columns");
        }
        column = 0;
        statement.addBatch();
        pending++;
        written++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    int pending() {
        return pending;
    }

    long written() {
        return written;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}

package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A block of keys taken from a database sequence, so rows written here never collide with keys the application
 * takes later. The sequence's increment is raised to the block size for one step and then set back: works on
 * Oracle and on H2 in Oracle mode alike (Oracle before 18c has no RESTART). Not to be used while the application
 * runs against the same database: a NEXTVAL it took during those two statements would jump by the block size.
 *
 * <p>The application's sequences run with INCREMENT BY 50 and EclipseLink uses the 50 values ending at the value
 * it fetched; the block starts after the NEXTVAL taken first, so neither can overlap.
 */
final class SequenceBlock {

    private final String sequence;
    private final long last;
    private long next;

    private SequenceBlock(String sequence, long first, long last) {
        this.sequence = sequence;
        this.next = first;
        this.last = last;
    }

    static SequenceBlock reserve(Connection connection, String sequence, int increment, long size) throws SQLException {
        if (size < 1) {
            size = 1;
        }
        try (Statement statement = connection.createStatement()) {
            long previous = nextValue(statement, sequence);
            statement.execute("ALTER SEQUENCE " + sequence + " INCREMENT BY " + size);
            try {
                // Oracle applies the new increment to the next NEXTVAL; H2 has that value computed already and
                // applies it one step later. Either way the block is the first gap of exactly `size`.
                for (int attempt = 0; attempt < 3; attempt++) {
                    long value = nextValue(statement, sequence);
                    if (value - previous == size) {
                        return new SequenceBlock(sequence, previous + 1, value);
                    }
                    previous = value;
                }
            } finally {
                statement.execute("ALTER SEQUENCE " + sequence + " INCREMENT BY " + increment);
            }
            throw new SQLException("Sequence " + sequence + " did not step by " + size + " while reserving keys: "
                    + "is the application running against this database?");
        }
    }

    private static long nextValue(Statement statement, String sequence) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT " + sequence + ".NEXTVAL FROM DUAL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long next() {
        if (next > last) {
            throw new IllegalStateException("Key block of " + sequence + " exhausted at " + last);
        }
        return next++;
    }
}

package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.time.Duration;
import java.util.Map;

/** Rows written per table and how long it took. */
public record GenerationSummary(Map<String, Long> rows, Duration took) {

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return totalRows() + " rows in " + took.toMillis() + " ms " + rows;
    }
}

package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The indexes that make a bulk load slow, taken off for a load into an empty database and built afterwards. The
 * generator writes parents before children and each table in key order, so an index led by a key to a generated
 * parent ({@code claim_id}, {@code participant_id}) grows at its right edge: cheap to keep. An index led by anything
 * else (status, dates, names, units) takes each row at a random place: a B-tree descent per row and, on H2, a page
 * rewritten at every commit, which dominated the generator's profile; built afterwards, the database sorts it once.
 * A foreign key to a table the generator does not write (service units, files) goes with its index and is put back
 * after the load, which checks every loaded row against its parent; the others stay and check each row as it comes.
 * Unique and primary keys stay in place throughout: they refuse a duplicate at the row that makes it.
 *
 * <p>Read from {@link DatabaseMetaData}, so the same code serves H2 and Oracle. Only for a database nobody else uses
 * while it loads: queries would run without the indexes and writes without those foreign keys.
 */
final class DeferredIndexes {

    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class.getName());

    record Index(String name, String table, List<String> columns) {
        String create() {
            return "CREATE INDEX " + name + " ON " + table + " (" + String.join(", ", columns) + ")";
        }
    }

    /** Plain keys only (no ON DELETE/UPDATE action): the migrations declare no other kind. */
    record ForeignKey(String name, String table, List<String> columns, String parent, List<String> parentColumns) {
        String create() {
            return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + String.join(", ", columns)
                    + ") REFERENCES " + parent + " (" + String.join(", ", parentColumns) + ")";
        }
    }

    private final List<Index> indexes;
    private final List<ForeignKey> foreignKeys;

    private DeferredIndexes(List<Index> indexes, List<ForeignKey> foreignKeys) {
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    /** Reads what to defer for a load of {@code tables}, written parents first, from the database as it is now. */
    static DeferredIndexes of(Connection connection, List<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> loaded = tables.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (String name : tables) {
            String table = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
            Map<String, TreeMap<Integer, String[]>> columnsByKey = new TreeMap<>();
            Map<String, String> parents = new TreeMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String key = rs.getString("FK_NAME");
                    columnsByKey.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                            new String[]{rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                    parents.put(key, rs.getString("PKTABLE_NAME"));
                    if (!plain(rs.getShort("DELETE_RULE")) || !plain(rs.getShort("UPDATE_RULE"))) {
                        // put back without its action, the key would change what the application's deletes do
                        throw new SQLException("Foreign key " + key + " has an ON DELETE/UPDATE action; "
                                + "teach DeferredIndexes to restore it before loading with deferred indexes");
                    }
                }
            }
            // columns whose values arrive in ascending order: keys to a parent written earlier in the same load
            List<String> ordered = new ArrayList<>();
            columnsByKey.forEach((key, columns) -> {
                ForeignKey foreignKey = new ForeignKey(key, table, columns.values().stream().map(c -> c[0]).toList(),
                        parents.get(key), columns.values().stream().map(c -> c[1]).toList());
                if (loaded.contains(foreignKey.parent().toUpperCase(Locale.ROOT))) {
                    ordered.add(foreignKey.columns().get(0).toUpperCase(Locale.ROOT));
                } else {
                    foreignKeys.add(foreignKey);
                }
            });
            Map<String, TreeMap<Integer, String>> columnsByIndex = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null && rs.getBoolean("NON_UNIQUE") && index.toUpperCase(Locale.ROOT).startsWith("IX_")) {
                        columnsByIndex.computeIfAbsent(index, i -> new TreeMap<>())
                                .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                    }
                }
            }
            columnsByIndex.forEach((index, columns) -> {
                if (!ordered.contains(columns.firstEntry().getValue().toUpperCase(Locale.ROOT))) {
                    indexes.add(new Index(index, table, List.copyOf(columns.values())));
                }
            });
        }
        return new DeferredIndexes(indexes, foreignKeys);
    }

    private static boolean plain(short rule) {
        return rule == DatabaseMetaData.importedKeyNoAction || rule == DatabaseMetaData.importedKeyRestrict;
    }

    List<Index> indexes() {
        return indexes;
    }

    List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** Foreign keys first: the database may hold one of the indexes for a key. */
    void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : foreignKeys) {
                statement.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
            }
            for (Index index : indexes) {
                statement.execute("DROP INDEX " + index.name());
            }
        }
    }

    /** Indexes first, so each foreign key finds its index and checks the loaded rows through it. */
    void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Index index : indexes) {
                long started = System.nanoTime();
                statement.execute(index.create());
                LOG.info(() -> "Built " + index.name() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            for (ForeignKey key : foreignKeys) {
                long started = System.nanoTime();
                statement.execute(key.create());
                LOG.info(() -> "Checked " + key.name() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
    }
}

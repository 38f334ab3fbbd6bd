package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Command line for the benchmark: migrates the database with the project's Flyway scripts, then loads the synthetic
 * population unless the database already holds at least that many generated participants (a loaded database is
 * reused). Flyway is on the classpath of the benchmark profile (and of the application, which ships it).
 *
 * <pre>java ... LoadDatabase --url 'jdbc:h2:file:./target/bench/pmi;MODE=Oracle' --participants 1000000 --claims 2000000</pre>
 */
public final class LoadDatabase {

    private LoadDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = options.get("url");
        if (url == null || !options.containsKey("participants") || !options.containsKey("claims")) {
            throw new IllegalArgumentException("usage: --url <jdbc url> --participants <n> --claims <n> "
                    + "[--user pmi --password pmi --seed 2026 --today yyyy-mm-dd]");
        }
        String user = options.getOrDefault("user", "pmi");
        String password = options.getOrDefault("password", "pmi");
        int participants = Integer.parseInt(options.get("participants"));
        int claims = Integer.parseInt(options.get("claims"));
        Flyway.configure(LoadDatabase.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long present = generatedParticipants(connection);
            if (present >= participants) {
                System.out.println("Database already holds " + present + " generated participants: reused");
                return;
            }
            if (present > 0) {
                throw new IllegalStateException("Database holds " + present + " generated participants, fewer than "
                        + participants + ": delete it and start again");
            }
            GeneratorSettings settings = new GeneratorSettings(participants, claims,
                    Long.parseLong(options.getOrDefault("seed", "2026")),
                    LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString())), 10_000);
            long started = System.nanoTime();
            PopulationGenerator generator = new PopulationGenerator(settings);
            // nobody else uses the database yet: build the plain indexes and check the foreign keys once, at the end
            DeferredIndexes deferred = DeferredIndexes.of(connection, PopulationGenerator.TABLES);
            deferred.drop(connection);
            GenerationSummary summary;
            try {
                summary = generator.generate(connection);
            } finally {
                long restoring = System.nanoTime();
                deferred.restore(connection);
                System.out.printf("Built %d indexes and checked %d foreign keys in %d s%n", deferred.indexes().size(),
                        deferred.foreignKeys().size(), (System.nanoTime() - restoring) / 1_000_000_000L);
            }
            System.out.printf("Loaded %,d participants and %,d claims (%,d rows) in %d s%n", summary.rows("participant"),
                    summary.rows("claim"), summary.totalRows(), (System.nanoTime() - started) / 1_000_000_000L);
            System.out.println("Claims per status: " + generator.statusCounts());
            try (Statement statement = connection.createStatement()) {
                // fresh statistics for H2's query planner
                if (url.startsWith("jdbc:h2:")) {
                    statement.execute("ANALYZE");
                }
            }
        }
    }

    /** Generated participants carry KPJ numbers starting with 77 and twelve digits long. */
    static long generatedParticipants(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM participant WHERE kpj_no LIKE '77__________'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

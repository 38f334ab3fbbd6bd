package id.go.bpjsketenagakerjaan.pmi.db.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator on the real schema: Flyway migrations on in-memory H2 in Oracle mode, whose check constraints,
 * foreign keys and unique keys refuse any row that breaks them; so a completed load is a valid load.
 */
class PopulationGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<String> STATUSES = List.of("RECEIVED", "DOCUMENTS_INCOMPLETE", "VERIFICATION",
            "INFORMATION_REQUESTED", "ADJUDICATION", "AWAITING_APPROVAL", "RETURNED_FOR_CORRECTION", "APPROVED", "PAID",
            "CLOSED", "REJECTED", "WITHDRAWN", "APPEALED");

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = freshDatabase();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static Connection freshDatabase() throws SQLException {
        String url = "jdbc:h2:mem:gen-" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void writesTheRequestedParticipantsAndClaimsInEveryStatusWithHistory() throws SQLException {
        PopulationGenerator generator = new PopulationGenerator(new GeneratorSettings(1_500, 2_400, 7, TODAY, 400));
        GenerationSummary summary = generator.generate(connection);

        assertThat(count("SELECT COUNT(*) FROM participant")).isEqualTo(1_500);
        assertThat(count("SELECT COUNT(*) FROM placement")).isEqualTo(1_500);
        assertThat(count("SELECT COUNT(*) FROM claim")).isEqualTo(2_400);
        assertThat(summary.rows("claim")).isEqualTo(2_400);
        assertThat(count("SELECT COUNT(DISTINCT case_id) FROM claim")).isEqualTo(count("SELECT COUNT(*) FROM case_file"));
        // the fact sheet's network: 322 branch offices, 235 district units at home, 4 abroad, 5 lounges
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'BRANCH'")).isEqualTo(322);
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'DISTRICT'")).isEqualTo(235);
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'OVERSEAS'")).isEqualTo(4);
        // the five lounges of the fact sheet plus Juanda, seeded as reference data by V13
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'LOUNGE'")).isEqualTo(6);

        List<String> present = rows(connection, "SELECT DISTINCT status FROM claim").stream()
                .map(r -> (String) r.get(0)).toList();
        assertThat(present).containsExactlyInAnyOrderElementsOf(STATUSES);
        assertThat(generator.statusCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_400);
        // open work for the demo adjudicator's queue and the supervisors' approval queue
        assertThat(count("SELECT COUNT(*) FROM claim WHERE assigned_to = 'adjudikator'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'AWAITING_APPROVAL' AND recommended_by IS NOT NULL "
                + "AND recommended_amount IS NOT NULL")).isEqualTo(count("SELECT COUNT(*) FROM claim WHERE status = 'AWAITING_APPROVAL'"));
    }

    @Test
    void everyClaimHasAHistoryFromReceivedToItsStatus() throws SQLException {
        new PopulationGenerator(GeneratorSettings.of(600, 900, 11, TODAY)).generate(connection);

        List<List<Object>> events = rows(connection, "SELECT e.claim_id, e.from_status, e.to_status, c.status, "
                + "e.occurred_at, c.status_changed_at, c.received_at FROM claim_status_event e JOIN claim c ON c.id = e.claim_id "
                + "ORDER BY e.claim_id, e.occurred_at, e.id");
        Object claim = null;
        String previous = null;
        List<Object[]> lasts = new ArrayList<>();
        Object[] last = null;
        for (List<Object> e : events) {
            if (!e.get(0).equals(claim)) {
                if (last != null) {
                    lasts.add(last);
                }
                claim = e.get(0);
                assertThat(e.get(1)).as("first event of claim %s", claim).isNull();
                assertThat(e.get(2)).isEqualTo("RECEIVED");
                assertThat(e.get(4)).isEqualTo(e.get(6));
            } else {
                assertThat(e.get(1)).as("event of claim %s follows the one before", claim).isEqualTo(previous);
            }
            previous = (String) e.get(2);
            last = e.toArray();
        }
        lasts.add(last);
        assertThat(lasts).hasSize(900);
        for (Object[] end : lasts) {
            assertThat(end[2]).as("last event of claim %s is its status", end[0]).isEqualTo(end[3]);
            assertThat(end[4]).isEqualTo(end[5]);
        }
        // nothing happened after the population's "now"
        assertThat(count("SELECT COUNT(*) FROM claim_status_event WHERE occurred_at > TIMESTAMP '2026-11-28 05:00:00'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM claim WHERE incident_date >= DATE '2026-11-28'")).isZero();
        // approved claims carry their approval, by someone else than the adjudicator who recommended them
        assertThat(count("SELECT COUNT(*) FROM claim c WHERE c.status IN ('APPROVED', 'PAID', 'CLOSED') AND NOT EXISTS "
                + "(SELECT 1 FROM payout_approval a WHERE a.claim_id = c.id AND a.approver <> c.recommended_by)")).isZero();
        // adjudication only once every document is verified
        assertThat(count("SELECT COUNT(*) FROM claim_document d JOIN claim c ON c.id = d.claim_id "
                + "WHERE c.status IN ('ADJUDICATION', 'AWAITING_APPROVAL', 'APPROVED', 'PAID', 'CLOSED') AND d.state <> 'VERIFIED'")).isZero();
    }

    @Test
    void participantsHaveValidIdentityAndContributionsPerPasal18() throws SQLException {
        new PopulationGenerator(GeneratorSettings.of(800, 400, 3, TODAY)).generate(connection);

        for (List<Object> p : rows(connection, "SELECT nik, sex, birth_date, province_code, regency_code, nik_exception, "
                + "passport_no FROM participant")) {
            String nik = (String) p.get(0);
            if (nik == null) {
                assertThat(((Number) p.get(5)).intValue()).isEqualTo(1);
                assertThat(p.get(6)).isNotNull();
                continue;
            }
            LocalDate birth = ((java.util.Date) p.get(2)).toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            int day = Integer.parseInt(nik.substring(6, 8));
            assertThat(nik).matches("[0-9]{16}");
            assertThat(nik.substring(0, 4)).isEqualTo(p.get(4));
            assertThat(nik.substring(0, 2)).isEqualTo(p.get(3));
            assertThat(nik.substring(4, 6)).isNotEqualTo("00");
            assertThat(day).isEqualTo(birth.getDayOfMonth() + ("P".equals(p.get(1)) ? 40 : 0));
            assertThat(nik.substring(8, 12)).isEqualTo(String.format("%02d%02d", birth.getMonthValue(), birth.getYear() % 100));
        }
        assertThat(count("SELECT COUNT(*) FROM participant WHERE nik IS NULL")).isLessThan(40);
        // amounts are Pasal 18's, never typed in
        assertThat(count("SELECT COUNT(*) FROM contribution_payment WHERE tranche = 'BEFORE_WORK' AND amount <> 37500")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contribution_payment WHERE tranche = 'DURING_AFTER' AND NOT ("
                + "(months = 6 AND amount = 108000) OR (months = 12 AND amount = 189000) OR (months = 24 AND amount = 332500))")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contribution_payment WHERE tranche = 'EXTENSION' AND amount <> 13500 * months")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contribution_payment WHERE tranche = 'VOLUNTARY_JHT' AND amount <> monthly_amount * months")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contribution_payment p JOIN placement pl ON pl.id = p.placement_id "
                + "WHERE p.tranche = 'BEFORE_WORK' AND pl.channel = 'PERSEORANGAN'")).isZero();
        // Taiwan leads, then Malaysia, as in the fact sheet
        List<List<Object>> countries = rows(connection, "SELECT destination_country, COUNT(*) FROM participant "
                + "GROUP BY destination_country ORDER BY 2 DESC");
        assertThat(countries.get(0).get(0)).isEqualTo("TW");
        assertThat(countries.get(1).get(0)).isEqualTo("MY");
        // returned workers came home; workers abroad embarked
        assertThat(count("SELECT COUNT(*) FROM participant p WHERE p.participant_type = 'PMI_PURNA' AND NOT EXISTS "
                + "(SELECT 1 FROM coverage_event e WHERE e.participant_id = p.id AND e.kind = 'DEBARKATION')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM participant p WHERE p.participant_type IN ('PMI', 'PMI_PURNA') AND NOT EXISTS "
                + "(SELECT 1 FROM coverage_event e WHERE e.participant_id = p.id AND e.kind = 'EMBARKATION')")).isZero();
    }

    @Test
    void sameSeedSameRowsAndTheApplicationsSequencesStayAhead() throws Exception {
        new PopulationGenerator(GeneratorSettings.of(300, 450, 99, TODAY)).generate(connection);
        try (Connection other = freshDatabase()) {
            new PopulationGenerator(GeneratorSettings.of(300, 450, 99, TODAY)).generate(other);
            for (String table : List.of("participant", "placement", "contribution_payment", "coverage_event", "case_file",
                    "claim", "claim_status_event", "claim_document", "payout_approval")) {
                assertThat(digest(other, table)).as(table).isEqualTo(digest(connection, table));
            }
        }
        // the next key EclipseLink takes (the 50 values ending at NEXTVAL) lies above every generated key
        for (Map.Entry<String, String> seq : Map.of("participant", "participant_seq", "claim", "claim_seq",
                "claim_status_event", "claim_status_event_seq", "claim_document", "claim_document_seq",
                "case_file", "case_file_seq", "contribution_payment", "contribution_payment_seq",
                "service_unit", "service_unit_seq").entrySet()) {
            long max = count("SELECT MAX(id) FROM " + seq.getKey());
            assertThat(count("SELECT " + seq.getValue() + ".NEXTVAL FROM DUAL") - 49).as(seq.getValue()).isGreaterThan(max);
        }
        long maxClaimNo = count("SELECT MAX(CAST(SUBSTR(claim_no, 10) AS NUMBER(10))) FROM claim");
        assertThat(count("SELECT claim_no_seq.NEXTVAL FROM DUAL")).isGreaterThan(maxClaimNo);
    }

    @Test
    void aSecondLoadAddsToTheFirstWithoutCollisions() throws SQLException {
        new PopulationGenerator(GeneratorSettings.of(400, 300, 1, TODAY)).generate(connection);
        new PopulationGenerator(GeneratorSettings.of(400, 300, 1, TODAY)).generate(connection);

        assertThat(count("SELECT COUNT(*) FROM participant")).isEqualTo(800);
        assertThat(count("SELECT COUNT(*) FROM claim")).isEqualTo(600);
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'BRANCH'")).isEqualTo(322);
    }

    @Test
    void aLoadWithDeferredIndexesEndsWithTheSchemaItStartedWith() throws SQLException {
        DeferredIndexes deferred = DeferredIndexes.of(connection, PopulationGenerator.TABLES);
        assertThat(deferred.indexes()).extracting(DeferredIndexes.Index::name)
                .contains("IX_CLAIM_STATUS_RECEIVED", "IX_CLAIM_ASSIGNED", "IX_PARTICIPANT_NAME", "IX_CLAIM_STATUS_EVENT_TO")
                .as("led by a key to a parent written earlier: grows in order, kept")
                .doesNotContain("IX_CLAIM_STATUS_EVENT_CLAIM", "IX_CLAIM_PARTICIPANT", "IX_PLACEMENT_PARTICIPANT");
        assertThat(deferred.foreignKeys()).extracting(DeferredIndexes.ForeignKey::name)
                .contains("FK_CLAIM_UNIT", "FK_PLACEMENT_UNIT").doesNotContain("FK_CLAIM_PARTICIPANT");
        List<List<Object>> schemaBefore = schema();

        deferred.drop(connection);
        assertThat(DeferredIndexes.of(connection, PopulationGenerator.TABLES).indexes()).isEmpty();
        new PopulationGenerator(GeneratorSettings.of(300, 400, 3, TODAY)).generate(connection);
        deferred.restore(connection);

        assertThat(schema()).isEqualTo(schemaBefore);
        // the restored keys check rows again
        assertThatThrownBy(() -> connection.createStatement().execute(
                "UPDATE claim SET service_unit_id = -42 WHERE id = (SELECT MIN(id) FROM claim)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("FK_CLAIM_UNIT");
    }

    /** Every index with its columns and every constraint of the generated tables, in a stable order. */
    private List<List<Object>> schema() throws SQLException {
        List<List<Object>> schema = new ArrayList<>(rows(connection, "SELECT i.TABLE_NAME, i.INDEX_NAME, ic.COLUMN_NAME, "
                + "ic.ORDINAL_POSITION FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic "
                + "ON ic.INDEX_NAME = i.INDEX_NAME AND ic.TABLE_NAME = i.TABLE_NAME WHERE i.TABLE_SCHEMA = 'PUBLIC' "
                + "AND i.INDEX_NAME NOT LIKE '%INDEX%' ORDER BY 1, 2, 4"));
        schema.addAll(rows(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                + "INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1, 2"));
        return schema;
    }

    @Test
    void refusesMoreClaimsThanItCanPlace() {
        assertThatThrownBy(() -> new PopulationGenerator(GeneratorSettings.of(10, 21, 1, TODAY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claims");
        assertThatThrownBy(() -> GeneratorSettings.of(0, 0, 1, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants");
    }

    private String digest(Connection c, String table) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (List<Object> row : rows(c, "SELECT * FROM " + table + " ORDER BY id")) {
            sha.update(row.stream().map(v -> Objects.toString(v, "∅")).reduce("", (a, b) -> a + "|" + b)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}

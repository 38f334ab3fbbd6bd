package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on H2 in Oracle mode (the same scripts Oracle runs) and the V3 constraints refuse what the
 * application must never store. Each test gets its own in-memory database.
 */
class MigrationsTest {

    private String url;

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:mem:mig-" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(Integer.parseInt(result.targetSchemaVersion)).isGreaterThanOrEqualTo(3);
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void participantAndPlacement() throws SQLException {
        exec("INSERT INTO participant (id, nik, full_name, sex, birth_date, participant_type, registered_at, province_code, regency_code)"
                + " VALUES (1, '3209014107900001', 'Siti', 'P', DATE '1990-07-01', 'CPMI', CURRENT_TIMESTAMP, '32', '3209')");
        exec("INSERT INTO placement (id, participant_id, channel, agency_name, agency_licence, destination_country,"
                + " employer_name, job_title, contract_months, registered_on, created_by, created_at)"
                + " VALUES (10, 1, 'AGENCY', 'PT A', 'SIP3MI-1', 'TW', 'Chen', 'Perawat', 24, DATE '2025-01-10', 't', CURRENT_TIMESTAMP)");
    }

    @Test
    void theSlaWatchBackfillTakesExactlyTheClockedStatuses() throws Exception {
        String script;
        try (var in = MigrationsTest.class.getResourceAsStream("/db/migration/V19__sla_next_check.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("status IN \\(([^)]*)\\)").matcher(script);
        assertThat(list.find()).isTrue();
        java.util.Set<String> backfilled = java.util.Arrays.stream(list.group(1).split(","))
                .map(s -> s.strip().replace("'", "")).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> clocked = java.util.Arrays.stream(id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.values())
                .filter(s -> id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage.of(s).isPresent()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(backfilled).isEqualTo(clocked);
    }

    @Test
    void sequencesStartAt1000AndStepBy50() throws SQLException {
        assertThat(count("SELECT placement_seq.NEXTVAL FROM DUAL")).isEqualTo(1000);
        assertThat(count("SELECT placement_seq.NEXTVAL FROM DUAL")).isEqualTo(1050);
        assertThat(count("SELECT benefit_version_audit_seq.NEXTVAL FROM DUAL")).isEqualTo(1000);
    }

    @Test
    void validRowsAreAccepted() throws SQLException {
        participantAndPlacement();
        exec("INSERT INTO contribution_payment (id, participant_id, placement_id, tranche, paid_on, months, amount, explanation,"
                + " recorded_by, recorded_at) VALUES (1, 1, 10, 'DURING_AFTER', DATE '2025-01-11', 24, 332500, 'x', 't', CURRENT_TIMESTAMP)");
        exec("INSERT INTO coverage_event (id, participant_id, placement_id, kind, event_date, end_date, recorded_by, recorded_at)"
                + " VALUES (1, 1, 10, 'LEAVE', DATE '2026-01-01', DATE '2026-01-20', 't', CURRENT_TIMESTAMP)");
        exec("INSERT INTO family_member (id, participant_id, relation, full_name, birth_date, school_level, created_at)"
                + " VALUES (1, 1, 'CHILD', 'Bunga', DATE '2015-03-02', 'SD', CURRENT_TIMESTAMP)");
        exec("INSERT INTO family_member (id, participant_id, relation, full_name, birth_date, school_level, created_at)"
                + " VALUES (2, 1, 'CHILD', 'Cahya', DATE '2018-03-02', 'TK', CURRENT_TIMESTAMP)"); // two members without NIK
        exec("INSERT INTO bank_account (id, participant_id, family_member_id, bank_code, bank_name, account_no, holder_name,"
                + " created_by, created_at) VALUES (1, 1, 1, '009', 'BNI', '0123456789', 'Bunga', 't', CURRENT_TIMESTAMP)");
        exec("INSERT INTO benefit_version_audit (id, benefit_version_id, code, action, actor, occurred_at, details)"
                + " VALUES (1, 11, 'GLASSES', 'ADD_VERSION', 'admin', CURRENT_TIMESTAMP, 'x')");
        assertThat(count("SELECT COUNT(*) FROM placement")).isEqualTo(1);
    }

    @Test
    void constraintsRefuseWhatMustNeverBeStored() throws SQLException {
        participantAndPlacement();
        // perseorangan with an agency
        assertThatThrownBy(() -> exec("INSERT INTO placement (id, participant_id, channel, agency_name, destination_country,"
                + " employer_name, job_title, contract_months, registered_on, created_by, created_at)"
                + " VALUES (11, 1, 'PERSEORANGAN', 'PT A', 'TW', 'E', 'J', 12, DATE '2025-01-10', 't', CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_PLACEMENT_AGENCY");
        // a placement in Indonesia
        assertThatThrownBy(() -> exec("INSERT INTO placement (id, participant_id, channel, destination_country,"
                + " employer_name, job_title, contract_months, registered_on, created_by, created_at)"
                + " VALUES (12, 1, 'PERSEORANGAN', 'ID', 'E', 'J', 12, DATE '2025-01-10', 't', CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_PLACEMENT_COUNTRY");
        // a JHT payment without its monthly amount
        assertThatThrownBy(() -> exec("INSERT INTO contribution_payment (id, participant_id, placement_id, tranche, paid_on,"
                + " months, amount, explanation, recorded_by, recorded_at)"
                + " VALUES (2, 1, 10, 'VOLUNTARY_JHT', DATE '2025-01-11', 12, 600000, 'x', 't', CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_CONTRIBUTION_PAYMENT_JHT");
        // a leave without its end, a death with one
        assertThatThrownBy(() -> exec("INSERT INTO coverage_event (id, participant_id, placement_id, kind, event_date,"
                + " recorded_by, recorded_at) VALUES (2, 1, 10, 'LEAVE', DATE '2026-01-01', 't', CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_COVERAGE_EVENT_PERIOD");
        // a school level for a spouse
        assertThatThrownBy(() -> exec("INSERT INTO family_member (id, participant_id, relation, full_name, school_level,"
                + " created_at) VALUES (2, 1, 'SPOUSE', 'Agus', 'SD', CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_FAMILY_MEMBER_CHILD");
        // a regency outside the province
        assertThatThrownBy(() -> exec("UPDATE participant SET regency_code = '3309' WHERE id = 1"))
                .hasMessageContaining("CK_PARTICIPANT_REGENCY");
    }

    @Test
    void theUnitsOfTheFactSheetAreReferenceDataUnderTheHeadOffice() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE code IN ('KP-JKT', 'KC-CRB', 'LN-TPE', 'LN-HKG', 'LN-SEL',"
                + " 'LN-BWN', 'LG-CGK', 'LG-KNO', 'LG-DPS', 'LG-LOP', 'LG-YIA')")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE unit_type = 'OVERSEAS'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM service_unit u JOIN service_unit p ON p.id = u.parent_unit_id"
                + " WHERE p.code = 'KP-JKT'")).isEqualTo(count("SELECT COUNT(*) FROM service_unit") - 1);
        assertThat(count("SELECT COUNT(*) FROM service_unit WHERE code = 'KC-CRB' AND service_area LIKE 'Ciayumajakuning%'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM service_unit_audit WHERE action = 'CREATE'"))
                .isEqualTo(count("SELECT COUNT(*) FROM service_unit"));
    }

    @Test
    void serviceUnitConstraintsRefuseWhatMustNeverBeStored() throws SQLException {
        exec("INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, parent_unit_id)"
                + " VALUES (100, 'KCP-IDM', 'Perintis Indramayu', 'DISTRICT', 'Jawa Barat', 'ID', 'Asia/Jakarta',"
                + " (SELECT id FROM service_unit WHERE code = 'KC-CRB'))");
        assertThatThrownBy(() -> exec("UPDATE service_unit SET parent_unit_id = id WHERE code = 'KCP-IDM'"))
                .hasMessageContaining("CK_SERVICE_UNIT_PARENT");
        assertThatThrownBy(() -> exec("UPDATE service_unit SET parent_unit_id = 999 WHERE code = 'KCP-IDM'"))
                .hasMessageContaining("FK_SERVICE_UNIT_PARENT");
        assertThatThrownBy(() -> exec("UPDATE service_unit SET parent_unit_id = 100 WHERE code = 'KP-JKT'"))
                .hasMessageContaining("CK_SERVICE_UNIT_HEAD_OFFICE");
        assertThatThrownBy(() -> exec("UPDATE service_unit SET country_code = 'ID' WHERE code = 'LN-TPE'"))
                .hasMessageContaining("CK_SERVICE_UNIT_COUNTRY");
        assertThatThrownBy(() -> exec("UPDATE service_unit SET country_code = 'MY' WHERE code = 'KCP-IDM'"))
                .hasMessageContaining("CK_SERVICE_UNIT_COUNTRY");
        assertThatThrownBy(() -> exec("INSERT INTO service_unit_audit (id, unit_code, action, changed_by, changed_at, details)"
                + " VALUES (1, 'NOPE', 'UPDATE', 'admin', CURRENT_TIMESTAMP, 'x')"))
                .hasMessageContaining("FK_SERVICE_UNIT_AUDIT_UNIT");
    }

    @Test
    void aScholarshipYearIsPaidOnlyWhenProvenAndAtMostOnce() throws SQLException {
        participantAndPlacement();
        exec("INSERT INTO claim (id, claim_no, participant_id, benefit_code, status, channel, incident_date, claimed_amount,"
                + " service_unit_id, received_at, status_changed_at, last_modified_by)"
                + " VALUES (1, 'KLM-1', 1, 'SCHOLARSHIP', 'PAID', 'E_KLAIM', DATE '2026-01-05', 4500000, 2,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 't')");
        exec("INSERT INTO scholarship_schedule (id, claim_id, child_name, birth_date, active, created_by, created_at)"
                + " VALUES (1, 1, 'Bunga', DATE '2015-03-02', 1, 't', CURRENT_TIMESTAMP)");
        exec("INSERT INTO scholarship_year (id, schedule_id, year_no, due_date, status) VALUES (2, 1, 2, DATE '2027-02-01', 'PLANNED')");
        assertThatThrownBy(() -> exec("UPDATE scholarship_year SET status = 'READY', amount = 2000000, school_level = 'SMP'"
                + " WHERE id = 2")).hasMessageContaining("CK_SCHOLARSHIP_YEAR_PROVEN");
        exec("UPDATE scholarship_year SET status = 'READY', amount = 2000000, school_level = 'SMP', proof_kind = 'DOCUMENT'"
                + " WHERE id = 2");
        assertThatThrownBy(() -> exec("UPDATE scholarship_year SET status = 'PAID' WHERE id = 2"))
                .hasMessageContaining("CK_SCHOLARSHIP_YEAR_PAID_REF");
        assertThatThrownBy(() -> exec("UPDATE scholarship_schedule SET active = 0 WHERE id = 1"))
                .hasMessageContaining("CK_SCHOLARSHIP_SCHEDULE_END");

        exec("INSERT INTO payment_batch (id, batch_no, bank_code, value_date, status, created_by, created_at)"
                + " VALUES (1, 'B-1', '009', DATE '2027-02-01', 'DRAFT', 't', CURRENT_TIMESTAMP)");
        String payment = "INSERT INTO payment (id, batch_id, claim_id, active_claim_id, scholarship_year_id, active_year_id,"
                + " reference, attempt_no, payee_name, bank_code, account_no, amount, status) VALUES ";
        exec(payment + "(1, 1, 1, NULL, 2, 2, 'KLM1Y2P2', 2, 'Ayah', '009', '1', 2000000, 'PENDING')");
        assertThatThrownBy(() -> exec(payment + "(2, 1, 1, NULL, 2, 2, 'KLM1Y2P3', 3, 'Ayah', '009', '1', 2000000, 'PENDING')"))
                .hasMessageContaining("UQ_PAYMENT_ACTIVE_YEAR");
        // a year's payment does not pretend to be the claim's, and a voided one releases the year
        assertThatThrownBy(() -> exec(payment + "(3, 1, 1, 1, 2, 2, 'KLM1Y2P4', 4, 'Ayah', '009', '1', 2000000, 'PENDING')"))
                .hasMessageContaining("CK_PAYMENT_ACTIVE");
        exec(payment + "(4, 1, 1, NULL, 2, NULL, 'KLM1Y2P5', 5, 'Ayah', '009', '1', 2000000, 'VOIDED')");
        assertThat(count("SELECT COUNT(*) FROM payment WHERE scholarship_year_id = 2")).isEqualTo(2);
    }

    /**
     * Two requests racing with one Idempotency-Key: the database, not only the code, lets one through. The second
     * insert waits for the first transaction and fails on its commit with a unique violation (which IntakeGateway
     * retries as a replay).
     */
    @Test
    void aSecondIdempotencyKeyInsertWaitsForTheFirstAndIsRefusedByTheDatabase() throws Exception {
        String insert = "INSERT INTO idempotency_record (id, client_name, idem_key, operation, request_hash, created_at)"
                + " VALUES (%d, 'e-klaim', 'k-1', 'claims.file', 'h', CURRENT_TIMESTAMP)";
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Connection second = DriverManager.getConnection(url, "sa", "")) {
            first.setAutoCommit(false);
            first.createStatement().execute(String.format(insert, 1));
            java.util.concurrent.CompletableFuture<Throwable> racing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (Statement s = second.createStatement()) {
                    s.execute(String.format(insert, 2));
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(200); // the second insert is now waiting on the first's uncommitted key
            assertThat(racing).isNotDone();
            first.commit();
            assertThat(racing.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UQ_IDEMPOTENCY_CLIENT_KEY");
        }
        assertThat(count("SELECT COUNT(*) FROM idempotency_record")).isEqualTo(1);
    }

    @Test
    void aUserStartsAtSessionEpochZeroWithoutADutyToChangeThePassword() throws SQLException {
        exec("INSERT INTO app_user (id, username, full_name, password_hash) VALUES (1, 'siti', 'Siti', 'x')");
        assertThat(count("SELECT session_epoch FROM app_user WHERE id = 1")).isZero();
        assertThat(count("SELECT must_change_password FROM app_user WHERE id = 1")).isZero();
        exec("UPDATE app_user SET session_epoch = session_epoch + 1, must_change_password = 1 WHERE id = 1");
        assertThat(count("SELECT session_epoch FROM app_user WHERE id = 1")).isEqualTo(1);
        assertThatThrownBy(() -> exec("UPDATE app_user SET must_change_password = 2 WHERE id = 1")).isInstanceOf(SQLException.class);
    }
}

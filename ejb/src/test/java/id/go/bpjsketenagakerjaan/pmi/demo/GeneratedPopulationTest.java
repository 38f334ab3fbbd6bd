package id.go.bpjsketenagakerjaan.pmi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.db.generator.GeneratorSettings;
import id.go.bpjsketenagakerjaan.pmi.db.generator.PopulationGenerator;
import id.go.bpjsketenagakerjaan.pmi.participant.control.ParticipantRules;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated population (db module) checked against the domain's own rules: NIKs by {@link Nik} and
 * {@link ParticipantRules}, every status step by {@link ClaimStatus#canMoveTo}, every claimed benefit payable for
 * its incident kind, enumerations the entities can read back.
 */
class GeneratedPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static Connection connection;

    @BeforeAll
    static void generate() throws SQLException {
        String url = "jdbc:h2:mem:pop-" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        new PopulationGenerator(GeneratorSettings.of(700, 1_000, 5, TODAY)).generate(connection);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyNikIsValidAndAgreesWithSexBirthDateAndAddress() throws SQLException {
        ParticipantRules rules = new ParticipantRules(TODAY);
        int checked = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT nik, sex, birth_date, province_code, regency_code FROM participant WHERE nik IS NOT NULL")) {
            while (rs.next()) {
                String nik = rs.getString(1);
                LocalDate birth = rs.getDate(3).toLocalDate();
                assertThat(Nik.problemWith(nik, TODAY)).as(nik).isEmpty();
                Sex sex = "P".equals(rs.getString(2)) ? Sex.FEMALE : Sex.MALE;
                assertThat(rules.nikConsistency("", Nik.parse(nik, TODAY), sex, birth)).as(nik).isEmpty();
                assertThat(rules.addressProblems(rs.getString(4), rs.getString(5))).as(nik).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(650);
    }

    @Test
    void everyStatusStepIsOneTheClaimsStateMachineAllows() throws SQLException {
        int steps = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT from_status, to_status FROM claim_status_event WHERE from_status IS NOT NULL")) {
            while (rs.next()) {
                ClaimStatus from = ClaimStatus.valueOf(rs.getString(1));
                ClaimStatus to = ClaimStatus.valueOf(rs.getString(2));
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isTrue();
                steps++;
            }
        }
        assertThat(steps).isGreaterThan(1_000);
    }

    @Test
    void everyClaimedBenefitIsPayableForItsIncidentAndInTheCatalogue() throws SQLException {
        Set<String> catalogue = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT code FROM benefit_version")) {
            while (rs.next()) {
                catalogue.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.benefit_code, f.incident_kind, c.channel, c.rejection_reason, u.time_zone FROM claim c "
                        + "JOIN case_file f ON f.id = c.case_id JOIN service_unit u ON u.id = c.service_unit_id")) {
            while (rs.next()) {
                String benefit = rs.getString(1);
                IncidentKind kind = IncidentKind.valueOf(rs.getString(2));
                assertThat(catalogue).contains(benefit);
                assertThat(kind.payableBenefits()).as("%s for %s", benefit, kind).contains(benefit);
                Channel.valueOf(rs.getString(3));
                if (rs.getString(4) != null) {
                    RejectionReason.valueOf(rs.getString(4));
                }
                ZoneId.of(rs.getString(5));
            }
        }
    }
}

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V11 on H2 in Oracle mode: the decreed years as the SKB lists them, 2027 awaiting its decree, one row per date. */
class PublicHolidayMigrationTest {

    private String url;

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:mem:hol-" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    private long count(String where) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM public_holiday WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDecreesAreSeededAsPublished() throws SQLException {
        // SKB 1497/2025: 17 days of national holidays and 8 days of cuti bersama
        assertThat(count("holiday_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31' AND cuti_bersama = 0")).isEqualTo(17);
        assertThat(count("holiday_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31' AND cuti_bersama = 1")).isEqualTo(8);
        // 2025 with the amendment that added 18 August: 11 days of cuti bersama
        assertThat(count("holiday_date BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' AND cuti_bersama = 1")).isEqualTo(11);
        assertThat(count("holiday_date = DATE '2025-08-18' AND cuti_bersama = 1")).isEqualTo(1);
        assertThat(count("holiday_date < DATE '2027-01-01' AND awaiting_confirmation = 1")).isZero();
    }

    @Test
    void the2027DatesAwaitTheirDecreeAndNoCutiBersamaIsGuessed() throws SQLException {
        assertThat(count("holiday_date >= DATE '2027-01-01'")).isPositive();
        assertThat(count("holiday_date >= DATE '2027-01-01' AND awaiting_confirmation = 0")).isZero();
        assertThat(count("holiday_date >= DATE '2027-01-01' AND cuti_bersama = 1")).isZero();
    }

    @Test
    void aDateIsRecordedOnce() {
        assertThatThrownBy(() -> {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("INSERT INTO public_holiday (id, holiday_date, name, created_by, created_at) VALUES "
                        + "(public_holiday_seq.NEXTVAL, DATE '2026-08-17', 'Dua kali', 't', CURRENT_TIMESTAMP)");
            }
        }).isInstanceOf(SQLException.class);
    }
}

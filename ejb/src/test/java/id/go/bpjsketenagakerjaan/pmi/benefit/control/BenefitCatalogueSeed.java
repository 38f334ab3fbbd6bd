package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: the real seed catalogue, read by running the Flyway script {@code V2__benefit_catalogue.sql}
 * (on the classpath through the db module) in a private in-memory H2 database in Oracle mode. The calculator
 * tests therefore check the amounts the application will actually start with, and the script's syntax on H2.
 */
final class BenefitCatalogueSeed {

    static final String SCRIPT = "classpath:db/migration/V2__benefit_catalogue.sql";

    private static List<BenefitRule> rules;

    private BenefitCatalogueSeed() {
    }

    /** The seeded rules; loaded once, immutable. */
    static synchronized List<BenefitRule> rules() {
        if (rules == null) {
            rules = List.copyOf(load());
        }
        return rules;
    }

    private static List<BenefitRule> load() {
        // "jdbc:h2:mem:" without a name is private to this connection: no state shared with other tests.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:;MODE=Oracle");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + SCRIPT + "'");
            List<BenefitRule> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT * FROM benefit_version ORDER BY id")) {
                while (rs.next()) {
                    result.add(toRule(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Seed katalog manfaat tidak dapat dijalankan di H2: " + e.getMessage(), e);
        }
    }

    private static BenefitRule toRule(ResultSet rs) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        return new BenefitRule(
                rs.getString("code"),
                rs.getString("name_id"),
                BenefitRule.parseProgrammes(rs.getString("programme")),
                BenefitRule.parsePhases(rs.getString("phases")),
                CalculationKind.valueOf(rs.getString("calculation_kind")),
                money(rs.getBigDecimal("amount")),
                money(rs.getBigDecimal("cap")),
                BenefitRule.parseParams(rs.getString("params")),
                rs.getString("legal_basis"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                Confidence.valueOf(rs.getString("confidence")));
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : Money.of(value);
    }
}

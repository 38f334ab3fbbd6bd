package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDataSourceTest {

    @Test
    void anH2FileDatabaseWritesEachCommitBeforeItReturns() {
        assertEquals("jdbc:h2:file:./data/pmi;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                ConfiguredDataSource.durable(ConfiguredDataSource.DEFAULT_URL));
        assertEquals("jdbc:h2:/srv/pmi;MODE=Oracle;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:/srv/pmi;MODE=Oracle"));
    }

    @Test
    void anExplicitWriteDelayInMemoryAndOracleUrlsAreLeftAlone() {
        String explicit = "jdbc:h2:file:./data/pmi;MODE=Oracle;write_delay=500";
        assertEquals(explicit, ConfiguredDataSource.durable(explicit));
        String memory = "jdbc:h2:mem:pmi-it;MODE=Oracle;DB_CLOSE_DELAY=-1";
        assertEquals(memory, ConfiguredDataSource.durable(memory));
        String oracle = "jdbc:oracle:thin:@//db-host:1521/PMIPDB";
        assertEquals(oracle, ConfiguredDataSource.durable(oracle));
    }

    /** The setting is one H2 accepts in a URL and applies: the store then has no background write delay. */
    @Test
    void h2AcceptsTheDurableUrl(@TempDir Path dir) throws Exception {
        String url = ConfiguredDataSource.durable("jdbc:h2:file:" + dir.resolve("db") + ";MODE=Oracle");
        try (Connection connection = DriverManager.getConnection(url, "pmi", "pmi");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(rs.next());
            assertEquals("0", rs.getString(1));
        }
        assertTrue(Files.exists(dir.resolve("db.mv.db")));
    }
}

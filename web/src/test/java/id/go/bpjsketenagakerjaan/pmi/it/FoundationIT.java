package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The built WAR on Payara Micro: the schema is migrated at start-up, JPA reads and writes with @Version, EJB security holds. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.application().addPackage(FoundationIT.class.getPackage());
    }

    @Resource(lookup = "java:app/jdbc/pmi")
    DataSource dataSource;

    @EJB
    VersionedEntityProbe probe;

    @EJB
    ClaimQueryService claims;

    @Test
    void everyMigrationIsAppliedSuccessfully() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
                assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " failed");
            }
        }
        assertFalse(versions.isEmpty());
        assertEquals("1", versions.get(0));
        File[] scripts = new File("../db/src/main/resources/db/migration").listFiles((dir, name) -> name.matches("V\\d+__.*\\.sql"));
        if (scripts != null) { // the test runs in the server; the source tree is next to it in a normal build
            assertEquals(scripts.length, versions.size(), "every V__ script in db/ is applied");
        }
    }

    @Test
    void anEjbPersistsAndReadsAVersionedEntityAndRefusesAStaleUpdate() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        ServiceUnit created = probe.create(code);
        ServiceUnit read = probe.find(created.getId());
        assertEquals(code, read.getCode());
        long firstVersion = read.getVersion();

        ServiceUnit renamed = probe.rename(read, "Unit baru");
        assertEquals(firstVersion + 1, renamed.getVersion());
        assertEquals("Unit baru", probe.find(created.getId()).getName());

        EJBException stale = assertThrows(EJBException.class, () -> probe.rename(read, "Perubahan yang kalah"));
        assertInstanceOf(OptimisticLockException.class, rootOrLock(stale));
        assertEquals("Unit baru", probe.find(created.getId()).getName());
    }

    @Test
    void boundariesRefuseCallersWithoutARole() {
        assertThrows(EJBAccessException.class, () -> claims.count(ClaimFilter.none()));
    }

    private static Throwable rootOrLock(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof OptimisticLockException)) {
            cause = cause.getCause();
        }
        return cause == null ? thrown : cause;
    }
}

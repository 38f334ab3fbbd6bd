package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version before anything else starts: the migrations in the db module own the
 * schema (JPA generates nothing). A DBA can run the same scripts with the Flyway CLI instead.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "id.go.bpjsketenagakerjaan.pmi.shared.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/pmi";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // with nothing to apply Flyway reports no target version; the schema is then at its initial one
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}

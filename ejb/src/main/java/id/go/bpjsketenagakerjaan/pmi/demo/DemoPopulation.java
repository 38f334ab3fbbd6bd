package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.db.generator.GenerationSummary;
import id.go.bpjsketenagakerjaan.pmi.db.generator.GeneratorSettings;
import id.go.bpjsketenagakerjaan.pmi.db.generator.PopulationGenerator;
import id.go.bpjsketenagakerjaan.pmi.shared.persistence.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A generated population on top of the hand-made demo cases (db module's {@link PopulationGenerator}), so lists,
 * queues and dashboards show realistic volumes: {@code pmi.demo-population.participants} and
 * {@code .claims} (the run command sets a few thousand; default 0, so tests and production never get it). Added
 * only right after the demo data went into an empty database.
 *
 * <p>The service network and the key blocks are written before the application serves anyone (a moment); the rows
 * follow in the background so start-up does not wait for them. The log says when they are in.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPopulation {

    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @EJB
    DemoDataLoader demoData;

    @Inject
    @ConfigProperty(name = "pmi.demo-population.participants", defaultValue = "0")
    int participants;

    @Inject
    @ConfigProperty(name = "pmi.demo-population.claims", defaultValue = "0")
    int claims;

    @PostConstruct
    void load() {
        if (participants <= 0 || !demoData.loadedNow()) {
            return;
        }
        PopulationGenerator generator = new PopulationGenerator(GeneratorSettings.of(participants, claims, 2026,
                LocalDate.now(ZoneId.of("Asia/Jakarta"))));
        try (Connection connection = dataSource.getConnection()) {
            generator.prepare(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Generated demo population: preparing failed", e);
        }
        executor.submit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                GenerationSummary summary = generator.generate(connection);
                LOG.info(() -> "Generated demo population loaded: " + summary + "; claims per status "
                        + generator.statusCounts());
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Generated demo population could not be loaded", e);
            }
        });
    }
}

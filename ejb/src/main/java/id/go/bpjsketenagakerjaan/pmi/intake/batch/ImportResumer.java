package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash or restart, starts a new execution for every import still QUEUED or RUNNING; it resumes after the
 * file's committed checkpoint. With several instances sharing the database each would resume the same file; the
 * writer's per-row guard keeps rows single, but run the resumer on one instance (pmi.import.resume=false elsewhere).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ImportResumer {

    private static final Logger LOG = Logger.getLogger(ImportResumer.class.getName());

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    RegistrationImport imports;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "pmi.import.resume", defaultValue = "true")
    boolean resume;

    @PostConstruct
    void resumeUnfinished() {
        if (!resume) {
            return;
        }
        List<Long> unfinished;
        try {
            unfinished = em.createNamedQuery(ImportFile.UNFINISHED, ImportFile.class)
                    .setParameter("statuses", List.of(ImportFile.Status.QUEUED, ImportFile.Status.RUNNING))
                    .getResultStream().map(ImportFile::getId).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interrupted imports could not be listed; none resumed", e);
            return;
        }
        for (Long id : unfinished) {
            try {
                LOG.info(() -> "Resuming interrupted import " + id);
                imports.start(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + id + " could not be resumed", e);
            }
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The import file of the running job execution. */
@Dependent
public class ImportProgress {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    JobContext job;

    public long importId() {
        return Long.parseLong(job.getProperties() == null || job.getProperties().getProperty(RegistrationImport.IMPORT_ID) == null
                ? jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId())
                .getProperty(RegistrationImport.IMPORT_ID)
                : job.getProperties().getProperty(RegistrationImport.IMPORT_ID));
    }

    public ImportFile file() {
        return em.find(ImportFile.class, importId());
    }

    public EntityManager em() {
        return em;
    }
}

package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the import COMPLETED or FAILED when its job execution ends. */
@Named
@jakarta.enterprise.context.Dependent
public class RegistrationImportListener extends AbstractJobListener {

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @jakarta.ejb.EJB
    ImportSteps steps;

    @Override
    public void afterJob() {
        boolean failed = job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPING
                || job.getBatchStatus() == BatchStatus.STOPPED;
        steps.finish(progress.importId(), failed);
    }
}

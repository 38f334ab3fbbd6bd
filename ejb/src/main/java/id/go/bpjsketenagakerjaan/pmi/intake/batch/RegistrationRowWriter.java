package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk: registers each valid row (NIK or passport-only path) through the registry, records every row's
 * outcome in the report and advances the file's checkpoint, all in one transaction ({@link ImportSteps#write}). A
 * row whose NIK or passport is already registered is rejected with that reason; a row this import already wrote
 * (only possible if a checkpoint was lost) is skipped.
 */
@Named
@jakarta.enterprise.context.Dependent
public class RegistrationRowWriter extends AbstractItemWriter {

    @Inject
    ImportProgress progress;

    @EJB
    ImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.write(progress.importId(), items);
    }
}

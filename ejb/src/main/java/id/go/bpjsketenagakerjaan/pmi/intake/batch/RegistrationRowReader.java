package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import id.go.bpjsketenagakerjaan.pmi.intake.control.RegistrationCsv;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored file's records. Starts after the later of the batch checkpoint and the file's own committed
 * checkpoint, so a fresh execution after a crash (when the batch repository was lost with the process) resumes too.
 */
@Named
@jakarta.enterprise.context.Dependent
public class RegistrationRowReader extends AbstractItemReader {

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @jakarta.ejb.EJB
    ImportSteps steps;

    private RegistrationCsv.Records records;
    private Map<String, Integer> header;
    private int lastRead;

    @Override
    public void open(Serializable checkpoint) {
        ImportSteps.Opened file = steps.open(progress.importId(), job.getExecutionId());
        String text = new String(file.content(), StandardCharsets.UTF_8);
        records = new RegistrationCsv.Records(new StringReader(text));
        header = RegistrationCsv.header(records.next());
        int resumeAfter = Math.max(checkpoint instanceof Integer row ? row : 0, file.lastRow());
        lastRead = records.recordNo();
        while (lastRead < resumeAfter) {
            if (records.next() == null) {
                break;
            }
            lastRead = records.recordNo();
        }
    }

    @Override
    public Object readItem() {
        List<String> cells = records.next();
        if (cells == null) {
            return null;
        }
        lastRead = records.recordNo();
        return new RawRow(lastRead, header, cells);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}

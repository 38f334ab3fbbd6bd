package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the {@code siskop2mi-registrations} job for a stored import file. A new execution of an interrupted import
 * resumes after the file's committed checkpoint ({@code import_file.last_row}), so restarting is always safe.
 */
@Dependent
public class RegistrationImport {

    public static final String JOB = "siskop2mi-registrations";
    public static final String IMPORT_ID = "importId";
    private static final Logger LOG = Logger.getLogger(RegistrationImport.class.getName());

    public long start(long importId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importId));
        long execution = operator.start(JOB, parameters);
        LOG.info(() -> "Import " + importId + " started as job execution " + execution);
        return execution;
    }
}

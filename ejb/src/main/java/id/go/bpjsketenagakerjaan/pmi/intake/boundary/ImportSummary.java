package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import java.io.Serializable;
import java.time.Instant;

/** One bulk import as the monitoring page shows it (a class with getters, for EL and PrimeFaces exports). */
public class ImportSummary implements Serializable {

    /** A rejected row: its number in the file (the header is row 1), the field and the reason. */
    public record Problem(int row, String field, String reason) implements Serializable {
    }

    private final long id;
    private final String clientName;
    private final String fileName;
    private final ImportFile.Status status;
    private final Integer totalRows;
    private final int doneRows;
    private final int acceptedRows;
    private final int rejectedRows;
    private final Instant uploadedAt;
    private final Instant finishedAt;

    public ImportSummary(long id, String clientName, String fileName, ImportFile.Status status, Integer totalRows,
                         int lastRow, int acceptedRows, int rejectedRows, Instant uploadedAt, Instant finishedAt) {
        this.id = id;
        this.clientName = clientName;
        this.fileName = fileName;
        this.status = status;
        this.totalRows = totalRows;
        this.doneRows = acceptedRows + rejectedRows;
        this.acceptedRows = acceptedRows;
        this.rejectedRows = rejectedRows;
        this.uploadedAt = uploadedAt;
        this.finishedAt = finishedAt;
    }

    /** Whole percent of the rows processed; 100 once finished, 0 while the total is not yet known. */
    public int getPercent() {
        if (status == ImportFile.Status.COMPLETED) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(100, (long) doneRows * 100 / totalRows);
    }

    public boolean isUnfinished() {
        return status == ImportFile.Status.QUEUED || status == ImportFile.Status.RUNNING;
    }

    public long getId() { return id; }
    public String getClientName() { return clientName; }
    public String getFileName() { return fileName; }
    public ImportFile.Status getStatus() { return status; }
    public Integer getTotalRows() { return totalRows; }
    public int getDoneRows() { return doneRows; }
    public int getAcceptedRows() { return acceptedRows; }
    public int getRejectedRows() { return rejectedRows; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}

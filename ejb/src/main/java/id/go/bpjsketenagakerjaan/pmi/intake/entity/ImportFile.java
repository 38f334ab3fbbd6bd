package id.go.bpjsketenagakerjaan.pmi.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A SISKOP2MI registration file and the progress of its import. {@code lastRow} is the checkpoint: it is advanced
 * in the transaction of each chunk, so after a crash the import resumes after the last committed row.
 */
@Entity
@Table(name = "import_file")
@NamedQuery(name = ImportFile.BY_SHA, query = "SELECT f FROM ImportFile f WHERE f.sha256 = :sha")
@NamedQuery(name = ImportFile.UNFINISHED, query = "SELECT f FROM ImportFile f WHERE f.status IN :statuses ORDER BY f.id")
public class ImportFile {

    public static final String BY_SHA = "ImportFile.bySha";
    public static final String UNFINISHED = "ImportFile.unfinished";

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "import_file_seq", sequenceName = "import_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_file_seq")
    private Long id;

    @Column(name = "client_name", nullable = false, updatable = false, length = 60)
    private String clientName;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.QUEUED;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "last_row", nullable = false)
    private int lastRow;

    @Column(name = "accepted_rows", nullable = false)
    private int acceptedRows;

    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;

    @Column(name = "job_execution")
    private Long jobExecution;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportFile() {
    }

    public ImportFile(String clientName, String fileName, String sha256, byte[] content, Instant uploadedAt) {
        this.clientName = clientName;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public void started(long executionId, int totalRows) {
        this.jobExecution = executionId;
        this.totalRows = totalRows;
        this.status = Status.RUNNING;
    }

    /** A chunk committed: rows up to {@code row} are done. */
    public void advance(int row, int accepted, int rejected) {
        if (row > lastRow) {
            lastRow = row;
        }
        acceptedRows += accepted;
        rejectedRows += rejected;
    }

    public void finish(Status outcome, Instant when) {
        this.status = outcome;
        this.finishedAt = when;
    }

    public Long getId() { return id; }
    public String getClientName() { return clientName; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public Status getStatus() { return status; }
    public Integer getTotalRows() { return totalRows; }
    public int getLastRow() { return lastRow; }
    public int getAcceptedRows() { return acceptedRows; }
    public int getRejectedRows() { return rejectedRows; }
    public Long getJobExecution() { return jobExecution; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}

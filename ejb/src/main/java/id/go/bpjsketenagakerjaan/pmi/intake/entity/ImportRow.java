package id.go.bpjsketenagakerjaan.pmi.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of an import report: an accepted row, or one problem (field and reason) of a rejected row. */
@Entity
@Table(name = "import_row")
@NamedQuery(name = ImportRow.REJECTED_OF_FILE, query = "SELECT r FROM ImportRow r WHERE r.importId = :id"
        + " AND r.outcome = 'REJECTED' ORDER BY r.rowNo, r.id")
public class ImportRow {

    /** A file's rejected rows in file order (through ix_import_row_outcome; accepted rows are most of a file). */
    public static final String REJECTED_OF_FILE = "ImportRow.rejectedOfFile";

    @Id
    @SequenceGenerator(name = "import_row_seq", sequenceName = "import_row_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_row_seq")
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNo;

    @Column(nullable = false, updatable = false, length = 10)
    private String outcome;

    @Column(updatable = false, length = 60)
    private String field;

    @Column(updatable = false, length = 400)
    private String reason;

    @Column(name = "participant_id", updatable = false)
    private Long participantId;

    protected ImportRow() {
    }

    private ImportRow(long importId, int rowNo, String outcome, String field, String reason, Long participantId) {
        this.importId = importId;
        this.rowNo = rowNo;
        this.outcome = outcome;
        this.field = field;
        this.reason = reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400);
        this.participantId = participantId;
    }

    public static ImportRow accepted(long importId, int rowNo, long participantId) {
        return new ImportRow(importId, rowNo, "ACCEPTED", null, null, participantId);
    }

    public static ImportRow rejected(long importId, int rowNo, String field, String reason) {
        return new ImportRow(importId, rowNo, "REJECTED", field, reason, null);
    }

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public int getRowNo() { return rowNo; }
    public String getOutcome() { return outcome; }
    public String getField() { return field; }
    public String getReason() { return reason; }
    public Long getParticipantId() { return participantId; }
}

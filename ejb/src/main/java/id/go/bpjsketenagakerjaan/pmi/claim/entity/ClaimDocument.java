package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import id.go.bpjsketenagakerjaan.pmi.claim.control.ChecklistItem;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentState;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** One line of a claim's document checklist as stored; its rules live in DocumentChecklist. */
@Entity
@Table(name = "claim_document")
public class ClaimDocument implements Serializable {

    @Id
    @SequenceGenerator(name = "claim_document_seq", sequenceName = "claim_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentState state;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "rejection_note", length = 1000)
    private String rejectionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private DocumentFile file;

    @Version
    private long version;

    protected ClaimDocument() {
    }

    ClaimDocument(Claim claim, ChecklistItem item) {
        this.claim = claim;
        this.type = item.type();
        apply(item);
    }

    final void apply(ChecklistItem item) {
        this.required = item.required();
        this.state = item.state();
        this.changedBy = item.changedBy();
        this.changedAt = item.changedAt();
        this.rejectionNote = item.rejectionNote();
    }

    void attach(DocumentFile uploaded) {
        this.file = uploaded;
    }

    ChecklistItem toItem() {
        return new ChecklistItem(type, required, state, changedBy, changedAt, rejectionNote);
    }

    public Long getId() { return id; }
    public DocumentType getType() { return type; }
    public boolean isRequired() { return required; }
    public DocumentState getState() { return state; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getRejectionNote() { return rejectionNote; }
    public DocumentFile getFile() { return file; }
    public long getVersion() { return version; }
}

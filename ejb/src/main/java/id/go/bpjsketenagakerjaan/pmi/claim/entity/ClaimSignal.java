package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import id.go.bpjsketenagakerjaan.pmi.claim.control.Severity;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SignalKind;
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
import java.io.Serializable;
import java.time.Instant;

/** A duplicate or fraud signal on a claim, with its evidence; a supervisor acknowledges it before approving. */
@Entity
@Table(name = "claim_signal")
public class ClaimSignal implements Serializable {

    @Id
    @SequenceGenerator(name = "claim_signal_seq", sequenceName = "claim_signal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_signal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Severity severity;

    @Column(nullable = false, updatable = false, length = 2000)
    private String evidence;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = 1000)
    private String acknowledgement;

    protected ClaimSignal() {
    }

    ClaimSignal(Claim claim, Signal signal, Instant detectedAt) {
        this.claim = claim;
        this.kind = signal.kind();
        this.severity = signal.severity();
        this.evidence = signal.evidence();
        this.detectedAt = detectedAt;
    }

    void acknowledge(String supervisor, String note, Instant now) {
        if (isAcknowledged()) {
            throw new ClaimTransitionException("Sinyal " + kind + " sudah dikonfirmasi oleh " + acknowledgedBy + ".");
        }
        if (note == null || note.isBlank()) {
            throw new ClaimTransitionException("Isi catatan konfirmasi untuk sinyal " + kind + ".");
        }
        this.acknowledgedBy = supervisor;
        this.acknowledgedAt = now;
        this.acknowledgement = note.strip();
    }

    public boolean isAcknowledged() {
        return acknowledgedBy != null;
    }

    public Long getId() { return id; }
    public SignalKind getKind() { return kind; }
    public Severity getSeverity() { return severity; }
    public String getEvidence() { return evidence; }
    public Instant getDetectedAt() { return detectedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgement() { return acknowledgement; }
}

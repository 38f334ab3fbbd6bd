package id.go.bpjsketenagakerjaan.pmi.claim.entity;

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

/** One step of a claim's history; written with the step, never changed. */
@Entity
@Table(name = "claim_status_event")
public class ClaimStatusEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "claim_status_event_seq", sequenceName = "claim_status_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_status_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ClaimStatus to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false, length = 1000)
    private String reason;

    protected ClaimStatusEvent() {
    }

    ClaimStatusEvent(Claim claim, ClaimStatus from, ClaimStatus to, String actor, Instant occurredAt, String reason) {
        this.claim = claim;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public ClaimStatus getFrom() { return from; }
    public ClaimStatus getTo() { return to; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getReason() { return reason; }

    /** An assignment or reassignment recorded in the history (the status stays). */
    public boolean isAssignment() {
        return from == to && reason != null && reason.startsWith(Claim.ASSIGNMENT_PREFIX);
    }
}

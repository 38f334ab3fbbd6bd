package id.go.bpjsketenagakerjaan.pmi.benefit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Who changed the benefit catalogue, when, and what: append-only, written in the same transaction as the change. */
@Entity
@Table(name = "benefit_version_audit")
@NamedQuery(name = BenefitVersionAudit.BY_CODE,
        query = "SELECT a FROM BenefitVersionAudit a WHERE a.code = :code ORDER BY a.occurredAt, a.id")
public class BenefitVersionAudit {

    public static final String BY_CODE = "BenefitVersionAudit.byCode";

    public enum Action {
        /** A new version was added. */
        ADD_VERSION,
        /** The previous version got its valid_to because a newer one takes over. */
        CLOSE_VERSION
    }

    @Id
    @SequenceGenerator(name = "benefit_version_audit_seq", sequenceName = "benefit_version_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benefit_version_audit_seq")
    private Long id;

    @Column(name = "benefit_version_id", nullable = false, updatable = false)
    private Long benefitVersionId;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Action action;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 2000, updatable = false)
    private String details;

    protected BenefitVersionAudit() {
    }

    public BenefitVersionAudit(BenefitVersion version, Action action, String actor, Instant occurredAt, String details) {
        this.benefitVersionId = Objects.requireNonNull(version.getId(), "the version must be persisted first");
        this.code = version.getCode();
        this.action = Objects.requireNonNull(action);
        this.actor = Objects.requireNonNull(actor);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.details = details.length() > 2000 ? details.substring(0, 2000) : details;
    }

    public Long getId() { return id; }
    public Long getBenefitVersionId() { return benefitVersionId; }
    public String getCode() { return code; }
    public Action getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getDetails() { return details; }
}

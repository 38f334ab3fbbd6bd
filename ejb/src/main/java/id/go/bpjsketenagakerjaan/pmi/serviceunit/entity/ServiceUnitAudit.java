package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One administrator's change of a service unit: who, when, and the fields before and after. Never changed. */
@Entity
@Table(name = "service_unit_audit")
public class ServiceUnitAudit implements Serializable {

    @Id
    @SequenceGenerator(name = "service_unit_audit_seq", sequenceName = "service_unit_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_unit_audit_seq")
    private Long id;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    private String unitCode;

    @Column(nullable = false, updatable = false, length = 10)
    private String action;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false, length = 2000)
    private String details;

    protected ServiceUnitAudit() {
    }

    public ServiceUnitAudit(String unitCode, String action, String changedBy, Instant changedAt, String details) {
        this.unitCode = Objects.requireNonNull(unitCode);
        this.action = Objects.requireNonNull(action);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.details = details.length() > 2000 ? details.substring(0, 2000) : details;
    }

    public Long getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getAction() { return action; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getDetails() { return details; }
}

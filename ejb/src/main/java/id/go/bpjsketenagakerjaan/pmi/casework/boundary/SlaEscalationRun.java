package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaClock;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.notification.boundary.Outbox;
import id.go.bpjsketenagakerjaan.pmi.shared.persistence.JobLease;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of the SLA watch: warns the assigned adjudicator when a stage is due soon and escalates to the unit's
 * supervisors when it is breached, each once per stage, in one transaction with its audit entry and notifications.
 * Runs only on the instance that holds the job lease.
 */
@Stateless
@PermitAll
public class SlaEscalationRun {

    public static final String JOB = "sla-escalation";
    private static final List<ClaimStatus> CLOCKED = Arrays.stream(ClaimStatus.values())
            .filter(status -> SlaStage.of(status).isPresent()).toList();

    /** What one pass did. */
    public record Result(boolean ran, int warned, int escalated) {
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    JobLease lease;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    HolidayCalendar holidays;

    /** One pass with the lease of the default five-minute schedule. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result runOnce(String instance, Instant now) {
        return pass(instance, now, Duration.ofMinutes(4));
    }

    /** One pass holding the lease for {@code leaseFor}, shorter than the timer's period so the next tick may run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result runOnce(String instance, Instant now, Duration leaseFor) {
        return pass(instance, now, leaseFor);
    }

    private Result pass(String instance, Instant now, Duration leaseFor) {
        boolean held = lease.acquire(JOB, instance, now, leaseFor);
        lease.record(JOB, instance, now, held);
        if (!held) {
            return new Result(false, 0, 0);
        }
        lease.prune(JOB, now.minus(Duration.ofDays(30)));
        int warned = 0;
        int escalated = 0;
        List<Claim> open = em.createQuery("SELECT c FROM Claim c WHERE c.status IN :clocked "
                        + "AND (c.slaWarnedAt IS NULL OR c.slaWarnedAt < c.statusChangedAt "
                        + "OR c.slaEscalatedAt IS NULL OR c.slaEscalatedAt < c.statusChangedAt) ORDER BY c.statusChangedAt", Claim.class)
                .setParameter("clocked", CLOCKED).setMaxResults(500).getResultList();
        SlaPolicy policy = holidays.slaPolicy();
        for (Claim claim : open) {
            SlaClock clock = policy.clock(SlaStage.of(claim.getStatus()).orElseThrow(), claim.getStatusChangedAt(),
                    claim.getServiceUnit().zone());
            SlaStatus status = clock.status(now);
            if (status == SlaStatus.BREACHED && claim.slaEscalationDue()) {
                claim.markSlaEscalated(now);
                outbox.send("supervisor@" + claim.getServiceUnit().getCode(), "SLA terlampaui: " + claim.getClaimNo(),
                        "Klaim " + claim.getClaimNo() + " (" + claim.getStatus() + ") melewati batas " + clock.dueDate()
                                + "; pemeriksa " + claim.getAssignedTo() + ".", now);
                audit.record("sistem", "SLA_ESCALATED", "claim:" + claim.getClaimNo(), "batas " + clock.dueDate(), now);
                escalated++;
            } else if (status == SlaStatus.DUE_SOON && claim.slaWarningDue()) {
                claim.markSlaWarned(now);
                outbox.send(claim.getAssignedTo() == null ? "supervisor@" + claim.getServiceUnit().getCode() : claim.getAssignedTo(),
                        "SLA segera jatuh tempo: " + claim.getClaimNo(),
                        "Klaim " + claim.getClaimNo() + " jatuh tempo pada " + clock.dueDate() + ".", now);
                warned++;
            }
        }
        return new Result(true, warned, escalated);
    }
}

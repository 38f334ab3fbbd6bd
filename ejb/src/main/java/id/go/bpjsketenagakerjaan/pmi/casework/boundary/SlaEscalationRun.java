package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaClock;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.notification.boundary.Outbox;
import id.go.bpjsketenagakerjaan.pmi.shared.persistence.InstantConverter;
import id.go.bpjsketenagakerjaan.pmi.shared.persistence.JobLease;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass of the SLA watch: warns the assigned adjudicator when a stage is due soon and escalates to the unit's
 * supervisors when it is breached, each once per stage, in one transaction with its audit entry and notifications.
 * Runs only on the instance that holds the job lease.
 */
@Stateless
@PermitAll
public class SlaEscalationRun {

    public static final String JOB = "sla-escalation";
    /** Claims looked at per pass; the timer runs passes back to back while they come back full (a backlog). */
    public static final int BATCH = 500;

    /** What one pass did; {@code looked} claims were due a look. */
    public record Result(boolean ran, int warned, int escalated, int looked) {

        /** The pass read a whole batch: more claims may be due now. */
        public boolean full() {
            return looked >= BATCH;
        }
    }

    private static final InstantConverter TIMESTAMPS = new InstantConverter();

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
            return new Result(false, 0, 0, 0);
        }
        lease.prune(JOB, now.minus(Duration.ofDays(30)));
        int warned = 0;
        int escalated = 0;
        // only the claims due a look, oldest first, through ix_claim_sla_check: not every open claim each pass
        List<Claim> due = em.createQuery("SELECT c FROM Claim c WHERE c.slaNextCheckAt <= :now "
                        + "ORDER BY c.slaNextCheckAt, c.id", Claim.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        SlaPolicy policy = holidays.slaPolicy();
        for (Claim claim : due) {
            Optional<SlaStage> stage = SlaStage.of(claim.getStatus());
            if (stage.isEmpty()) {
                lookAgain(claim, null);
                continue;
            }
            SlaClock clock = policy.clock(stage.get(), claim.getStatusChangedAt(), claim.getServiceUnit().zone());
            SlaStatus status = clock.status(now);
            if (status == SlaStatus.BREACHED && claim.slaEscalationDue()) {
                claim.markSlaEscalated(now);
                outbox.send("supervisor@" + claim.getServiceUnit().getCode(), "SLA terlampaui: " + claim.getClaimNo(),
                        "Klaim " + claim.getClaimNo() + " (" + claim.getStatus() + ") melewati batas " + clock.dueDate()
                                + "; pemeriksa " + claim.getAssignedTo() + ".", now);
                audit.record("sistem", "SLA_ESCALATED", "claim:" + claim.getClaimNo(), "batas " + clock.dueDate(), now);
                escalated++;
            } else if (status == SlaStatus.DUE_SOON && claim.slaWarningDue()) {
                claim.markSlaWarned(now, clock.deadline());
                outbox.send(claim.getAssignedTo() == null ? "supervisor@" + claim.getServiceUnit().getCode() : claim.getAssignedTo(),
                        "SLA segera jatuh tempo: " + claim.getClaimNo(),
                        "Klaim " + claim.getClaimNo() + " jatuh tempo pada " + clock.dueDate() + ".", now);
                warned++;
            } else {
                lookAgain(claim, switch (status) {
                    case ON_TRACK -> clock.dueSoonFrom();
                    case DUE_SOON -> clock.deadline();
                    case BREACHED -> null;
                });
            }
        }
        return new Result(true, warned, escalated, due.size());
    }

    /**
     * Moves the claim's next look to {@code at} (none when null) without a new version: the watch's bookkeeping must
     * not make an adjudicator's open edit of the claim stale. Guarded by the version read, so a change that committed
     * meanwhile keeps the look it set.
     */
    private void lookAgain(Claim claim, Instant at) {
        Query update = em.createNativeQuery("UPDATE claim SET sla_next_check_at = " + (at == null ? "NULL" : "?")
                + " WHERE id = ? AND version = ?");
        int index = 1;
        if (at != null) {
            update.setParameter(index++, TIMESTAMPS.convertToDatabaseColumn(at));
        }
        update.setParameter(index++, claim.getId()).setParameter(index, claim.getVersion()).executeUpdate();
    }
}

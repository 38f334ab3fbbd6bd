package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Every five minutes on every instance; the job lease lets one instance of the cluster do the work. The timer is not
 * persistent, so no timer store has to be shared between instances.
 */
@Singleton
public class SlaEscalationTimer {

    private static final Logger LOG = Logger.getLogger(SlaEscalationTimer.class.getName());
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @EJB
    SlaEscalationRun run;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            SlaEscalationRun.Result result = run.runOnce(INSTANCE, Instant.now());
            if (result.ran() && (result.warned() > 0 || result.escalated() > 0)) {
                LOG.info(() -> "SLA: " + result.warned() + " peringatan, " + result.escalated() + " eskalasi");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "SLA escalation pass failed and will run again: " + e);
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every five minutes on every instance, on the wall clock (:00, :05, ...), so all instances of a cluster tick
 * together; the job lease lets one of them do the work. The timer is not persistent, so no timer store has to be
 * shared between instances. {@code pmi.sla-escalation.every-seconds} changes the period (the cluster test ticks every
 * few seconds); the lease is held for four fifths of it.
 */
@Singleton
@Startup
public class SlaEscalationTimer {

    private static final Logger LOG = Logger.getLogger(SlaEscalationTimer.class.getName());
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @EJB
    SlaEscalationRun run;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "pmi.sla-escalation.every-seconds", defaultValue = "300")
    int everySeconds;

    private Duration lease;

    @PostConstruct
    void schedule() {
        JobPeriod period = JobPeriod.of(everySeconds);
        lease = period.lease();
        timers.createCalendarTimer(period.schedule(new ScheduleExpression()), new TimerConfig("sla-escalation", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            SlaEscalationRun.Result result = run.runOnce(INSTANCE, Instant.now(), lease);
            if (result.ran() && (result.warned() > 0 || result.escalated() > 0)) {
                LOG.info(() -> "SLA: " + result.warned() + " peringatan, " + result.escalated() + " eskalasi");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "SLA escalation pass failed and will run again: " + e);
        }
    }
}

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
            // a backlog (after a migration, an outage) is read batch by batch, each in its own transaction, for at
            // most half the period so the next tick finds the lease free
            Instant started = Instant.now();
            Instant stopBy = started.plus(lease.dividedBy(2));
            int warned = 0;
            int escalated = 0;
            SlaEscalationRun.Result result;
            do {
                result = run.runOnce(INSTANCE, Instant.now(), lease);
                warned += result.warned();
                escalated += result.escalated();
            } while (result.ran() && result.full() && Instant.now().isBefore(stopBy));
            if (warned > 0 || escalated > 0) {
                String done = warned + " peringatan, " + escalated + " eskalasi";
                LOG.info(() -> "SLA: " + done);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "SLA escalation pass failed and will run again: " + e);
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.notification.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/** Drains the outbox every minute on the instance holding the sender's lease. */
@Singleton
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @EJB
    NotificationDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            delivery.deliverDue(INSTANCE, Instant.now());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notification delivery failed and will run again: " + e);
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.notification.boundary;

import id.go.bpjsketenagakerjaan.pmi.notification.entity.Notification;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, after the changes committed. The default channel writes to the server log (no mail
 * server is assumed); a failing delivery is retried with back-off and finally left FAILED for an administrator.
 */
@Stateless
@PermitAll
public class NotificationDelivery {

    public static final String JOB = "notification-sender";
    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    JobLease lease;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue(String instance, Instant now) {
        if (!lease.acquire(JOB, instance, now, Duration.ofSeconds(50))) {
            return 0;
        }
        List<Notification> due = em.createQuery("SELECT n FROM Notification n WHERE n.status = :pending "
                        + "AND n.nextAttemptAt <= :now ORDER BY n.id", Notification.class)
                .setParameter("pending", Notification.Status.PENDING).setParameter("now", now).setMaxResults(100).getResultList();
        for (Notification notification : due) {
            try {
                LOG.info(() -> "[notifikasi] kepada " + notification.getRecipient() + ": " + notification.getSubject()
                        + " — " + notification.getBody());
                notification.sent(now);
            } catch (RuntimeException e) {
                notification.failed(e.toString(), now);
            }
        }
        return due.size();
    }
}

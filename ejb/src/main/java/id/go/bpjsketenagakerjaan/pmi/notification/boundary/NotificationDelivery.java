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

/**
 * Sends what the outbox holds, after the changes committed, through {@link NotificationSenders}: the server log by
 * default (no mail server is assumed), SMTP when configured; a failing delivery (the SMTP server down, a wrong
 * configuration) is retried with back-off and finally left FAILED for an administrator.
 */
@Stateless
@PermitAll
public class NotificationDelivery {

    public static final String JOB = "notification-sender";

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    JobLease lease;

    @Inject
    NotificationSenders senders;

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
                senders.send(notification);
                notification.sent(now);
            } catch (RuntimeException e) {
                notification.failed(e.toString(), now);
            }
        }
        return due.size();
    }
}

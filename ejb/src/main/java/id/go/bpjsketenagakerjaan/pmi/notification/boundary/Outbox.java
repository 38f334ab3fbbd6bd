package id.go.bpjsketenagakerjaan.pmi.notification.boundary;

import id.go.bpjsketenagakerjaan.pmi.notification.entity.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Writes a notification in the caller's transaction: it is sent only if the change it reports commits. */
@Dependent
public class Outbox {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public void send(String recipient, String subject, String body, Instant now) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        em.persist(new Notification(recipient, subject, body, now));
    }
}

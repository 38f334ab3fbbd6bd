package id.go.bpjsketenagakerjaan.pmi.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One message in the outbox. */
@Entity
@Table(name = "notification_outbox")
public class Notification {

    public enum Status { PENDING, SENT, FAILED }

    /** Delivery gives up after this many attempts; the row stays FAILED for an administrator to see. */
    public static final int MAX_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, length = 2000)
    private String body;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected Notification() {
    }

    public Notification(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
    }

    /** Backs off 1, 2, 4, 8 minutes between attempts. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "?" : (error.length() > 500 ? error.substring(0, 500) : error);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getSentAt() { return sentAt; }
}

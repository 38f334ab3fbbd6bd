package id.go.bpjsketenagakerjaan.pmi.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An Idempotency-Key used by a client, the hash of the request it came with and the response it got. Inserted
 * before the effect and completed after it, in the same transaction: a crash leaves both or neither.
 */
@Entity
@Table(name = "idempotency_record")
@NamedQuery(name = IdempotencyRecord.BY_KEY,
        query = "SELECT r FROM IdempotencyRecord r WHERE r.clientName = :client AND r.idemKey = :key")
public class IdempotencyRecord {

    public static final String BY_KEY = "IdempotencyRecord.byKey";

    @Id
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    private Long id;

    @Column(name = "client_name", nullable = false, updatable = false, length = 60)
    private String clientName;

    @Column(name = "idem_key", nullable = false, updatable = false, length = 100)
    private String idemKey;

    @Column(nullable = false, updatable = false, length = 60)
    private String operation;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String clientName, String idemKey, String operation, String requestHash, Instant createdAt) {
        this.clientName = clientName;
        this.idemKey = idemKey;
        this.operation = operation;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    public void complete(int status, String body) {
        this.responseStatus = status;
        this.responseBody = body;
    }

    public Long getId() { return id; }
    public String getClientName() { return clientName; }
    public String getIdemKey() { return idemKey; }
    public String getOperation() { return operation; }
    public String getRequestHash() { return requestHash; }
    public Integer getResponseStatus() { return responseStatus; }
    public String getResponseBody() { return responseBody; }
    public Instant getCreatedAt() { return createdAt; }
}

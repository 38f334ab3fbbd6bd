package id.go.bpjsketenagakerjaan.pmi.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key of a client, kept only as its SHA-256; the key itself is shown once, when issued. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k JOIN FETCH k.client WHERE k.keyHash = :hash")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private ApiClient client;

    @Column(name = "key_prefix", nullable = false, updatable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 60)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(ApiClient client, String keyPrefix, String keyHash, String issuedBy, Instant issuedAt) {
        this.client = client;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    public boolean isUsable() {
        return revokedAt == null && client.isActive();
    }

    public Long getId() { return id; }
    public ApiClient getClient() { return client; }
    public String getKeyPrefix() { return keyPrefix; }
    public Instant getRevokedAt() { return revokedAt; }
}

package id.go.bpjsketenagakerjaan.pmi.intake.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A system that calls the intake API, with the scopes (endpoint groups) it may call and its rate limit. */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_NAME, query = "SELECT c FROM ApiClient c WHERE c.name = :name")
public class ApiClient {

    public static final String BY_NAME = "ApiClient.byName";

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false, length = 20)
    private String integration;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "rate_per_minute", nullable = false)
    private int ratePerMinute;

    @Column(nullable = false)
    private int burst;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "scope", nullable = false, length = 40)
    private Set<String> scopes = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    protected ApiClient() {
    }

    public ApiClient(String name, String integration, Collection<String> scopes, int ratePerMinute, int burst,
                     String createdBy, Instant createdAt) {
        this.name = name;
        this.integration = integration;
        this.scopes.addAll(scopes);
        this.ratePerMinute = ratePerMinute;
        this.burst = burst;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getIntegration() { return integration; }
    public boolean isActive() { return active; }
    public int getRatePerMinute() { return ratePerMinute; }
    public int getBurst() { return burst; }
    public Set<String> getScopes() { return Set.copyOf(scopes); }
    public Instant getCreatedAt() { return createdAt; }
}

package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.intake.control.ApiKeys;
import id.go.bpjsketenagakerjaan.pmi.intake.control.Scopes;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ApiClient;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ApiKey;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The client registry's work behind {@link ApiClientService}: creates clients, issues and checks keys. Role-free,
 * runs in the caller's transaction.
 */
@Dependent
public class ApiClients {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public Optional<ClientIdentity> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", ApiKeys.hash(key))
                .getResultStream().findFirst().filter(ApiKey::isUsable).map(k -> identity(k.getClient()));
    }

    public Optional<ClientIdentity> byName(String name) {
        return em.createNamedQuery(ApiClient.BY_NAME, ApiClient.class).setParameter("name", name)
                .getResultStream().findFirst().filter(ApiClient::isActive).map(ApiClients::identity);
    }

    public ApiClient create(String name, String integration, Collection<String> scopes, int ratePerMinute, int burst,
                            String actor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{2,59}")) {
            errors.add(new FieldError("name", "3-60 huruf kecil, angka atau '-'"));
        } else if (!em.createNamedQuery(ApiClient.BY_NAME, ApiClient.class).setParameter("name", name).getResultList().isEmpty()) {
            errors.add(new FieldError("name", "Klien " + name + " sudah ada"));
        }
        if (integration == null || !Scopes.BY_INTEGRATION.containsKey(integration)) {
            errors.add(new FieldError("integration", "Salah satu dari " + Scopes.BY_INTEGRATION.keySet()));
        }
        Collection<String> granted = scopes == null || scopes.isEmpty()
                ? Scopes.BY_INTEGRATION.getOrDefault(integration, List.of()) : scopes;
        if (!Scopes.ALL.containsAll(granted)) {
            errors.add(new FieldError("scopes", "Izin yang dikenal: " + Scopes.ALL));
        }
        if (ratePerMinute < 1 || ratePerMinute > 100_000 || burst < 1 || burst > 10_000) {
            errors.add(new FieldError("ratePerMinute", "Batas 1-100000 per menit, lonjakan 1-10000"));
        }
        InvalidInputException.throwIfAny(errors);
        ApiClient client = new ApiClient(name, integration, granted, ratePerMinute, burst, actor, now);
        em.persist(client);
        return client;
    }

    /** Issues a new random key for the client; the key is returned once and stored as its hash. */
    public IssuedKey issueKey(String clientName, String actor, Instant now) {
        return storeKey(client(clientName), ApiKeys.generate(), actor, now);
    }

    /** Stores a given key (demo data only: fixed keys that the README and tests can use). */
    public IssuedKey storeKey(ApiClient client, String key, String actor, Instant now) {
        em.persist(new ApiKey(client, ApiKeys.prefix(key), ApiKeys.hash(key), actor, now));
        em.flush();
        return new IssuedKey(client.getName(), ApiKeys.prefix(key), key);
    }

    public int revokeKeys(String clientName, Instant now) {
        List<ApiKey> keys = em.createQuery("SELECT k FROM ApiKey k WHERE k.client.name = :name AND k.revokedAt IS NULL",
                ApiKey.class).setParameter("name", clientName).getResultList();
        keys.forEach(k -> k.revoke(now));
        return keys.size();
    }

    private ApiClient client(String name) {
        return em.createNamedQuery(ApiClient.BY_NAME, ApiClient.class).setParameter("name", name)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("clientName", "Klien " + name + " tidak ditemukan"));
    }

    private static ClientIdentity identity(ApiClient client) {
        return new ClientIdentity(client.getName(), client.getIntegration(), client.getScopes(),
                client.getRatePerMinute(), client.getBurst());
    }
}

package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiClients;
import id.go.bpjsketenagakerjaan.pmi.intake.control.Scopes;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ApiClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One demo client per integration with a fixed, published key (demo data only, never in production: real keys are
 * issued by {@code ApiClientService.createClient} and shown once). {@code jmo-lambat} has a tiny rate limit to show
 * the 429.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoApiClients {

    private static final Logger LOG = Logger.getLogger(DemoApiClients.class.getName());

    public record DemoClient(String name, String integration, String key, int ratePerMinute, int burst) {
    }

    public static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("e-klaim-demo", "E_KLAIM", "pmi_demo_e-klaim_2026", 1200, 200),
            new DemoClient("jmo-demo", "JMO", "pmi_demo_jmo_2026", 1200, 200),
            new DemoClient("siskop2mi-demo", "SISKOP2MI", "pmi_demo_siskop2mi_2026", 1200, 200),
            new DemoClient("peduli-wni-demo", "PEDULI_WNI", "pmi_demo_peduli-wni_2026", 1200, 200),
            new DemoClient("jmo-lambat", "JMO", "pmi_demo_jmo-lambat_2026", 1, 3));

    public static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        CLIENTS.forEach(c -> keys.put(c.name(), c.key()));
        return keys;
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    ApiClients clients;

    @Inject
    @ConfigProperty(name = "pmi.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(c) FROM ApiClient c", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = Instant.now();
        StringBuilder banner = new StringBuilder("\nDemo API clients (header 'Authorization: ApiKey <key>'):");
        for (DemoClient demo : CLIENTS) {
            ApiClient client = clients.create(demo.name(), demo.integration(), Scopes.BY_INTEGRATION.get(demo.integration()),
                    demo.ratePerMinute(), demo.burst(), "demo", now);
            clients.storeKey(client, demo.key(), "demo", now);
            banner.append("\n  ").append(demo.name()).append("  ").append(demo.integration()).append("  ")
                    .append(demo.key()).append("  ").append(client.getScopes());
        }
        LOG.info(banner::toString);
    }
}

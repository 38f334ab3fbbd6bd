package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Integration clients and their API keys. An administrator creates a client for an integration (default scopes of
 * that integration unless given) and issues keys; the key is shown once. The authentication mechanism of the web
 * tier checks keys through {@link #authenticate(String)} before anyone is logged in, hence {@code @PermitAll} there.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiClientService {

    @Inject
    ApiClients clients;

    @Resource
    SessionContext session;

    @PermitAll
    public Optional<ClientIdentity> authenticate(String key) {
        return clients.authenticate(key);
    }

    /** Creates a client and issues its first key. */
    public IssuedKey createClient(String name, String integration, List<String> scopes, int ratePerMinute, int burst) {
        Instant now = Instant.now();
        clients.create(name, integration, scopes, ratePerMinute, burst, caller(), now);
        return clients.issueKey(name, caller(), now);
    }

    /** A further key for a client (rotation: issue, deploy at the client, then revoke the old ones). */
    public IssuedKey issueKey(String clientName) {
        return clients.issueKey(clientName, caller(), Instant.now());
    }

    public int revokeKeys(String clientName) {
        return clients.revokeKeys(clientName, Instant.now());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

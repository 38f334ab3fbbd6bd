package id.go.bpjsketenagakerjaan.pmi.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * With OpenID Connect: the provider's identity store puts the raw values of the roles claim in the caller's groups;
 * this store adds the staff roles they map to ({@link OidcRoleMapping}). Present only when {@code PMI_AUTH=oidc}
 * ({@link OidcActivation}); with the form login the database users' roles are used as they are.
 */
@ApplicationScoped
public class OidcRoleStore implements IdentityStore {

    @Inject
    OidcLogin login;

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return login.settings().roleMapping().rolesFor(result.getCallerGroups());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.PROVIDE_GROUPS);
    }
}

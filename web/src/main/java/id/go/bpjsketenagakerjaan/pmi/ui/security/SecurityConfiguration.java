package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Roles of the application. Form login on the JSF login page against the users in the database (see
 * {@link AccountIdentityStore}) and API keys under /api/ are both done by the one mechanism
 * {@link id.go.bpjsketenagakerjaan.pmi.api.security.ApiKeyOrFormMechanism} (Jakarta Security allows one).
 */
@DeclareRoles({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN,
        Roles.INTEGRATION})
@ApplicationScoped
public class SecurityConfiguration {
}

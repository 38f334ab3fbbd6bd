package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is looking at the page, for the layout's user box and for hiding what the server would refuse anyway. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isAdjudicatorOrSupervisor() {
        return securityContext.isCallerInRole(Roles.ADJUDICATOR) || securityContext.isCallerInRole(Roles.SUPERVISOR);
    }

    public boolean isSupervisor() {
        return securityContext.isCallerInRole(Roles.SUPERVISOR);
    }

    public boolean isClaimsReader() {
        return securityContext.isCallerInRole(Roles.ADJUDICATOR) || securityContext.isCallerInRole(Roles.SUPERVISOR)
                || securityContext.isCallerInRole(Roles.MANAGER);
    }
}

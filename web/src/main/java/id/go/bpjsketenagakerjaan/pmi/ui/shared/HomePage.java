package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page for each role: workbench, desk, claims list or audit trail. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser user;

    public String start() {
        if (user.isAdjudicatorOrSupervisor()) {
            return "/workbench?faces-redirect=true";
        }
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.BRANCH_OFFICER)) {
            return "/desk/claim?faces-redirect=true";
        }
        if (user.isClaimsReader()) {
            return "/claims?faces-redirect=true";
        }
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.AUDITOR)
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN)) {
            return "/audit?faces-redirect=true";
        }
        return "/WEB-INF/errors/forbidden";
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page for each role: adjudicators and supervisors their workbench, others the claims list. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser user;

    public String start() {
        if (user.isAdjudicatorOrSupervisor()) {
            return "/workbench?faces-redirect=true";
        }
        return user.isClaimsReader() ? "/claims?faces-redirect=true" : "/WEB-INF/errors/forbidden";
    }
}

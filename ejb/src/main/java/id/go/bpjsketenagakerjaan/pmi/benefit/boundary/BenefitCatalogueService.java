package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersionAudit;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The benefit catalogue of Permenaker 4/2023 as effective-dated reference data. Everyone signed in may read it;
 * only an administrator adds a version. Past dates keep the version that was in force then.
 */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class BenefitCatalogueService {

    @jakarta.inject.Inject
    id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog audit;

    @Inject
    BenefitCatalogue catalogue;

    @Resource
    SessionContext session;

    /** One rule per benefit: the version in force on {@code day}. */
    public List<BenefitRule> rulesInForce(LocalDate day) {
        return catalogue.rulesInForce(day);
    }

    public List<BenefitVersion> history(String code) {
        return catalogue.history(code);
    }

    /** Every version of every benefit, by code then start date (the administration page lists them all). */
    public List<BenefitVersion> allVersions() {
        return catalogue.allVersions();
    }

    public List<BenefitVersionAudit> audit(String code) {
        return catalogue.audit(code);
    }

    /**
     * Adds a version effective from its {@code validFrom}, which must be after the current version's start; the
     * current version then ends the day before, and both changes are audited, all in this transaction.
     */
    @RolesAllowed(Roles.ADMIN)
    public BenefitVersion addVersion(NewBenefitVersion proposal) {
        String admin = session.getCallerPrincipal().getName();
        List<BenefitVersion> before = catalogue.history(proposal == null ? null : proposal.code());
        BenefitVersion previous = before == null || before.isEmpty() ? null : before.get(before.size() - 1);
        BenefitVersion added = catalogue.addVersion(proposal, admin);
        // the catalogue keeps its own field-level history; the chained trail records that it changed, and how
        AuditDetail detail = AuditDetail.change();
        if (previous != null) {
            detail.before("version", previous.getVersionNo()).before("amount", previous.getAmount())
                    .before("cap", previous.getCap()).before("validFrom", previous.getValidFrom());
        }
        audit.record(admin, "CATALOGUE_VERSION_ADDED", "benefit:" + added.getCode(), detail
                .after("version", added.getVersionNo()).after("amount", added.getAmount()).after("cap", added.getCap())
                .after("validFrom", added.getValidFrom()).toString(), java.time.Instant.now());
        return added;
    }
}

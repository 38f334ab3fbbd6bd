package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.CatalogueChange;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersionAudit;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's work behind {@link BenefitCatalogueService}: reads versions as {@link BenefitRule}s and adds a
 * version (closing the previous one and writing the audit rows in the same transaction). Runs in the caller's
 * transaction and does no role check: production code reaches it only through the boundary.
 */
@Dependent
public class BenefitCatalogue {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private final CatalogueChange change = new CatalogueChange();

    /** The versions in force on {@code day}, one per benefit. */
    public List<BenefitRule> rulesInForce(LocalDate day) {
        if (day == null) {
            throw new InvalidInputException("date", "Tanggal: wajib diisi");
        }
        return em.createNamedQuery(BenefitVersion.IN_FORCE, BenefitVersion.class).setParameter("day", day)
                .getResultList().stream().map(BenefitVersion::toRule).toList();
    }

    /** Every version of every benefit: the calculator picks the one in force on the incident date. */
    public List<BenefitRule> allRules() {
        return em.createNamedQuery(BenefitVersion.ALL, BenefitVersion.class).getResultList().stream()
                .map(BenefitVersion::toRule).toList();
    }

    public List<BenefitVersion> allVersions() {
        return em.createNamedQuery(BenefitVersion.ALL, BenefitVersion.class).getResultList();
    }

    /** The versions of one benefit, oldest first. */
    public List<BenefitVersion> history(String code) {
        return em.createNamedQuery(BenefitVersion.BY_CODE, BenefitVersion.class).setParameter("code", code).getResultList();
    }

    public List<BenefitVersionAudit> audit(String code) {
        return em.createNamedQuery(BenefitVersionAudit.BY_CODE, BenefitVersionAudit.class).setParameter("code", code)
                .getResultList();
    }

    /**
     * Adds a version effective from {@code proposal.validFrom()}; the previous latest version ends the day before.
     * Two administrators changing the same benefit at once: the second fails on the previous version's
     * {@code @Version} (or on the unique version number), and nothing of it is written.
     */
    public BenefitVersion addVersion(NewBenefitVersion proposal, String actor) {
        if (proposal == null || proposal.code() == null || proposal.code().isBlank()) {
            throw new InvalidInputException("code", "Kode manfaat: wajib diisi");
        }
        List<BenefitVersion> versions = history(proposal.code().strip());
        BenefitVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        BenefitRule proposed = null;
        String buildProblem = null;
        try {
            proposed = proposal.toRule();
        } catch (IllegalArgumentException | NullPointerException e) {
            buildProblem = "Versi manfaat tidak sah: " + e.getMessage();
        }
        List<FieldError> errors = new ArrayList<>(change.problems(proposal.code(), current == null ? null : current.toRule(),
                proposed, buildProblem));
        if (proposal.nameEn() == null || proposal.nameEn().isBlank()) {
            errors.add(new FieldError("nameEn", "Nama (bahasa Inggris): wajib diisi"));
        }
        InvalidInputException.throwIfAny(errors);

        Instant now = clock.instant();
        String what = change.describe(current.toRule(), proposed, current.getVersionNo() + 1);
        em.lock(current, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        current.supersededFrom(proposed.validFrom());
        BenefitVersion added = new BenefitVersion(proposed, current.getVersionNo() + 1, proposal.nameEn().strip(), actor, now);
        em.persist(added);
        em.flush();
        em.persist(new BenefitVersionAudit(current, BenefitVersionAudit.Action.CLOSE_VERSION, actor, now,
                current.getCode() + " v" + current.getVersionNo() + " (sejak " + current.getValidFrom() + ") berlaku s.d. "
                        + current.getValidTo() + " karena versi baru"));
        em.persist(new BenefitVersionAudit(added, BenefitVersionAudit.Action.ADD_VERSION, actor, now, what));
        em.flush();
        return added;
    }
}

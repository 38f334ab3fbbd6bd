package id.go.bpjsketenagakerjaan.pmi.ui.admin;

import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogueService;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.NewBenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Confidence;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The benefit catalogue (ADMIN): every version of every benefit with its period and whether its amount still awaits
 * confirmation, and a form to add a version from an effective date. A new version starts from the current one's
 * values; only amount, cap, legal basis and confidence change here. Earlier versions keep their values, so past
 * decisions stay explained by the version they recorded.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FieldMessages FIELDS = new FieldMessages("newVersion")
            .map("code", "code").map("validFrom", "validFrom").map("legalBasis", "legalBasis")
            .fallback(field -> field.startsWith("amount") ? "amount" : field.startsWith("cap") ? "cap" : null);

    @EJB
    BenefitCatalogueService catalogue;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private List<BenefitVersion> versions = List.of();

    private String code;
    private LocalDate validFrom;
    private BigDecimal amount;
    private BigDecimal cap;
    private String legalBasis;
    private Confidence confidence;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        versions = catalogue.allVersions();
    }

    /** The benefit chosen in the form changed: start from its latest version's values. */
    public void chosen() {
        BenefitVersion latest = latest(code);
        if (latest != null) {
            amount = latest.getAmount();
            cap = latest.getCap();
            legalBasis = latest.getLegalBasis();
            confidence = latest.getConfidence();
            validFrom = null;
        }
    }

    public void add() {
        BenefitVersion latest = latest(code);
        if (latest == null) {
            FIELDS.show(new InvalidInputException("code", Messages.text(FacesContext.getCurrentInstance(), "admin.catalogue.chooseBenefit")));
            return;
        }
        if (validFrom == null) {
            FIELDS.show(new InvalidInputException("validFrom", Messages.text(FacesContext.getCurrentInstance(), "admin.catalogue.validFrom")
                    + ": " + Messages.text(FacesContext.getCurrentInstance(), "admin.required")));
            return;
        }
        NewBenefitVersion proposal = NewBenefitVersion.copyOf(latest, validFrom)
                .withAmount(amount == null ? null : Money.of(amount))
                .withCap(cap == null ? null : Money.of(cap))
                .withBasis(legalBasis, confidence == null ? latest.getConfidence() : confidence);
        try {
            BenefitVersion added = catalogue.addVersion(proposal);
            messages.info(null, "admin.catalogue.added", added.getCode(), added.getVersionNo(), added.getValidFrom());
            validFrom = null;
        } catch (InvalidInputException e) {
            FIELDS.show(e);
        } catch (EJBException | OptimisticLockException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "admin.catalogue.concurrent", code), null));
            faces.validationFailed();
        }
        refresh();
    }

    private BenefitVersion latest(String benefit) {
        BenefitVersion latest = null;
        for (BenefitVersion v : versions) {
            if (v.getCode().equals(benefit) && (latest == null || v.getValidFrom().isAfter(latest.getValidFrom()))) {
                latest = v;
            }
        }
        return latest;
    }

    /** "Rp 85.000.000"; empty when the version has no such amount. */
    public String rupiah(BigDecimal value) {
        return value == null ? "" : Money.of(value).toString();
    }

    public boolean inForce(BenefitVersion v) {
        LocalDate today = viewerZone.today();
        return !v.getValidFrom().isAfter(today) && (v.getValidTo() == null || !v.getValidTo().isBefore(today));
    }

    public List<String> getCodes() {
        return versions.stream().map(BenefitVersion::getCode).distinct().toList();
    }

    public Confidence[] getConfidences() { return Confidence.values(); }
    public List<BenefitVersion> getVersions() { return versions; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getCap() { return cap; }
    public void setCap(BigDecimal cap) { this.cap = cap; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
}

package id.go.bpjsketenagakerjaan.pmi.ui.admin;

import id.go.bpjsketenagakerjaan.pmi.payout.boundary.AuthorityAdminService;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevelAudit;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Authority limits (ADMIN): the approval ladder with each level's limit and the approvals it needs, a form to change
 * one level (the whole ladder must stay consistent, checked by the boundary) and the history of every change.
 */
@Named
@ViewScoped
public class AuthorityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuthorityAdminService authority;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private List<AuthorityLevel> levels = List.of();
    private List<AuthorityLevelAudit> history = List.of();

    private String code;
    private BigDecimal limit;
    private Integer approvals;
    private String note;

    @PostConstruct
    void init() {
        refresh();
        if (!levels.isEmpty()) {
            edit(levels.get(0));
        }
    }

    private void refresh() {
        levels = authority.levels();
        history = authority.history(null);
    }

    /** Fills the form with a level's current values. */
    public void edit(AuthorityLevel level) {
        code = level.getCode();
        limit = level.getUpperLimit();
        approvals = level.getApprovalsRequired();
        note = null;
    }

    /** The level chosen in the form changed: show its values. */
    public void chosen() {
        levels.stream().filter(l -> l.getCode().equals(code)).findFirst().ifPresent(this::edit);
    }

    public void save() {
        AuthorityLevel seen = levels.stream().filter(l -> l.getCode().equals(code)).findFirst().orElse(null);
        if (seen == null) {
            fail("authForm:code", Messages.text(FacesContext.getCurrentInstance(), "admin.authority.chooseLevel"));
            return;
        }
        if (approvals == null) {
            fail("authForm:approvals", Messages.text(FacesContext.getCurrentInstance(), "admin.authority.approvals") + ": "
                    + Messages.text(FacesContext.getCurrentInstance(), "admin.required"));
            return;
        }
        try {
            authority.changeLevel(code, seen.getVersion(), limit, approvals, note == null || note.isBlank() ? null : note.strip());
            messages.info(null, "admin.authority.saved", code);
            refresh();
            chosen();
        } catch (PayoutException e) {
            fail(null, e.getMessage());
            refresh();
        }
    }

    private static void fail(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** "Rp 50.000.000", or "tanpa batas" / "unlimited" for a level without a limit. */
    public String rupiah(BigDecimal amount) {
        return amount == null ? Messages.text(FacesContext.getCurrentInstance(), "admin.authority.unlimited") : Money.of(amount).toString();
    }

    public String at(Instant instant) {
        return viewerZone.at(instant);
    }

    public List<AuthorityLevel> getLevels() { return levels; }
    public List<AuthorityLevelAudit> getHistory() { return history; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public BigDecimal getLimit() { return limit; }
    public void setLimit(BigDecimal limit) { this.limit = limit; }
    public Integer getApprovals() { return approvals; }
    public void setApprovals(Integer approvals) { this.approvals = approvals; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

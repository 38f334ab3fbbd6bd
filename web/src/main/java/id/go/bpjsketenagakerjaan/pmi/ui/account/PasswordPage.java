package id.go.bpjsketenagakerjaan.pmi.ui.account;

import id.go.bpjsketenagakerjaan.pmi.security.boundary.AccountService;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.SessionState;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.security.SessionEpochFilter;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The user's own password: current, new, repeated. Forced after an administrator issued the password (every other page
 * leads here until it is done, see {@link SessionEpochFilter}), open from the user menu at any time. Each refusal
 * stands next to its field. The change ends the user's other sessions; this one carries on under the new epoch.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FieldMessages FIELDS = new FieldMessages("password")
            .map("currentPassword", "current").map("newPassword", "newPassword").map("repeatPassword", "repeat");

    @EJB
    AccountService accounts;

    @Inject
    Messages messages;

    private boolean required;
    private boolean changed;
    private String current;
    private String newPassword;
    private String repeat;

    @PostConstruct
    void init() {
        String name = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        SessionState state = name == null ? null : accounts.sessionState(name);
        required = state != null && state.mustChangePassword();
    }

    public void change() {
        try {
            long epoch = accounts.changeOwnPassword(chars(current), chars(newPassword), chars(repeat));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            ((HttpServletRequest) external.getRequest()).getSession().setAttribute(SessionEpochFilter.EPOCH, epoch);
            required = false;
            changed = true;
            messages.info(null, "password.changed");
        } catch (InvalidInputException e) {
            FIELDS.show(e);
        } finally {
            // never kept in the view state longer than the request
            current = null;
            newPassword = null;
            repeat = null;
        }
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    public boolean isRequired() { return required; }
    public boolean isChanged() { return changed; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}

package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.api.security.ApiKeyOrFormMechanism;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.AccountService;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.LoginResult;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

@Named
@RequestScoped
public class LoginPage {

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    ViewerZone viewerZone;

    @Inject
    LoginAttempt attempt;

    @Inject
    Messages messages;

    @EJB
    AccountService accounts;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id at login defeats session fixation
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip().toLowerCase(), new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                startSession(request);
                external.redirect(pageBeforeLogin(request, external.getRequestContextPath()));
            }
            default -> failed();
        }
    }

    /**
     * The new session remembers the session epoch its login was checked under (read in the same transaction as the
     * password), so "logout everywhere" after this moment ends it ({@link SessionEpochFilter}); and that it came
     * through the form, whose passwords the filter may demand a change of.
     */
    private void startSession(HttpServletRequest request) {
        LoginResult result = attempt.result();
        HttpSession session = request.getSession();
        if (result != null && result.outcome() == LoginResult.Outcome.VALID) {
            session.setAttribute(SessionEpochFilter.EPOCH, result.sessionEpoch());
        }
        session.setAttribute(SessionEpochFilter.FORM_LOGIN, Boolean.TRUE);
    }

    /** Where the user was going when the login page interrupted (an expired session, a bookmark), else the start page. */
    static String pageBeforeLogin(HttpServletRequest request, String contextPath) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ApiKeyOrFormMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(ApiKeyOrFormMechanism.RETURN_TO);
        }
        // only a page of this application: never an address elsewhere, never back to the login page
        if (kept instanceof String page && page.startsWith(contextPath + "/") && !page.startsWith("//")
                && !page.contains("/login.xhtml") && !page.contains("\\")) {
            return page;
        }
        return contextPath + "/";
    }

    private void failed() {
        LoginResult result = attempt.result();
        if (result != null && result.outcome() == LoginResult.Outcome.LOCKED) {
            // nobody is logged in yet: the viewer's zone is head office time, named in the message
            messages.error(null, "login.locked", viewerZone.time(result.lockedUntil()), viewerZone.getShortName());
        } else {
            messages.error(null, "login.invalid");
        }
    }

    public void logout() throws IOException {
        endThisSession("/login.xhtml");
    }

    /**
     * "Keluar dari semua perangkat": the user's session epoch moves on, so every other session of theirs, on any
     * device and any instance, is refused at its next request; this one ends now.
     */
    public void logoutEverywhere() throws IOException {
        accounts.endAllMySessions();
        endThisSession(SessionEpochFilter.ENDED_PAGE);
    }

    private void endThisSession(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // already logged out: nothing to undo
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + page);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}

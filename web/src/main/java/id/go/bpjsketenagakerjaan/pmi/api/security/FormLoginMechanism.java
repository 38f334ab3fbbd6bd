package id.go.bpjsketenagakerjaan.pmi.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The form login: the login page calls {@code SecurityContext.authenticate} with the credential, the identity store
 * validates it, and a protected page redirects to the login page ({@link LoginToContinue}). {@code @Typed} keeps it
 * from being a second HttpAuthenticationMechanism bean: {@link ApiKeyOrFormMechanism} is the only one and delegates
 * here.
 * <p>
 * The session keeps the caller as a plain serializable attribute ({@link SessionCaller}) and
 * {@link ApiKeyOrFormMechanism} presents it to the container again on every request, before the login-to-continue
 * redirect is considered. {@code @AutoApplySession} would keep the container's principal instead, and when a
 * clustered Payara instance takes over a replicated session that principal arrives without its groups: the user
 * would be logged in with no role and refused every page (the cluster test saw 403s on the second instance).
 */
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@Typed(FormLoginMechanism.class)
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the {@link SessionCaller}. */
    public static final String CALLER = "pmi.login.caller";

    /** Who is logged in to this session, with the groups the identity store gave at login. */
    public record SessionCaller(String name, Set<String> groups) implements Serializable {
        public SessionCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        return context.doNothing();
    }

    /** The caller a form login left in this request's session, or null. */
    static SessionCaller callerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CALLER) instanceof SessionCaller caller ? caller : null;
    }
}

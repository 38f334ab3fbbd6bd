package id.go.bpjsketenagakerjaan.pmi.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The form login exactly as {@code @CustomFormAuthenticationMechanismDefinition} built it: the login page calls
 * {@code SecurityContext.authenticate} with the credential, the identity store validates it, the session keeps the
 * caller ({@link AutoApplySession}) and a protected page redirects to the login page ({@link LoginToContinue}, the
 * spec's interceptor bindings for custom mechanisms). {@code @Typed} keeps it from being a second
 * HttpAuthenticationMechanism bean: {@link ApiKeyOrFormMechanism} is the only one and delegates here.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@Typed(FormLoginMechanism.class)
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }
}

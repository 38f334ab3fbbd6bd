package id.go.bpjsketenagakerjaan.pmi.api.security;

import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiClientService;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ClientIdentity;
import id.go.bpjsketenagakerjaan.pmi.intake.control.ApiKeys;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one HTTP authentication mechanism. Under {@code /api/}: stateless API keys
 * ({@code Authorization: ApiKey <key>}); a valid key makes the client the container principal with role INTEGRATION
 * for this request only (no session, no redirect). A missing or wrong key leaves the request anonymous with the
 * reason in a request attribute; {@code ApiClientGate} answers 401 problem+json. Everything else goes to the form
 * login, unchanged, or, with {@code PMI_AUTH=oidc}, to the OpenID Connect mechanism that Jakarta Security builds from
 * {@code OidcLogin}. That makes two mechanism beans; web.xml's {@code fish.payara.security.mechanism} names this one
 * as the container's (a CDI alternative would also hide the other one from the lookup below).
 */
@ApplicationScoped
public class ApiKeyOrFormMechanism implements HttpAuthenticationMechanism {

    public static final String CLIENT = "pmi.api.client";
    public static final String FAILURE = "pmi.api.authFailure";
    /** Session attribute: the page to return to after the login (see {@code LoginPage}). */
    public static final String RETURN_TO = "pmi.login.returnTo";

    @Inject
    FormLoginMechanism form;

    @EJB
    ApiClientService clients;

    @Inject
    Instance<HttpAuthenticationMechanism> mechanisms;

    private volatile Optional<HttpAuthenticationMechanism> openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            FormLoginMechanism.SessionCaller caller = FormLoginMechanism.callerOf(request);
            if (caller != null && !context.isAuthenticationRequest()) {
                // a logged-in session, possibly replicated from another instance of the cluster
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
            HttpServletResponse original = context.getResponse();
            if (ajax) {
                // an XHR would follow a plain redirect and get the login page as its "update": nothing would happen
                context.setResponse(new AjaxRedirect(original));
            }
            try {
                AuthenticationStatus status = staff().validateRequest(request, ajax ? context.getResponse() : response, context);
                rememberPageBeforeLogin(request, context, status);
                return status;
            } finally {
                context.setResponse(original);
            }
        }
        String header = request.getHeader("Authorization");
        String key = ApiKeys.fromAuthorization(header);
        if (key == null) {
            request.setAttribute(FAILURE, header == null ? "Header Authorization: ApiKey <kunci> wajib dikirim."
                    : "Header Authorization harus berbentuk: ApiKey <kunci>.");
            return context.doNothing();
        }
        Optional<ClientIdentity> client = clients.authenticate(key);
        if (client.isEmpty()) {
            request.setAttribute(FAILURE, "Kunci API tidak dikenal atau sudah dicabut.");
            return context.doNothing();
        }
        request.setAttribute(CLIENT, client.get());
        return context.notifyContainerAboutLogin(client.get().name(), Set.of(Roles.INTEGRATION));
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : staff().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            staff().cleanSubject(request, response, context);
        }
    }

    /**
     * A page asked for without a (or after an expired) login is sent to the login page; the page is kept in the new
     * session so the login can lead back to it (for a form post or AJAX request: the page it came from).
     */
    private static void rememberPageBeforeLogin(HttpServletRequest request, HttpMessageContext context, AuthenticationStatus status) {
        if (status != AuthenticationStatus.SEND_CONTINUE || !context.isProtected()) {
            return;
        }
        String page;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            page = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        } else {
            page = samePageAs(request.getHeader("Referer"), request); // a post is not replayed: its page is reopened
        }
        if (page != null && (page.endsWith(".xhtml") || page.contains(".xhtml?") || page.endsWith("/"))) {
            request.getSession().setAttribute(RETURN_TO, page); // not a favicon or another resource
        }
    }

    /** The path and query of a Referer on this server, or null. */
    private static String samePageAs(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Turns the login redirect of an AJAX request into the partial response Faces' script follows. */
    static final class AjaxRedirect extends jakarta.servlet.http.HttpServletResponseWrapper {

        AjaxRedirect(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws java.io.IOException {
            setStatus(HttpServletResponse.SC_OK);
            setContentType("text/xml");
            setCharacterEncoding("UTF-8");
            String url = location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + url
                    + "\"/></partial-response>");
            flushBuffer();
        }
    }

    /** The staff login: the OpenID Connect mechanism when configured (the other mechanism bean), else the form. */
    private HttpAuthenticationMechanism staff() {
        Optional<HttpAuthenticationMechanism> found = openId;
        if (found == null) {
            found = mechanisms.handlesStream()
                    .filter(h -> !ApiKeyOrFormMechanism.class.equals(h.getBean().getBeanClass()))
                    .findFirst().map(h -> (HttpAuthenticationMechanism) h.get());
            openId = found;
        }
        return found.isPresent() ? found.get() : form;
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri == null ? "" : uri.substring(Math.min(context == null ? 0 : context.length(), uri.length()));
        return path.startsWith("/api/");
    }
}

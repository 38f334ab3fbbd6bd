package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.security.boundary.AccountService;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.SessionState;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Ends sessions that their user (or an administrator) ended elsewhere, and keeps a user with an issued password on the
 * change-password page. A session holds the user's session epoch from its login ({@link #EPOCH}); on each request of a
 * logged-in session the filter reads the user's current epoch from the database ({@link AccountService#sessionState}:
 * one query by the unique username index, no cache) and, when it has moved on, invalidates the session and sends the
 * browser to the login page with the reason. The database is the only thing two instances share, so this works
 * across a cluster without any messaging. The intake API (API keys, no session) and static resources are not checked.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionEpochFilter extends HttpFilter {

    /** Session attribute: the epoch the session was opened under (a Long). */
    public static final String EPOCH = "pmi.session.epoch";
    /** Session attribute: set by the form login; only then is a password change demanded (OIDC has no password here). */
    public static final String FORM_LOGIN = "pmi.session.formLogin";
    /** Where the login page explains why the session ended. */
    public static final String ENDED_PAGE = "/login.xhtml?ended=all";
    public static final String PASSWORD_PAGE = "/password.xhtml";

    @EJB
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null || unchecked(path)) {
            chain.doFilter(request, response);
            return;
        }
        SessionState state = accounts.sessionState(principal.getName());
        if (state == null) { // an OpenID Connect user without a row: nothing to compare with
            chain.doFilter(request, response);
            return;
        }
        Object seen = session.getAttribute(EPOCH);
        if (seen == null) {
            // the OpenID Connect login: its first request (the callback) is where the session starts
            session.setAttribute(EPOCH, state.epoch());
        } else if (((Long) seen) != state.epoch() || !state.active()) {
            end(request, session);
            redirect(request, response, request.getContextPath() + ENDED_PAGE);
            return;
        }
        if (state.mustChangePassword() && session.getAttribute(FORM_LOGIN) != null && !path.equals(PASSWORD_PAGE)) {
            redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Paths not checked: the API (its own credentials), resources, health, the API description, and the login page
     * (public; a new login there replaces a stale session's epoch).
     */
    static boolean unchecked(String path) {
        return path.equals("/login.xhtml") || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/health")
                || path.startsWith("/openapi");
    }

    private static void end(HttpServletRequest request, HttpSession session) {
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is invalidated below either way
        }
        try {
            session.invalidate();
        } catch (IllegalStateException e) {
            // invalidated meanwhile by a parallel request of the same session
        }
    }

    /** A plain redirect, or for a Faces AJAX request the partial response its script follows (as for an expired login). */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            String url = location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }
}

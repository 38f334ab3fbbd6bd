package id.go.bpjsketenagakerjaan.pmi.ui.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. The login itself is done by the mechanism before this servlet runs; the servlet
 * only sends the now logged-in user to the start page, which leads on to the page of their role. (With the form login
 * the path is protected like every page and just redirects too.)
 */
@WebServlet("/oidc-callback")
public class OidcCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}

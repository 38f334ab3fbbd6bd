package id.go.bpjsketenagakerjaan.pmi.ui.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, and Secure wherever the site is served over TLS ({@code PMI_SECURE_COOKIES=true}, the
 * production setting; plain HTTP on localhost would lose the session). SameSite=Lax comes from
 * {@code WEB-INF/glassfish-web.xml}: Payara does not copy SessionCookieConfig attributes onto the session cookie.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("PMI_SECURE_COOKIES", Boolean.class).orElse(false));
        cookie.setName("PMISESSION");
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Switches the OpenID Connect login on or off by configuration before Jakarta Security looks for mechanisms: with
 * {@code PMI_AUTH} unset or {@code form}, {@link OidcLogin} and {@link OidcRoleStore} are vetoed and the application
 * is exactly the form-login application. A wrong OpenID Connect configuration stops the deployment with the names
 * of the settings to fix.
 */
public class OidcActivation implements Extension {

    private static final Logger LOG = Logger.getLogger(OidcActivation.class.getName());

    private OidcSettings settings;
    private IllegalArgumentException problem;

    void login(@Observes ProcessAnnotatedType<OidcLogin> type) {
        vetoUnlessEnabled(type);
    }

    void roles(@Observes ProcessAnnotatedType<OidcRoleStore> type) {
        vetoUnlessEnabled(type);
    }

    void report(@Observes AfterBeanDiscovery event) {
        if (problem != null) {
            event.addDefinitionError(new IllegalStateException("OpenID Connect configuration: " + problem.getMessage()));
        } else if (settings().enabled()) {
            LOG.info(() -> "Staff log in with " + settings());
        }
    }

    private void vetoUnlessEnabled(ProcessAnnotatedType<?> type) {
        if (!settings().enabled()) {
            type.veto();
        }
    }

    private OidcSettings settings() {
        if (settings == null) {
            try {
                settings = OidcSettings.from(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
            } catch (IllegalArgumentException e) {
                problem = e;
                settings = OidcSettings.from(name -> java.util.Optional.empty());
            }
        }
        return settings;
    }
}

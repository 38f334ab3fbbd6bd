package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Tells whoever started the server where the UI is and, with demo data, how to log in. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String url = ConfigProvider.getConfig().getOptionalValue("pmi.public-url", String.class)
                .orElse("http://localhost:8080" + context.getContextPath() + "/");
        StringBuilder banner = new StringBuilder("\n=== PMI Claims UI: ").append(url).append(" ===");
        if (ConfigProvider.getConfig().getOptionalValue("pmi.demo-data", Boolean.class).orElse(false)) {
            banner.append("\nDemo logins (password ").append(DemoDataLoader.DEMO_PASSWORD).append("):");
            DemoDataLoader.demoUsers().forEach((user, roles) -> banner.append("\n  ").append(user).append("  ").append(roles));
        }
        LOG.info(banner::toString);
    }
}

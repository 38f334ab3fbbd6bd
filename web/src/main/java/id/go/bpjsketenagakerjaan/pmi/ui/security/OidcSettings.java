package id.go.bpjsketenagakerjaan.pmi.ui.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How staff log in, from MicroProfile Config (environment variables or {@code -D} properties). {@code PMI_AUTH=form}
 * (the default) keeps the login page against the users in the database; {@code PMI_AUTH=oidc} hands the login to the
 * agency's OpenID Connect provider, which then needs {@code PMI_OIDC_ISSUER}, {@code PMI_OIDC_CLIENT_ID} and
 * {@code PMI_OIDC_CLIENT_SECRET}. Roles come from the claim {@code PMI_OIDC_ROLES_CLAIM} (default {@code groups}),
 * translated by {@code PMI_OIDC_ROLE_MAP} (see {@link OidcRoleMapping}); the caller name from
 * {@code PMI_OIDC_NAME_CLAIM} (default {@code preferred_username}), which must equal the user name in the database so
 * that a branch officer's unit and a supervisor's authority level are found.
 */
public record OidcSettings(boolean enabled, String issuer, String clientId, String clientSecret, String nameClaim,
                           String rolesClaim, OidcRoleMapping roleMapping) {

    public static final String AUTH = "PMI_AUTH";
    public static final String ISSUER = "PMI_OIDC_ISSUER";
    public static final String CLIENT_ID = "PMI_OIDC_CLIENT_ID";
    public static final String CLIENT_SECRET = "PMI_OIDC_CLIENT_SECRET";
    public static final String NAME_CLAIM = "PMI_OIDC_NAME_CLAIM";
    public static final String ROLES_CLAIM = "PMI_OIDC_ROLES_CLAIM";
    public static final String ROLE_MAP = "PMI_OIDC_ROLE_MAP";

    /**
     * @param lookup reads one setting; blank values count as unset
     * @throws IllegalArgumentException naming every setting that is missing or wrong, so a misconfigured server
     *                                  refuses to start instead of running with a half-configured login
     */
    public static OidcSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> setting = name -> lookup.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        String auth = setting.apply(AUTH).orElse("form").toLowerCase(Locale.ROOT);
        if (auth.equals("form")) {
            return new OidcSettings(false, null, null, null, null, null, OidcRoleMapping.parse(""));
        }
        if (!auth.equals("oidc")) {
            throw new IllegalArgumentException(AUTH + " must be 'form' or 'oidc', not '" + auth + "'");
        }
        List<String> problems = new ArrayList<>();
        String issuer = setting.apply(ISSUER).orElse(null);
        if (issuer == null) {
            problems.add(ISSUER + " is required when " + AUTH + "=oidc");
        } else if (!isProviderUri(issuer)) {
            problems.add(ISSUER + " must be an https URL (http only for localhost), not '" + issuer + "'");
        }
        String clientId = setting.apply(CLIENT_ID).orElse(null);
        if (clientId == null) {
            problems.add(CLIENT_ID + " is required when " + AUTH + "=oidc");
        }
        String clientSecret = setting.apply(CLIENT_SECRET).orElse(null);
        if (clientSecret == null) {
            problems.add(CLIENT_SECRET + " is required when " + AUTH + "=oidc");
        }
        OidcRoleMapping mapping = null;
        try {
            mapping = OidcRoleMapping.parse(setting.apply(ROLE_MAP).orElse(""));
        } catch (IllegalArgumentException e) {
            problems.add(ROLE_MAP + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new OidcSettings(true, issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer, clientId,
                clientSecret, setting.apply(NAME_CLAIM).orElse("preferred_username"),
                setting.apply(ROLES_CLAIM).orElse("groups"), mapping);
    }

    private static boolean isProviderUri(String value) {
        try {
            URI uri = new URI(value);
            String host = uri.getHost();
            if (host == null || uri.getQuery() != null || uri.getFragment() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && (host.equals("localhost") || host.equals("127.0.0.1")));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        // never the secret, not even in a log line
        return enabled ? "OpenID Connect at " + issuer + " as client " + clientId + ", roles from claim '" + rolesClaim + "'"
                : "form login";
    }
}

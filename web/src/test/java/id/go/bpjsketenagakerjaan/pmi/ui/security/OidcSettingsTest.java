package id.go.bpjsketenagakerjaan.pmi.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect option's configuration. No identity provider can be reached from the tests, so the login itself
 * is not exercised here; this proves the switch, the required settings and their error messages.
 */
class OidcSettingsTest {

    private static OidcSettings settings(Map<String, String> values) {
        return OidcSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    private static Map<String, String> oidc() {
        Map<String, String> values = new HashMap<>();
        values.put("PMI_AUTH", "oidc");
        values.put("PMI_OIDC_ISSUER", "https://sso.bpjsketenagakerjaan.go.id/realms/pmi/");
        values.put("PMI_OIDC_CLIENT_ID", "pmi-back-office");
        values.put("PMI_OIDC_CLIENT_SECRET", "rahasia");
        return values;
    }

    @Test
    void formLoginIsTheDefault() {
        assertThat(settings(Map.of()).enabled()).isFalse();
        assertThat(settings(Map.of("PMI_AUTH", " FORM ")).enabled()).isFalse();
        assertThat(settings(Map.of("PMI_AUTH", "")).enabled()).isFalse();
    }

    @Test
    void oidcTakesIssuerClientAndClaimsFromTheSettings() {
        Map<String, String> values = oidc();
        values.put("PMI_OIDC_ROLES_CLAIM", "realm_roles");
        OidcSettings s = settings(values);
        assertThat(s.enabled()).isTrue();
        assertThat(s.issuer()).isEqualTo("https://sso.bpjsketenagakerjaan.go.id/realms/pmi");
        assertThat(s.clientId()).isEqualTo("pmi-back-office");
        assertThat(s.clientSecret()).isEqualTo("rahasia");
        assertThat(s.rolesClaim()).isEqualTo("realm_roles");
        assertThat(s.nameClaim()).isEqualTo("preferred_username");
        assertThat(s.toString()).doesNotContain("rahasia");
    }

    @Test
    void oidcWithoutItsSettingsNamesEveryMissingOne() {
        assertThatThrownBy(() -> settings(Map.of("PMI_AUTH", "oidc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PMI_OIDC_ISSUER").hasMessageContaining("PMI_OIDC_CLIENT_ID")
                .hasMessageContaining("PMI_OIDC_CLIENT_SECRET");
    }

    @Test
    void anIssuerMustBeHttpsExceptOnLocalhost() {
        Map<String, String> values = oidc();
        values.put("PMI_OIDC_ISSUER", "http://sso.example.org/realms/pmi");
        assertThatThrownBy(() -> settings(values)).hasMessageContaining("PMI_OIDC_ISSUER must be an https URL");
        values.put("PMI_OIDC_ISSUER", "bukan url");
        assertThatThrownBy(() -> settings(values)).hasMessageContaining("PMI_OIDC_ISSUER");
        values.put("PMI_OIDC_ISSUER", "http://localhost:8180/realms/pmi");
        assertThat(settings(values).issuer()).isEqualTo("http://localhost:8180/realms/pmi");
    }

    @Test
    void anUnknownModeOrABadRoleMapIsRefused() {
        assertThatThrownBy(() -> settings(Map.of("PMI_AUTH", "saml"))).hasMessageContaining("PMI_AUTH must be 'form' or 'oidc'");
        Map<String, String> values = oidc();
        values.put("PMI_OIDC_ROLE_MAP", "pmi-api=INTEGRATION");
        assertThatThrownBy(() -> settings(values)).hasMessageContaining("PMI_OIDC_ROLE_MAP").hasMessageContaining("pmi-api=INTEGRATION");
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect login, present only when {@code PMI_AUTH=oidc} ({@link OidcActivation} removes this bean
 * otherwise, so Jakarta Security never sees the definition). Its values are EL expressions that Jakarta Security
 * evaluates against this bean, so they come from MicroProfile Config at run time rather than from the annotation.
 * {@link id.go.bpjsketenagakerjaan.pmi.api.security.ApiKeyOrFormMechanism} stays the mechanism the container calls
 * and hands page requests to the OpenID Connect mechanism instead of the form.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${pmiOidc.settings().issuer()}",
        clientId = "${pmiOidc.settings().clientId()}",
        clientSecret = "${pmiOidc.settings().clientSecret()}",
        redirectURI = "${baseURL}/oidc-callback",
        // Soteria's restored original request carries no parameter map and JSF fails on it; the callback servlet
        // sends the user to the start page instead
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(
                callerNameClaim = "${pmiOidc.settings().nameClaim()}",
                callerGroupsClaim = "${pmiOidc.settings().rolesClaim()}"))
@Named("pmiOidc")
@ApplicationScoped
public class OidcLogin {

    private OidcSettings settings;

    public OidcSettings settings() {
        if (settings == null) {
            settings = OidcSettings.from(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
        }
        return settings;
    }
}

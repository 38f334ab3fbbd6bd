package id.go.bpjsketenagakerjaan.pmi.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The intake API, version 1: e-klaim and JMO file claims, SISKOP2MI and Peduli WNI register workers, extend contracts
 * and record contributions. Authentication: {@code Authorization: ApiKey <key>}. Every write takes an optional
 * {@code Idempotency-Key}. Errors are RFC 9457 application/problem+json.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "PMI Claims intake API", version = "1.0",
                description = "Klaim (e-klaim, JMO), pendaftaran dan iuran (SISKOP2MI, Peduli WNI) untuk Pekerja Migran Indonesia. "
                        + "Kesalahan dalam application/problem+json (RFC 9457); setiap penulisan menerima Idempotency-Key."),
        servers = @Server(url = "/"),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization", description = "Authorization: ApiKey <kunci>")
public class IntakeApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // error statuses are written with their problem body, never through the container's HTML error pages
        return Map.of("jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.beanValidation.enableOutputValidationErrorEntity.server", false);
    }
}

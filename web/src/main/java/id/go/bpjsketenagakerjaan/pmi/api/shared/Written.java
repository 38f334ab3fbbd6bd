package id.go.bpjsketenagakerjaan.pmi.api.shared;

import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A write's stored answer as an HTTP response; a replay is marked with {@code Idempotent-Replayed: true}. */
public final class Written {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Written() {
    }

    public static Response of(ApiResponse response) {
        Response.ResponseBuilder builder = Response.status(response.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(response.body());
        if (response.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }
}

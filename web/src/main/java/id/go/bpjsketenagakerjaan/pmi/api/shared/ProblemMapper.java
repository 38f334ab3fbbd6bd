package id.go.bpjsketenagakerjaan.pmi.api.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception of the API becomes application/problem+json (see {@link Problems}); 500s are logged with an id. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    static final Jsonb JSON = JsonbBuilder.create();

    @Context
    HttpServletRequest request;

    @Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @Override
    public Response toResponse(Throwable thrown) {
        Problems.Problem problem = Problems.of(thrown, bodyType());
        if (request != null) {
            problem.body().put("instance", request.getRequestURI());
        }
        if (problem.internal()) {
            String incident = UUID.randomUUID().toString();
            problem.body().put("incident", incident);
            LOG.log(Level.SEVERE, "API incident " + incident, thrown);
        } else {
            LOG.fine(() -> "API problem " + problem.status() + ": " + thrown);
        }
        return response(problem);
    }

    /** The type of the resource method's entity parameter (the one without a JAX-RS annotation), if any. */
    private Class<?> bodyType() {
        try {
            java.lang.reflect.Method method = resource == null ? null : resource.getResourceMethod();
            if (method == null) {
                return null;
            }
            for (java.lang.reflect.Parameter p : method.getParameters()) {
                boolean jaxrs = java.util.Arrays.stream(p.getAnnotations()).anyMatch(a ->
                        a.annotationType().getPackageName().equals("jakarta.ws.rs"));
                if (!jaxrs) {
                    return p.getType();
                }
            }
        } catch (RuntimeException e) {
            // no resource matched: no body type
        }
        return null;
    }

    public static Response response(Problems.Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problems.MEDIA_TYPE)
                .entity(JSON.toJson(problem.body()));
        Object retry = problem.get("retryAfterSeconds");
        if (retry != null) {
            builder.header("Retry-After", retry.toString());
        }
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "ApiKey");
        }
        return builder.build();
    }
}

package id.go.bpjsketenagakerjaan.pmi.api.shared;

import id.go.bpjsketenagakerjaan.pmi.api.security.ApiKeyOrFormMechanism;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ClientIdentity;
import id.go.bpjsketenagakerjaan.pmi.intake.control.RateLimiter;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API request must come from an authenticated client (else 401 problem) and within its rate limit (else 429
 * with Retry-After). Scopes are checked by the boundary EJB, which owns the table. The limiter is per instance.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiClientGate implements ContainerRequestFilter {

    private static final RateLimiter LIMITER = new RateLimiter();

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object client = servletRequest.getAttribute(ApiKeyOrFormMechanism.CLIENT);
        if (!(client instanceof ClientIdentity identity) || request.getSecurityContext() == null
                || !request.getSecurityContext().isUserInRole(Roles.INTEGRATION)) {
            Object reason = servletRequest.getAttribute(ApiKeyOrFormMechanism.FAILURE);
            request.abortWith(ProblemMapper.response(Problems.unauthorized(
                    reason == null ? "Header Authorization: ApiKey <kunci> wajib dikirim." : reason.toString())));
            return;
        }
        RateLimiter.Decision decision = LIMITER.take(identity.name(), identity.burst(), identity.ratePerMinute());
        if (!decision.allowed()) {
            request.abortWith(ProblemMapper.response(Problems.tooManyRequests(decision.retryAfterSeconds())));
        }
    }
}

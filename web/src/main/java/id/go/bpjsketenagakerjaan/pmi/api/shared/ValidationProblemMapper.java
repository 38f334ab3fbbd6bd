package id.go.bpjsketenagakerjaan.pmi.api.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures as problems naming each field (more specific than Jersey's own mapper, which sends no body). */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemMapper.response(Problems.of(exception));
    }
}

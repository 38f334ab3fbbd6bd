package id.go.bpjsketenagakerjaan.pmi.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.DuplicateClaimException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.IdempotencyConflictException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.NotFoundException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ScopeDeniedException;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void invalidInputNamesEveryField() {
        Problems.Problem p = Problems.of(new InvalidInputException(List.of(new FieldError("incidentDate", "di masa depan"),
                new FieldError("benefits[0].amount", "negatif"))));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body()).containsEntry("status", 400).containsKeys("type", "title", "detail");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) p.get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("incidentDate", "benefits[0].amount");
    }

    @Test
    void applicationExceptionsInsideEjbWrappersKeepTheirMeaning() {
        assertThat(Problems.of(new EJBException(new DuplicateClaimException("KLM-2026-100001", "JKM_DEATH_D"))).body())
                .containsEntry("status", 409).containsEntry("existingClaimNo", "KLM-2026-100001");
        assertThat(Problems.of(new IdempotencyConflictException("x")).status()).isEqualTo(409);
        assertThat(Problems.of(new NotFoundException("x")).status()).isEqualTo(404);
        assertThat(Problems.of(new ScopeDeniedException("jmo", "participants:write")).status()).isEqualTo(403);
        assertThat(Problems.of(new EJBAccessException("denied")).status()).isEqualTo(403);
        assertThat(Problems.of(new PayloadTooLargeException(10)).status()).isEqualTo(413);
        assertThat(Problems.of(new ProcessingException(new JsonbException("x", new PayloadTooLargeException(10)))).status())
                .isEqualTo(413);
    }

    @Test
    void jsonErrorsNameThePropertyWherePossible() {
        JsonbException nested = new JsonbException("Unable to deserialize property 'benefits' because of: Unable to "
                + "deserialize property 'amount' because of: Error deserialize JSON value into type: class java.math.BigDecimal.",
                new JsonbException("Unable to deserialize property 'amount' because of: x"));
        Problems.Problem p = Problems.of(new ProcessingException(nested));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body().toString()).contains("field=benefits.amount").doesNotContain("BigDecimal");
        JsonbException badEnum = new JsonbException("Internal error: No enum constant "
                + "id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel.FAX", new IllegalArgumentException("No enum constant "
                + "id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel.FAX"));
        assertThat(Problems.of(badEnum, ApiDtos.ClaimSubmission.class).body().toString()).contains("field=channel");
        assertThat(Problems.of(badEnum, ApiDtos.ClaimSubmission.class).body().toString()).doesNotContain("id.go");
        JsonbException badDocType = new JsonbException("Internal error: No enum constant "
                + "id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.FOTO");
        assertThat(Problems.of(badDocType, ApiDtos.ClaimSubmission.class).body().toString()).contains("field=documents.type");
        assertThat(Problems.of(new JsonbException("Invalid token=EOF")).body().toString()).contains("field=body");
    }

    @Test
    void anythingElseIsA500WithoutInternals() {
        Problems.Problem p = Problems.of(new IllegalStateException("NullPointer at id.go.Secret line 42"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.internal()).isTrue();
        assertThat(p.body().toString()).doesNotContain("Secret").doesNotContain("IllegalState");
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        Problems.Problem p = Problems.tooManyRequests(7);
        assertThat(p.status()).isEqualTo(429);
        assertThat(p.body()).containsEntry("retryAfterSeconds", 7L);
        assertThat(Problems.unauthorized("x").status()).isEqualTo(401);
    }

    @Test
    void theBoundedStreamStopsAtTheLimit() throws Exception {
        InputStream in = new BodySizeLimit.Bounded(new ByteArrayInputStream(new byte[100]), 50);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(PayloadTooLargeException.class);
        assertThat(new BodySizeLimit.Bounded(new ByteArrayInputStream(new byte[50]), 50).readAllBytes()).hasSize(50);
    }
}

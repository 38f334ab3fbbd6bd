package id.go.bpjsketenagakerjaan.pmi.api.claim;

import id.go.bpjsketenagakerjaan.pmi.api.shared.ApiDoc;
import id.go.bpjsketenagakerjaan.pmi.api.shared.Written;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimFiled;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimStatusView;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimSubmission;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.DocumentUpload;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.IntakeGateway;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims from e-klaim and JMO, and their status. */
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "Klaim dari e-klaim dan JMO")
public class ClaimsResource {

    static final String EXAMPLE = """
            {"participantNik":"3209014101900001","incidentKind":"DEATH_WORK_ACCIDENT","incidentDate":"2026-01-10",
             "incidentCountry":"TW","unitCode":"KP-JKT","channel":"E_KLAIM",
             "benefits":[{"benefitCode":"JKM_DEATH_D","amount":85000000}],
             "payeeName":"Siti Aminah","payeeBankCode":"BRI","payeeAccountNo":"0123456789",
             "documents":[{"type":"DEATH_CERTIFICATE","fileName":"surat-kematian.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK..."}]}""";

    @EJB
    IntakeGateway gateway;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileClaim", summary = "Ajukan klaim", description = "Membuka kasus dan satu klaim per manfaat, dengan dokumen (base64, "
            + "diperiksa isinya: PDF, JPEG, PNG). Klaim ganda alami (peserta, manfaat, tanggal kejadian sama) ditolak 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimSubmission.class), examples = @ExampleObject(name = "klaim", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Klaim diterima", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimFiled.class), examples = @ExampleObject(name = "diterima",
            value = "{\"caseNo\":\"KS-2026-100001\",\"claims\":[{\"benefitCode\":\"JKM_DEATH_D\",\"claimNo\":\"KLM-2026-100001\","
                    + "\"documentsReceived\":[\"DEATH_CERTIFICATE\"],\"signals\":[],\"status\":\"RECEIVED\"}]}")))
    @APIResponse(responseCode = "400", description = "Masukan tidak sah, setiap field disebut",
            content = @Content(mediaType = ApiDoc.PROBLEM, examples = @ExampleObject(name = "tidak sah", value = ApiDoc.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah",
            content = @Content(mediaType = ApiDoc.PROBLEM, examples = @ExampleObject(name = "401", value = ApiDoc.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Klien tidak memiliki izin claims:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Klaim ganda atau Idempotency-Key bertentangan",
            content = @Content(mediaType = ApiDoc.PROBLEM, examples = @ExampleObject(name = "ganda", value = ApiDoc.PROBLEM_409)))
    @APIResponse(responseCode = "413", description = "Isi lebih dari 15 MB", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "415", description = "Bukan application/json", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "429", description = "Batas permintaan terlampaui", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response file(
            @Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull(message = "isi permintaan wajib") @Valid ClaimSubmission submission) {
        return Written.of(gateway.fileClaim(idempotencyKey, submission));
    }

    /**
     * The same claim with its documents as files, for clients that upload from a phone or a scanner (JMO): one part
     * {@code claim} with the claim as JSON (without {@code documents}), then one part per file whose name is the
     * document type. The files go through the same checks as base64 documents, and refusals name
     * {@code documents[i]}, i counting the file parts from 0.
     */
    @POST
    @Path("multipart")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "fileClaimWithFiles", summary = "Ajukan klaim dengan berkas (multipart/form-data)",
            description = "Bagian 'claim' berisi klaim dalam JSON (tanpa documents); setiap bagian lain adalah satu berkas dan nama "
                    + "bagiannya jenis dokumen (misalnya DEATH_CERTIFICATE). Berkas diperiksa seperti dokumen base64: PDF, JPEG "
                    + "atau PNG menurut isinya, paling besar 10 MB; kesalahan menyebut documents[i], i urutan berkas mulai 0.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ClaimWithFiles.class)))
    @APIResponse(responseCode = "201", description = "Klaim diterima", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimFiled.class)))
    @APIResponse(responseCode = "400", description = "Masukan tidak sah, setiap field disebut",
            content = @Content(mediaType = ApiDoc.PROBLEM, examples = @ExampleObject(name = "tidak sah", value = ApiDoc.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Klien tidak memiliki izin claims:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Klaim ganda atau Idempotency-Key bertentangan", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "413", description = "Isi lebih dari 15 MB", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "429", description = "Batas permintaan terlampaui", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response fileWithFiles(
            @Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
            List<EntityPart> parts) throws IOException {
        ClaimSubmission submission = null;
        List<DocumentUpload> documents = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("claim".equals(part.getName())) {
                submission = part.getContent(ClaimSubmission.class);
                continue;
            }
            String field = "documents[" + documents.size() + "]";
            DocumentUpload upload = new DocumentUpload();
            try {
                upload.type = DocumentType.valueOf(part.getName());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".type", "Nama bagian harus jenis dokumen, bukan '" + part.getName() + "'"));
            }
            upload.fileName = part.getFileName().orElse(null);
            upload.contentType = part.getMediaType() == null ? null : part.getMediaType().toString();
            upload.contentBase64 = Base64.getEncoder().encodeToString(part.getContent(byte[].class));
            documents.add(upload);
        }
        if (submission == null) {
            errors.add(new FieldError("claim", "Bagian 'claim' (klaim dalam JSON) wajib dikirim"));
        } else if (submission.documents != null && !submission.documents.isEmpty()) {
            errors.add(new FieldError("claim.documents", "Dengan multipart, dokumen dikirim sebagai bagian berkas, bukan dalam JSON"));
        }
        InvalidInputException.throwIfAny(errors);
        submission.documents = documents;
        Set<ConstraintViolation<ClaimSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return Written.of(gateway.fileClaim(idempotencyKey, submission));
    }

    /** The parts of a multipart claim, for the OpenAPI description only. */
    @Schema(description = "Klaim dengan berkas: bagian 'claim' (JSON) dan satu bagian per berkas bernama jenis dokumennya")
    public static class ClaimWithFiles {
        @Schema(description = "Klaim dalam JSON, seperti POST /api/v1/claims tanpa documents", required = true)
        public ClaimSubmission claim;
        @Schema(description = "Contoh satu berkas: bagian bernama jenis dokumen", format = "binary")
        public String DEATH_CERTIFICATE;
    }

    @GET
    @Path("{claimNo}")
    @Operation(operationId = "claimStatus", summary = "Status klaim", description = "Status terkini sebuah klaim menurut nomornya.")
    @APIResponse(responseCode = "200", description = "Status klaim", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimStatusView.class)))
    @APIResponse(responseCode = "400", description = "Nomor klaim tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Klien tidak memiliki izin claims:read", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "404", description = "Klaim tidak ditemukan", content = @Content(mediaType = ApiDoc.PROBLEM))
    public ClaimStatusView status(@Parameter(required = true, description = "Nomor klaim, misalnya KLM-2026-100001", example = "KLM-2026-100001")
                                  @PathParam("claimNo") @Pattern(regexp = "[A-Z]{2,4}-\\d{4}-\\d{6,}", message = "nomor klaim tidak sah") String claimNo) {
        return gateway.claimStatus(claimNo);
    }
}

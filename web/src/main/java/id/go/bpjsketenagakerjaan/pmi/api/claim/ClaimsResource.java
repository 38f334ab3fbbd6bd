package id.go.bpjsketenagakerjaan.pmi.api.claim;

import id.go.bpjsketenagakerjaan.pmi.api.shared.ApiDoc;
import id.go.bpjsketenagakerjaan.pmi.api.shared.Written;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimFiled;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimStatusView;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimSubmission;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.IntakeGateway;
import jakarta.ejb.EJB;
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

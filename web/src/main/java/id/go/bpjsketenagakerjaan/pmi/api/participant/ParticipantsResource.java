package id.go.bpjsketenagakerjaan.pmi.api.participant;

import id.go.bpjsketenagakerjaan.pmi.api.shared.ApiDoc;
import id.go.bpjsketenagakerjaan.pmi.api.shared.Written;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContractExtended;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContractExtensionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContributionRecorded;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContributionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.CoverageView;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ParticipantClaims;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.Registered;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.RegistrationRequest;
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

/** Registrations, contract extensions and contributions from SISKOP2MI and Peduli WNI; a participant's cover and claims. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "Pendaftaran, perpanjangan kontrak, iuran; perlindungan dan klaim peserta")
public class ParticipantsResource {

    static final String REGISTRATION = """
            {"nik":"3209014101900001","passportNo":"C1234567","fullName":"Siti Aminah","sex":"FEMALE","birthDate":"1990-01-01",
             "placement":{"channel":"AGENCY","agencyName":"PT Maju Jaya","agencyLicence":"SIP3MI-123","destinationCountry":"TW",
             "employerName":"Chen Family","jobTitle":"Caregiver","contractStart":"2026-02-01","contractMonths":24}}""";
    static final String NIK_DOC = "NIK 16 digit";

    @EJB
    IntakeGateway gateway;

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Daftarkan pekerja", description = "Dengan NIK; tanpa NIK isi noNikReason dan passportNo (jalur "
            + "pengecualian paspor saja). NIK atau paspor yang sudah terdaftar: 409 dengan ID peserta.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationRequest.class), examples = @ExampleObject(name = "pendaftaran", value = REGISTRATION)))
    @APIResponse(responseCode = "201", description = "Terdaftar", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "400", description = "Masukan tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM,
            examples = @ExampleObject(name = "tidak sah", value = ApiDoc.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin participants:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Sudah terdaftar atau Idempotency-Key bertentangan", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "429", description = "Batas permintaan terlampaui", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response register(@Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
                             @NotNull(message = "isi permintaan wajib") @Valid RegistrationRequest request) {
        return Written.of(gateway.register(idempotencyKey, request));
    }

    @POST
    @Path("contract-extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendContract", summary = "Perpanjang kontrak", description = "Perpanjangan kontrak di luar negeri untuk penempatan terbaru "
            + "(atau placementId); perlindungannya berlaku setelah iuran EXTENSION dibayar.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContractExtensionRequest.class),
            examples = @ExampleObject(name = "perpanjangan", value = "{\"nik\":\"3209014101900001\",\"months\":12}")))
    @APIResponse(responseCode = "200", description = "Diperpanjang", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContractExtended.class)))
    @APIResponse(responseCode = "400", description = "Masukan tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin participants:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Idempotency-Key bertentangan", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "429", description = "Batas permintaan terlampaui", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response extend(@Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
                           @NotNull(message = "isi permintaan wajib") @Valid ContractExtensionRequest request) {
        return Written.of(gateway.extendContract(idempotencyKey, request));
    }

    @POST
    @Path("contributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordContribution", summary = "Catat iuran", description = "Iuran yang dibayar; jumlahnya dihitung dari tahap dan kontrak.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionRequest.class), examples = @ExampleObject(name = "iuran",
            value = "{\"nik\":\"3209014101900001\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"2026-01-15\",\"paymentRef\":\"VA-889900\"}")))
    @APIResponse(responseCode = "201", description = "Tercatat", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionRecorded.class)))
    @APIResponse(responseCode = "400", description = "Masukan tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin contributions:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Idempotency-Key bertentangan", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "429", description = "Batas permintaan terlampaui", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response contribute(@Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
                               @NotNull(message = "isi permintaan wajib") @Valid ContributionRequest request) {
        return Written.of(gateway.recordContribution(idempotencyKey, request));
    }

    @GET
    @Path("participants/{nik}/coverage")
    @Operation(operationId = "participantCoverage", summary = "Perlindungan peserta", description = "Jendela perlindungan JKK/JKM per penempatan dan iuran yang dibayar.")
    @APIResponse(responseCode = "200", description = "Perlindungan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "NIK tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin participants:read", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "404", description = "Peserta tidak ditemukan", content = @Content(mediaType = ApiDoc.PROBLEM))
    public CoverageView coverage(@Parameter(required = true, description = NIK_DOC, example = "3209014101900001") @PathParam("nik")
                                 @Pattern(regexp = "\\d{16}", message = "NIK harus 16 digit") String nik) {
        return gateway.coverage(nik);
    }

    @GET
    @Path("participants/{nik}/claims")
    @Operation(operationId = "participantClaims", summary = "Klaim peserta", description = "Klaim peserta, terbaru lebih dulu.")
    @APIResponse(responseCode = "200", description = "Klaim", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantClaims.class)))
    @APIResponse(responseCode = "400", description = "NIK tidak sah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin participants:read", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "404", description = "Peserta tidak ditemukan", content = @Content(mediaType = ApiDoc.PROBLEM))
    public ParticipantClaims claims(@Parameter(required = true, description = NIK_DOC, example = "3209014101900001") @PathParam("nik")
                                    @Pattern(regexp = "\\d{16}", message = "NIK harus 16 digit") String nik) {
        return gateway.claims(nik);
    }
}

package id.go.bpjsketenagakerjaan.pmi.api.imports;

import id.go.bpjsketenagakerjaan.pmi.api.shared.ApiDoc;
import id.go.bpjsketenagakerjaan.pmi.api.shared.Written;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ImportAccepted;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ImportStatus;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.IntakeGateway;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
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

/** SISKOP2MI registration files (CSV), imported with Jakarta Batch; progress and the report of rejected rows. */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports", description = "Impor berkas pendaftaran SISKOP2MI")
public class ImportsResource {

    static final String CSV = "nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,agency_licence,"
            + "destination_country,contract_months\n3209014101900001,C1234567,Siti Aminah,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,24\n";

    @EJB
    IntakeGateway gateway;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "uploadImport", summary = "Unggah berkas pendaftaran", description = "CSV UTF-8 dengan baris judul (kolom: nik, passport_no, "
            + "passport_expiry, full_name, sex, birth_date, address, placement_channel, agency_name, agency_licence, "
            + "destination_country, employer_name, job_title, contract_start, contract_months, no_nik_reason). Diimpor "
            + "bertahap; berkas yang sama (SHA-256) hanya diimpor sekali (409).")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = CSV)))
    @APIResponse(responseCode = "202", description = "Diterima, impor berjalan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportAccepted.class)))
    @APIResponse(responseCode = "400", description = "Berkas tanpa kolom wajib", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin imports:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "409", description = "Berkas yang sama sudah diimpor", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "413", description = "Lebih dari 15 MB", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "415", description = "Bukan text/csv", content = @Content(mediaType = ApiDoc.PROBLEM))
    public Response upload(@Parameter(description = ApiDoc.IDEMPOTENCY) @HeaderParam(Written.IDEMPOTENCY_KEY) String idempotencyKey,
                           @Parameter(description = "Nama berkas asli") @HeaderParam("X-File-Name") String fileName,
                           @NotNull(message = "berkas wajib") byte[] content) {
        return Written.of(gateway.uploadImport(idempotencyKey, fileName, content));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "importStatus", summary = "Status dan laporan impor", description = "Kemajuan, jumlah baris diterima/ditolak dan setiap "
            + "baris yang ditolak (nomor baris, kolom, alasan).")
    @APIResponse(responseCode = "200", description = "Status", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportStatus.class)))
    @APIResponse(responseCode = "401", description = "Kunci API tidak ada atau salah", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "403", description = "Tanpa izin imports:write", content = @Content(mediaType = ApiDoc.PROBLEM))
    @APIResponse(responseCode = "404", description = "Impor tidak ditemukan", content = @Content(mediaType = ApiDoc.PROBLEM))
    public ImportStatus status(@Parameter(required = true, description = "ID impor") @PathParam("id") long id) {
        return gateway.importStatus(id);
    }
}

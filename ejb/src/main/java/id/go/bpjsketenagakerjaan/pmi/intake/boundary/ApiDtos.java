package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimCircumstance;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.shared.NotAfterToday;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The JSON shapes of the intake API (v1), requests with Bean Validation constraints and the responses. Format rules
 * are here; the domain rules (NIK structure, catalogue, coverage, duplicates) run in the boundary and its
 * collaborators and come back as field-named errors too.
 */
public final class ApiDtos {

    // Requests are classes with public fields, not records: Payara's OpenAPI scanner fails (NPE in
    // ApplicationProcessor.addSchemaParameter) on constraint annotations that records copy onto their constructor
    // parameters. JSON-B binds the public fields; the accessors keep call sites record-like.

    private ApiDtos() {
    }

    static final String NIK = "\\d{16}";
    static final String COUNTRY = "[A-Z]{2}";

    // ---- claims -------------------------------------------------------------------------------------------

    /** A claim from e-klaim or JMO: who (NIK, or passport for passport-only participants), what happened, what is asked. */
    public static class ClaimSubmission implements Serializable {

        @Pattern(regexp = NIK, message = "NIK harus 16 digit")
        @Schema
        public String participantNik;

        @Size(max = 20)
        @Schema
        public String participantPassportNo;

        @NotBlank @Size(max = 40)
        @Schema
        public String incidentKind;

        @NotNull @NotAfterToday
        @Schema
        public LocalDate incidentDate;

        @Size(max = 200)
        @Schema
        public String incidentPlace;

        @Pattern(regexp = COUNTRY, message = "kode negara dua huruf (ISO 3166)")
        @Schema
        public String incidentCountry;

        @NotBlank @Size(max = 20)
        @Schema
        public String unitCode;

        @NotNull
        @Schema
        public Channel channel;

        @NotEmpty @Size(max = 10) @Valid
        @Schema(type = SchemaType.ARRAY, implementation = BenefitLine.class)
        public List<BenefitLine> benefits;

        @NotBlank @Size(max = 120)
        @Schema
        public String payeeName;

        @NotBlank @Size(max = 20)
        @Schema
        public String payeeBankCode;

        @NotBlank @Size(max = 30)
        @Schema
        public String payeeAccountNo;

        @Schema(type = SchemaType.ARRAY, implementation = ClaimCircumstance.class)
        public Set<ClaimCircumstance> circumstances;

        @Size(max = 10) @Valid
        @Schema(type = SchemaType.ARRAY, implementation = DocumentUpload.class)
        public List<DocumentUpload> documents;

        public String participantNik() {
            return participantNik;
        }

        public String participantPassportNo() {
            return participantPassportNo;
        }

        public String incidentKind() {
            return incidentKind;
        }

        public LocalDate incidentDate() {
            return incidentDate;
        }

        public String incidentPlace() {
            return incidentPlace;
        }

        public String incidentCountry() {
            return incidentCountry;
        }

        public String unitCode() {
            return unitCode;
        }

        public Channel channel() {
            return channel;
        }

        public List<BenefitLine> benefits() {
            return benefits;
        }

        public String payeeName() {
            return payeeName;
        }

        public String payeeBankCode() {
            return payeeBankCode;
        }

        public String payeeAccountNo() {
            return payeeAccountNo;
        }

        public Set<ClaimCircumstance> circumstances() {
            return circumstances;
        }

        public List<DocumentUpload> documents() {
            return documents;
        }
    }

    public static class BenefitLine implements Serializable {

        @NotBlank @Size(max = 40)
        @Schema
        public String benefitCode;

        @NotNull @PositiveOrZero(message = "tidak boleh negatif") @DecimalMax(value = "10000000000", message = "paling banyak Rp 10.000.000.000") @Digits(integer = 11, fraction = 2)
        @Schema
        public BigDecimal amount;

        public String benefitCode() {
            return benefitCode;
        }

        public BigDecimal amount() {
            return amount;
        }
    }

    /** A document sent with the claim, base64 encoded; checked by content like an upload at the desk. */
    @Schema(description = "Dokumen klaim dalam base64 (RFC 4648). Diperiksa dari isinya: hanya PDF, JPEG atau PNG, paling "
            + "besar 10 MB setelah didekode; ekstensi nama berkas dan contentType harus sesuai dengan isi; PDF dengan "
            + "JavaScript atau perintah Launch ditolak. Kesalahan menyebut field documents[i].")
    public static class DocumentUpload implements Serializable {

        @NotNull
        @Schema(description = "Jenis dokumen menurut daftar dokumen manfaat")
        public DocumentType type;

        @NotBlank @Size(max = 120)
        @Schema(description = "Nama berkas dengan ekstensi yang sesuai isi (.pdf, .jpg, .jpeg, .png)", example = "surat-kematian.pdf")
        public String fileName;

        @Size(max = 100)
        @Schema(description = "Jenis yang dinyatakan pengirim; boleh kosong, jika diisi harus sesuai isi",
                enumeration = {"application/pdf", "image/jpeg", "image/png"})
        public String contentType;

        @NotBlank
        @Schema(description = "Isi berkas dalam base64", format = "byte")
        public String contentBase64;

        public DocumentType type() {
            return type;
        }

        public String fileName() {
            return fileName;
        }

        public String contentType() {
            return contentType;
        }

        public String contentBase64() {
            return contentBase64;
        }
    }

    public record ClaimFiled(String caseNo, List<FiledClaim> claims) implements Serializable {
    }

    public record FiledClaim(String claimNo, String benefitCode, String status, List<String> signals,
                             List<String> documentsReceived) implements Serializable {
    }

    public record ClaimStatusView(String claimNo, String caseNo, String benefitCode, String channel, String status,
                                  LocalDate incidentDate, BigDecimal claimedAmount, Instant receivedAt,
                                  Instant statusChangedAt) implements Serializable {
    }

    // ---- participants -------------------------------------------------------------------------------------

    /** A registration from SISKOP2MI or Peduli WNI; without NIK, {@code noNikReason} takes the passport-only path. */
    public static class RegistrationRequest implements Serializable {

        @Pattern(regexp = NIK, message = "NIK harus 16 digit")
        @Schema
        public String nik;

        @Size(max = 20)
        @Schema
        public String passportNo;

        @Schema
        public LocalDate passportExpiry;

        @Size(max = 30)
        @Schema
        public String kpjNo;

        @NotBlank @Size(max = 120)
        @Schema
        public String fullName;

        @NotNull
        @Schema
        public Sex sex;

        @NotNull @Past(message = "harus di masa lalu")
        @Schema
        public LocalDate birthDate;

        @Size(max = 200)
        @Schema
        public String addressLine;

        @Pattern(regexp = "\\d{2}")
        @Schema
        public String provinceCode;

        @Pattern(regexp = "\\d{4}")
        @Schema
        public String regencyCode;

        @NotNull @Valid
        @Schema
        public PlacementRequest placement;

        @NotAfterToday
        @Schema
        public LocalDate registeredOn;

        @Size(max = 200)
        @Schema
        public String noNikReason;

        public String nik() {
            return nik;
        }

        public String passportNo() {
            return passportNo;
        }

        public LocalDate passportExpiry() {
            return passportExpiry;
        }

        public String kpjNo() {
            return kpjNo;
        }

        public String fullName() {
            return fullName;
        }

        public Sex sex() {
            return sex;
        }

        public LocalDate birthDate() {
            return birthDate;
        }

        public String addressLine() {
            return addressLine;
        }

        public String provinceCode() {
            return provinceCode;
        }

        public String regencyCode() {
            return regencyCode;
        }

        public PlacementRequest placement() {
            return placement;
        }

        public LocalDate registeredOn() {
            return registeredOn;
        }

        public String noNikReason() {
            return noNikReason;
        }
    }

    public static class PlacementRequest implements Serializable {

        @NotNull
        @Schema
        public PlacementChannel channel;

        @Size(max = 120)
        @Schema
        public String agencyName;

        @Size(max = 60)
        @Schema
        public String agencyLicence;

        @NotBlank @Pattern(regexp = COUNTRY, message = "kode negara dua huruf (ISO 3166)")
        @Schema
        public String destinationCountry;

        @Size(max = 120)
        @Schema
        public String employerName;

        @Size(max = 80)
        @Schema
        public String jobTitle;

        @Schema
        public LocalDate contractStart;

        @Min(1) @Max(120)
        @Schema
        public int contractMonths;

        public PlacementChannel channel() {
            return channel;
        }

        public String agencyName() {
            return agencyName;
        }

        public String agencyLicence() {
            return agencyLicence;
        }

        public String destinationCountry() {
            return destinationCountry;
        }

        public String employerName() {
            return employerName;
        }

        public String jobTitle() {
            return jobTitle;
        }

        public LocalDate contractStart() {
            return contractStart;
        }

        public int contractMonths() {
            return contractMonths;
        }
    }

    public record Registered(long participantId, String nik, String passportNo, boolean passportOnly, long placementId,
                             String type) implements Serializable {
    }

    /** A contract extension abroad; the participant by NIK or passport, the newest placement unless one is named. */
    public static class ContractExtensionRequest implements Serializable {

        @Pattern(regexp = NIK, message = "NIK harus 16 digit")
        @Schema
        public String nik;

        @Size(max = 20)
        @Schema
        public String passportNo;

        @Schema
        public Long placementId;

        @Min(1) @Max(60)
        @Schema
        public int months;

        public String nik() {
            return nik;
        }

        public String passportNo() {
            return passportNo;
        }

        public Long placementId() {
            return placementId;
        }

        public int months() {
            return months;
        }
    }

    public record ContractExtended(long participantId, long placementId, int contractMonths, int extensionMonths)
            implements Serializable {
    }

    /** A contribution paid; the amount is computed from the tranche and the contract, never taken from the client. */
    public static class ContributionRequest implements Serializable {

        @Pattern(regexp = NIK, message = "NIK harus 16 digit")
        @Schema
        public String nik;

        @Size(max = 20)
        @Schema
        public String passportNo;

        @Schema
        public Long placementId;

        @NotNull
        @Schema
        public Tranche tranche;

        @Min(0) @Max(120)
        @Schema
        public int months;

        @PositiveOrZero(message = "tidak boleh negatif") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
        @Schema
        public BigDecimal jhtMonthly;

        @NotNull @NotAfterToday
        @Schema
        public LocalDate paidOn;

        @Size(max = 60)
        @Schema
        public String paymentRef;

        public String nik() {
            return nik;
        }

        public String passportNo() {
            return passportNo;
        }

        public Long placementId() {
            return placementId;
        }

        public Tranche tranche() {
            return tranche;
        }

        public int months() {
            return months;
        }

        public BigDecimal jhtMonthly() {
            return jhtMonthly;
        }

        public LocalDate paidOn() {
            return paidOn;
        }

        public String paymentRef() {
            return paymentRef;
        }
    }

    public record ContributionRecorded(long paymentId, long placementId, String tranche, BigDecimal amount,
                                       LocalDate paidOn, String explanation) implements Serializable {
    }

    public record CoverageWindow(long placementId, String programme, String phase, LocalDate start, LocalDate end,
                                 String description, boolean contributionPaid) implements Serializable {
    }

    public record Payment(long paymentId, long placementId, String tranche, BigDecimal amount, LocalDate paidOn)
            implements Serializable {
    }

    public record CoverageView(long participantId, String type, List<CoverageWindow> windows, List<Payment> payments)
            implements Serializable {
    }

    public record ParticipantClaims(long participantId, List<ClaimStatusView> claims) implements Serializable {
    }

    // ---- imports ------------------------------------------------------------------------------------------

    public record ImportAccepted(long importId, String sha256, String status) implements Serializable {
    }

    public record RejectedRow(int row, String field, String reason) implements Serializable {
    }

    public record ImportStatus(long importId, String fileName, String sha256, String status, Integer totalRows,
                               int processedRows, int acceptedRows, int rejectedRows, List<RejectedRow> rejected)
            implements Serializable {
    }
}

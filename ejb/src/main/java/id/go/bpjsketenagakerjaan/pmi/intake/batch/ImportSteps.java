package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import id.go.bpjsketenagakerjaan.pmi.intake.control.RegistrationCsv;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportRow;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantRegistry;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The database work of the import job, each call in its own transaction on the application's data source. The batch
 * runtime keeps its job repository on another (non-XA) data source in its chunk transaction; doing our writes in a
 * REQUIRES_NEW transaction keeps the two apart. Atomicity that matters for restarts is inside {@link #write}: the
 * participants, the report rows and the file's checkpoint ({@code last_row}) commit together. Called only by the
 * job's artifacts (batch threads carry no caller, hence {@code @PermitAll}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportSteps {

    /** The file's content and the last committed row, read when a job execution opens the file. */
    public record Opened(byte[] content, int lastRow) implements Serializable {
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    ParticipantRegistry registry;

    public Opened open(long importId, long executionId) {
        ImportFile file = em.find(ImportFile.class, importId);
        byte[] content = file.getContent();
        RegistrationCsv.Records counter = new RegistrationCsv.Records(new StringReader(new String(content, StandardCharsets.UTF_8)));
        int total = 0;
        counter.next();
        while (counter.next() != null) {
            total++;
        }
        file.started(executionId, total);
        return new Opened(content, file.getLastRow());
    }

    public void finish(long importId, boolean failed) {
        ImportFile file = em.find(ImportFile.class, importId);
        if (file != null) {
            file.finish(failed ? ImportFile.Status.FAILED : ImportFile.Status.COMPLETED, Instant.now());
        }
    }

    public void write(long importId, List<Object> items) {
        ImportFile file = em.find(ImportFile.class, importId);
        List<RegistrationCsv.Row> rows = items.stream().map(RegistrationCsv.Row.class::cast).toList();
        int lastRow = rows.stream().mapToInt(RegistrationCsv.Row::rowNo).max().orElse(0);
        // rows reported by an execution that committed before a crash are not written again
        // (a range, so H2 walks ix_import_row_file from the chunk's first row; an IN list read the file's every row)
        Set<Integer> reported = rows.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("SELECT r.rowNo FROM ImportRow r"
                        + " WHERE r.importId = :id AND r.rowNo BETWEEN :first AND :last", Integer.class)
                .setParameter("id", file.getId())
                .setParameter("first", rows.stream().mapToInt(RegistrationCsv.Row::rowNo).min().orElseThrow())
                .setParameter("last", lastRow).getResultList());
        List<RegistrationCsv.Row> fresh = rows.stream().filter(row -> !reported.contains(row.rowNo())).toList();
        List<RegistrationCsv.Row> readable = fresh.stream().filter(row -> row.errors().isEmpty()).toList();
        Iterator<ParticipantRegistry.Outcome> outcomes = registry.registerAll(readable.stream()
                .map(row -> new ParticipantRegistry.Registration(row.form(), row.noNikReason())).toList(),
                file.getClientName()).iterator();
        int accepted = 0;
        int rejected = 0;
        for (RegistrationCsv.Row row : fresh) {
            List<FieldError> errors = row.errors();
            if (errors.isEmpty()) {
                ParticipantRegistry.Outcome outcome = outcomes.next();
                if (outcome.participant() != null) {
                    em.persist(ImportRow.accepted(file.getId(), row.rowNo(), outcome.participant().getId()));
                    accepted++;
                    continue;
                }
                errors = outcome.errors();
            }
            for (FieldError error : errors) {
                em.persist(ImportRow.rejected(file.getId(), row.rowNo(), csvField(error.field()), error.message()));
            }
            rejected++;
        }
        file.advance(Math.max(file.getLastRow(), lastRow), accepted, rejected);
        em.flush();
    }

    /** The registry names fields as the form does (placement.contractMonths); the report uses the CSV's columns. */
    static String csvField(String field) {
        return switch (field) {
            case "passportNo" -> "passport_no";
            case "passportExpiry" -> "passport_expiry";
            case "fullName" -> "full_name";
            case "birthDate" -> "birth_date";
            case "addressLine" -> "address";
            case "placement.channel" -> "placement_channel";
            case "placement.agencyName" -> "agency_name";
            case "placement.agencyLicence" -> "agency_licence";
            case "placement.destinationCountry" -> "destination_country";
            case "placement.employerName" -> "employer_name";
            case "placement.jobTitle" -> "job_title";
            case "placement.contractStart" -> "contract_start";
            case "placement.contractMonths" -> "contract_months";
            case "reason" -> "no_nik_reason";
            default -> field;
        };
    }
}

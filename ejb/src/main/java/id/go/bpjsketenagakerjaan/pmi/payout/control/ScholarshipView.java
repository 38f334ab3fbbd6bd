package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A child's schedule for the claim page: who, until when, how it ended, and its years. */
public record ScholarshipView(long id, long version, String childName, LocalDate birthDate, LocalDate ageLimitOn,
                              boolean active, ScholarshipEnd endKind, String endReason, LocalDate endedOn,
                              List<ScholarshipYearView> years) implements Serializable {
}

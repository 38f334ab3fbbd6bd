package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a dated event may be recorded for a placement, so that the facts stay consistent:
 * <ul>
 *   <li>each kind but LEAVE at most once per placement (a wrong date is corrected, not recorded twice);</li>
 *   <li>no date after today (a leave may end in the future, being planned);</li>
 *   <li>arrival at the debarkation point after departure; arrival home on or after it; a failed departure only
 *       before any departure; a leave within the contract after departure;</li>
 *   <li>nothing after the death, and no second death.</li>
 * </ul>
 * Fields are named {@code kind}, {@code date} and {@code endDate}.
 */
public class EventPolicy {

    public List<FieldError> problems(CoverageRecord record, CoverageEventKind kind, LocalDate date, LocalDate endDate,
                                     LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "Jenis peristiwa: wajib dipilih"));
            return errors;
        }
        if (date == null) {
            errors.add(new FieldError("date", "Tanggal " + kind.labelId() + ": wajib diisi"));
            return errors;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError("date", "Tanggal " + kind.labelId() + " " + date + " tidak boleh setelah hari ini"));
        }
        if (kind.isPeriod()) {
            if (endDate == null) {
                errors.add(new FieldError("endDate", "Tanggal akhir cuti: wajib diisi"));
            } else if (endDate.isBefore(date)) {
                errors.add(new FieldError("endDate", "Tanggal akhir cuti " + endDate + " sebelum awal " + date));
            }
        } else {
            if (endDate != null) {
                errors.add(new FieldError("endDate", "Tanggal akhir hanya untuk cuti"));
            }
            record.eventDate(kind).ifPresent(existing -> errors.add(new FieldError("kind",
                    kind.labelId() + " sudah tercatat pada " + existing + " untuk penempatan ini; gunakan koreksi")));
        }
        Optional<LocalDate> death = record.eventDate(CoverageEventKind.DEATH);
        if (death.isPresent() && kind != CoverageEventKind.DEATH && date.isAfter(death.get())) {
            errors.add(new FieldError("date", "Tanggal " + date + " setelah peserta meninggal dunia " + death.get()));
        }
        Optional<LocalDate> embarked = record.eventDate(CoverageEventKind.EMBARKATION);
        Optional<LocalDate> debarked = record.eventDate(CoverageEventKind.DEBARKATION);
        switch (kind) {
            case EMBARKATION -> {
                record.eventDate(CoverageEventKind.FAILED_DEPARTURE).ifPresent(failed -> errors.add(new FieldError("kind",
                        "Penempatan ini tercatat gagal berangkat " + failed + "; keberangkatan memerlukan pendaftaran baru")));
                debarked.filter(d -> d.isBefore(date)).ifPresent(d -> errors.add(new FieldError("date",
                        "Keberangkatan " + date + " setelah tiba di debarkasi " + d)));
            }
            case DEBARKATION -> {
                if (embarked.isEmpty()) {
                    errors.add(new FieldError("kind", "Tiba di debarkasi memerlukan keberangkatan yang tercatat"));
                } else if (date.isBefore(embarked.get())) {
                    errors.add(new FieldError("date", "Tiba di debarkasi " + date + " sebelum keberangkatan " + embarked.get()));
                }
            }
            case HOME_ARRIVAL -> {
                if (debarked.isEmpty()) {
                    errors.add(new FieldError("kind", "Tiba di daerah asal memerlukan tanggal tiba di debarkasi"));
                } else if (date.isBefore(debarked.get())) {
                    errors.add(new FieldError("date", "Tiba di daerah asal " + date + " sebelum tiba di debarkasi " + debarked.get()));
                }
            }
            case FAILED_DEPARTURE -> embarked.ifPresent(e -> errors.add(new FieldError("kind",
                    "Gagal berangkat tidak dapat dicatat: keberangkatan " + e + " sudah tercatat")));
            case LEAVE -> {
                if (embarked.isEmpty()) {
                    errors.add(new FieldError("kind", "Cuti di Indonesia hanya selama masa kerja, setelah keberangkatan"));
                } else if (date.isBefore(embarked.get())) {
                    errors.add(new FieldError("date", "Cuti " + date + " sebelum keberangkatan " + embarked.get()));
                }
            }
            case CTT, DEATH -> { }
        }
        if (errors.isEmpty()) {
            try {
                record.with(new CoverageRecord.Event(kind, date, endDate)).facts();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("date", e.getMessage()));
            }
        }
        return errors;
    }
}

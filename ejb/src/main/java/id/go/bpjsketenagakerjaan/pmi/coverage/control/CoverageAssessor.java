package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers coverage questions for a participant with one or more placements ({@link CoverageRecord}s): the phase
 * on a day, which placement gave it, and the windows for a timeline.
 *
 * <p>When several placements could answer (a CPMI re-registered while an old before-work window was still
 * open), the most recently registered placement that covers the day wins. When none covers it, the answer
 * (with its reason) comes from the latest placement registered on or before the day, else from the first one.
 */
public class CoverageAssessor {

    /** The phase on a day and the placement it was read from (null when the participant has no placement). */
    public record Assessment(CoverageRecord record, PhaseResolution resolution) {
        public Optional<CoverageRecord> applicableRecord() {
            return Optional.ofNullable(record);
        }
    }

    /** A window of the timeline: one phase of one programme under one placement. */
    public record TimelineWindow(long placementId, Programme programme, Phase phase, Period period,
                                 String description, boolean contributionPaid) {
    }

    public Assessment assess(List<CoverageRecord> records, LocalDate date, Programme programme) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(programme, "programme");
        if (records.isEmpty()) {
            return new Assessment(null, new PhaseResolution(date, programme, Phase.NONE, null,
                    "Peserta belum memiliki data penempatan dan pendaftaran kepesertaan"));
        }
        List<CoverageRecord> latestFirst = records.stream()
                .sorted(Comparator.comparing(CoverageRecord::registeredOn).thenComparing(CoverageRecord::placementId).reversed())
                .toList();
        Assessment fallback = null;
        for (CoverageRecord record : latestFirst) {
            PhaseResolution resolution = record.resolver().phaseOn(record.facts(), date, programme);
            if (resolution.isCovered()) {
                return new Assessment(record, resolution);
            }
            if (fallback == null && !record.registeredOn().isAfter(date)) {
                fallback = new Assessment(record, resolution);
            }
        }
        if (fallback != null) {
            return fallback;
        }
        CoverageRecord first = latestFirst.get(latestFirst.size() - 1);
        return new Assessment(first, first.resolver().phaseOn(first.facts(), date, programme));
    }

    public PhaseResolution phaseOn(List<CoverageRecord> records, LocalDate date, Programme programme) {
        return assess(records, date, programme).resolution();
    }

    /** Every window of JKK and JKM for every placement, in order of start (JHT follows the JKM windows). */
    public List<TimelineWindow> timeline(List<CoverageRecord> records) {
        PhaseResolver resolver = new PhaseResolver();
        List<TimelineWindow> windows = new ArrayList<>();
        for (CoverageRecord record : records) {
            CoverageFacts facts = record.facts();
            boolean packagePaid = record.hasPaid(Tranche.DURING_AFTER);
            for (Programme programme : List.of(Programme.JKK, Programme.JKM)) {
                resolver.beforeWorkWindow(facts, programme).ifPresent(w -> windows.add(
                        new TimelineWindow(record.placementId(), programme, w.phase(), w.period(), w.description(), true)));
                resolver.duringWorkWindow(facts).ifPresent(w -> windows.add(new TimelineWindow(record.placementId(),
                        programme, w.phase(), w.period(), duringDescription(w, facts, programme, packagePaid), packagePaid)));
                resolver.afterWorkWindow(facts, programme).ifPresent(w -> windows.add(new TimelineWindow(
                        record.placementId(), programme, w.phase(), w.period(),
                        packagePaid ? w.description() : w.description() + "; iuran belum dibayar", packagePaid)));
            }
        }
        windows.sort(Comparator.comparing((TimelineWindow w) -> w.period().start())
                .thenComparing(TimelineWindow::programme).thenComparing(TimelineWindow::placementId));
        return windows;
    }

    private static String duringDescription(CoverageWindow window, CoverageFacts facts, Programme programme,
                                            boolean packagePaid) {
        String text = window.description();
        if (programme == Programme.JKK && !facts.leavesInIndonesia().isEmpty()) {
            text += "; tidak termasuk cuti di Indonesia " + facts.leavesInIndonesia().stream()
                    .map(Period::toString).collect(Collectors.joining(", "));
        }
        return packagePaid ? text : text + "; iuran belum dibayar";
    }
}

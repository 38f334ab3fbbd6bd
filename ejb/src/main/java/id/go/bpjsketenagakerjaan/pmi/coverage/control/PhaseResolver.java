package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides the protection phase on a day, per Permenaker 4/2023 as summarised in the domain fact sheet.
 *
 * <p>Counting convention: a window of N days or months starting on day S covers S as its first day, so
 * "5 months from 2025-01-10" ends on 2025-06-09 and "30 days from 2025-03-01" ends on 2025-03-30, the same
 * way a 24-month contract starting 2025-01-10 ends on 2027-01-09. All ends are inclusive.
 *
 * <ul>
 *   <li>Before work (agency): from the later of registration and payment, at most 5 months; ends earlier the
 *       day before embarkation, or on the day of failed departure, CTT or death.</li>
 *   <li>Before work (perseorangan): JKM only, from the package payment, at most 1 month, ending the day before
 *       embarkation (or on failed departure, CTT or death). No JKK.</li>
 *   <li>During work: from embarkation to contract end (extensions included) + 1 month; ends earlier the day
 *       before arrival at the debarkation point, or on death. Leave spent in Indonesia counts for JKM and JHT,
 *       not for JKK.</li>
 *   <li>After work: from arrival at the debarkation point, 30 days; JKK also ends on arrival in the home area.</li>
 * </ul>
 * JHT is a savings account rather than risk cover; it follows the JKM windows.
 */
public class PhaseResolver {

    static final int BEFORE_WORK_MAX_MONTHS = 5;
    static final int PERSEORANGAN_BEFORE_WORK_MAX_MONTHS = 1;
    static final int TRAVEL_HOME_MONTHS = 1;
    static final int AFTER_WORK_DAYS = 30;

    public PhaseResolution phaseOn(CoverageFacts facts, LocalDate date, Programme programme) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(programme, "programme");

        if (facts.deathDate() != null && date.isAfter(facts.deathDate())) {
            return none(date, programme, "Tanggal " + date + " setelah peserta meninggal dunia pada " + facts.deathDate());
        }
        Optional<CoverageWindow> after = afterWorkWindow(facts, programme);
        if (after.isPresent() && after.get().period().contains(date)) {
            return covered(date, programme, after.get(), after.get().description());
        }
        Optional<CoverageWindow> during = duringWorkWindow(facts);
        if (during.isPresent() && during.get().period().contains(date)) {
            Optional<Period> leave = facts.leavesInIndonesia().stream().filter(l -> l.contains(date)).findFirst();
            if (leave.isEmpty()) {
                return covered(date, programme, during.get(), during.get().description());
            }
            if (programme == Programme.JKK) {
                return none(date, programme, "Tanggal " + date + " dalam masa cuti di Indonesia (" + leave.get()
                        + "): cuti di Indonesia hanya dilindungi JKM, tidak JKK");
            }
            return covered(date, programme, during.get(), during.get().description()
                    + "; termasuk cuti di Indonesia " + leave.get() + " (dilindungi JKM)");
        }
        Optional<CoverageWindow> before = beforeWorkWindow(facts, programme);
        if (before.isPresent() && before.get().period().contains(date)) {
            return covered(date, programme, before.get(), before.get().description());
        }
        if (programme == Programme.JKK && facts.channel() == PlacementChannel.PERSEORANGAN) {
            Optional<CoverageWindow> jkmOnly = beforeWorkWindow(facts, Programme.JKM);
            if (jkmOnly.isPresent() && jkmOnly.get().period().contains(date)) {
                return none(date, programme, "PMI perseorangan sebelum keberangkatan hanya dilindungi JKM ("
                        + jkmOnly.get().period() + "), tidak JKK");
            }
        }
        return none(date, programme, outsideAllWindows(date, Stream.of(before, during, after)));
    }

    /** The before-work window for the programme, if the facts open one. */
    public Optional<CoverageWindow> beforeWorkWindow(CoverageFacts facts, Programme programme) {
        boolean perseorangan = facts.channel() == PlacementChannel.PERSEORANGAN;
        LocalDate start;
        LocalDate plannedEnd;
        String opening;
        if (perseorangan) {
            if (programme == Programme.JKK || facts.packagePaymentDate() == null) {
                return Optional.empty();
            }
            start = later(facts.packagePaymentDate(), facts.registrationDate());
            plannedEnd = start.plusMonths(PERSEORANGAN_BEFORE_WORK_MAX_MONTHS).minusDays(1);
            opening = "Sebelum bekerja (PMI perseorangan, hanya JKM): sejak pembayaran iuran " + start;
        } else {
            if (facts.registrationDate() == null || facts.beforeWorkPaymentDate() == null) {
                return Optional.empty();
            }
            start = later(facts.registrationDate(), facts.beforeWorkPaymentDate());
            plannedEnd = start.plusMonths(BEFORE_WORK_MAX_MONTHS).minusDays(1);
            opening = "Sebelum bekerja: sejak pendaftaran dan pembayaran iuran " + start;
        }
        String maximum = perseorangan ? "paling lama 1 bulan" : "paling lama 5 bulan";

        List<Closure> closures = new ArrayList<>();
        if (facts.embarkationDate() != null) {
            closures.add(new Closure(facts.embarkationDate().minusDays(1), "keberangkatan " + facts.embarkationDate()));
        }
        addIfPresent(closures, facts.failedDepartureDate(), "gagal berangkat");
        addIfPresent(closures, facts.cttDate(), "cacat total tetap");
        addIfPresent(closures, facts.deathDate(), "meninggal dunia");
        return window(Phase.BEFORE, start, plannedEnd, opening + " s.d. " + plannedEnd + " (" + maximum + ")", closures);
    }

    /** The during-work window (the same for every programme; leave is handled by {@link #phaseOn}). */
    public Optional<CoverageWindow> duringWorkWindow(CoverageFacts facts) {
        if (facts.embarkationDate() == null) {
            return Optional.empty();
        }
        LocalDate contractEnd = facts.contractEnd();
        LocalDate plannedEnd = contractEnd.plusMonths(TRAVEL_HOME_MONTHS);
        String contract = facts.extensionMonths() > 0
                ? "akhir kontrak " + contractEnd + " (" + facts.contractMonths() + " bulan + perpanjangan "
                        + facts.extensionMonths() + " bulan)"
                : "akhir kontrak " + contractEnd;
        String description = "Selama bekerja: sejak keberangkatan " + facts.embarkationDate() + " s.d. " + contract
                + " + 1 bulan (" + plannedEnd + ")";
        List<Closure> closures = new ArrayList<>();
        if (facts.debarkationDate() != null) {
            closures.add(new Closure(facts.debarkationDate().minusDays(1), "tiba di debarkasi " + facts.debarkationDate()));
        }
        addIfPresent(closures, facts.deathDate(), "meninggal dunia");
        return window(Phase.DURING, facts.embarkationDate(), plannedEnd, description, closures);
    }

    /** The after-work window for the programme: JKK also closes on arrival in the home area. */
    public Optional<CoverageWindow> afterWorkWindow(CoverageFacts facts, Programme programme) {
        if (facts.debarkationDate() == null) {
            return Optional.empty();
        }
        LocalDate start = facts.debarkationDate();
        LocalDate plannedEnd = start.plusDays(AFTER_WORK_DAYS - 1L);
        List<Closure> closures = new ArrayList<>();
        if (programme == Programme.JKK) {
            addIfPresent(closures, facts.homeArrivalDate(), "tiba di daerah asal");
        }
        addIfPresent(closures, facts.deathDate(), "meninggal dunia");
        return window(Phase.AFTER, start, plannedEnd,
                "Setelah bekerja: sejak tiba di debarkasi " + start + " s.d. " + plannedEnd + " (30 hari)", closures);
    }

    private record Closure(LocalDate lastCoveredDay, String cause) {
    }

    private static void addIfPresent(List<Closure> closures, LocalDate day, String cause) {
        if (day != null) {
            closures.add(new Closure(day, cause + " " + day));
        }
    }

    /** Applies the earliest closure that falls before the planned end; no window if it closes before it opens. */
    private static Optional<CoverageWindow> window(Phase phase, LocalDate start, LocalDate plannedEnd,
                                                   String description, List<Closure> closures) {
        LocalDate end = plannedEnd;
        String closedBy = null;
        for (Closure closure : closures) {
            if (closure.lastCoveredDay().isBefore(end)) {
                end = closure.lastCoveredDay();
                closedBy = closure.cause();
            }
        }
        if (end.isBefore(start)) {
            return Optional.empty();
        }
        String text = closedBy == null ? description : description + "; berakhir " + end + " karena " + closedBy;
        return Optional.of(new CoverageWindow(phase, Period.of(start, end), text));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static PhaseResolution covered(LocalDate date, Programme programme, CoverageWindow window, String reason) {
        return new PhaseResolution(date, programme, window.phase(), window.period(), reason);
    }

    private static PhaseResolution none(LocalDate date, Programme programme, String reason) {
        return new PhaseResolution(date, programme, Phase.NONE, null, reason);
    }

    private static String outsideAllWindows(LocalDate date, Stream<Optional<CoverageWindow>> windows) {
        List<String> known = windows.flatMap(Optional::stream)
                .map(w -> w.phase().labelId() + " " + w.period())
                .toList();
        String prefix = "Tanggal " + date + " di luar masa perlindungan";
        return known.isEmpty() ? prefix + " (belum ada masa perlindungan yang terbuka)"
                : prefix + " (" + String.join("; ", known) + ")";
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CoverageRecord (ledger -> facts), PaidCoverPhaseResolver, CoverageAssessor, PaymentPolicy and EventPolicy. */
class CoverageLedgerRulesTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate EMBARKED = LocalDate.of(2025, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final PaymentPolicy payments = new PaymentPolicy();
    private final EventPolicy events = new EventPolicy();
    private final CoverageAssessor assessor = new CoverageAssessor();

    private static CoverageRecord agency(int months, int extension, List<CoverageRecord.Payment> paid,
                                         List<CoverageRecord.Event> happened) {
        return new CoverageRecord(1, PlacementChannel.AGENCY, REGISTERED, null, months, extension, paid, happened);
    }

    private static CoverageRecord.Payment paid(Tranche tranche, LocalDate on, int months) {
        return new CoverageRecord.Payment(tranche, on, months, Money.ZERO);
    }

    private static CoverageRecord.Event event(CoverageEventKind kind, LocalDate on) {
        return new CoverageRecord.Event(kind, on, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return fields(e.errors());
        }
        throw new AssertionError("no InvalidInputException");
    }

    // ---- amounts --------------------------------------------------------------------------------------------

    @Test
    void amountsAreComputedFromTheTrancheAndTheContract() {
        CoverageRecord record = agency(24, 0, List.of(), List.of());
        assertThat(payments.quote(record, Tranche.BEFORE_WORK, 0, null, REGISTERED, TODAY).amount())
                .isEqualTo(Money.rupiah(37_500));
        PaymentQuote pkg = payments.quote(record, Tranche.DURING_AFTER, 0, null, REGISTERED, TODAY);
        assertThat(pkg.amount()).isEqualTo(Money.rupiah(332_500));
        assertThat(pkg.months()).isEqualTo(24);
        assertThat(payments.quote(agency(18, 0, List.of(), List.of()), Tranche.DURING_AFTER, 0, null, REGISTERED, TODAY)
                .amount()).isEqualTo(Money.rupiah(189_000 + 6 * 13_500));
        PaymentQuote jht = payments.quote(record, Tranche.VOLUNTARY_JHT, 12, Money.rupiah(100_000), REGISTERED, TODAY);
        assertThat(jht.amount()).isEqualTo(Money.rupiah(1_200_000));
        assertThat(jht.jhtMonthly()).isEqualTo(Money.rupiah(100_000));
    }

    @Test
    void anExtensionIsPaidOnlyForRegisteredUnpaidMonthsAfterThePackage() {
        CoverageRecord noPackage = agency(24, 3, List.of(), List.of());
        assertThat(fields(() -> payments.quote(noPackage, Tranche.EXTENSION, 3, null, REGISTERED, TODAY))).containsExactly("tranche");
        CoverageRecord withPackage = agency(24, 3, List.of(paid(Tranche.DURING_AFTER, REGISTERED, 24)), List.of());
        assertThat(payments.quote(withPackage, Tranche.EXTENSION, 3, null, REGISTERED, TODAY).amount())
                .isEqualTo(Money.rupiah(40_500));
        assertThat(fields(() -> payments.quote(withPackage, Tranche.EXTENSION, 4, null, REGISTERED, TODAY))).containsExactly("months");
        CoverageRecord allPaid = withPackage.with(paid(Tranche.EXTENSION, REGISTERED, 3));
        assertThat(allPaid.unpaidExtensionMonths()).isZero();
        assertThat(fields(() -> payments.quote(allPaid, Tranche.EXTENSION, 1, null, REGISTERED, TODAY))).containsExactly("months");
    }

    @Test
    void refusedPayments() {
        CoverageRecord perseorangan = new CoverageRecord(2, PlacementChannel.PERSEORANGAN, REGISTERED, null, 12, 0, List.of(), List.of());
        assertThat(fields(() -> payments.quote(perseorangan, Tranche.BEFORE_WORK, 0, null, REGISTERED, TODAY))).containsExactly("tranche");
        CoverageRecord record = agency(24, 0, List.of(paid(Tranche.BEFORE_WORK, REGISTERED, 0),
                paid(Tranche.DURING_AFTER, REGISTERED, 24)), List.of());
        assertThat(fields(() -> payments.quote(record, Tranche.BEFORE_WORK, 0, null, REGISTERED, TODAY))).containsExactly("tranche");
        assertThat(fields(() -> payments.quote(record, Tranche.DURING_AFTER, 0, null, REGISTERED, TODAY))).containsExactly("tranche");
        assertThat(fields(() -> payments.quote(record, Tranche.VOLUNTARY_JHT, 12, Money.rupiah(75_000), REGISTERED, TODAY)))
                .containsExactly("jhtMonthly");
        assertThat(fields(() -> payments.quote(record, Tranche.VOLUNTARY_JHT, 0, Money.rupiah(50_000), REGISTERED, TODAY)))
                .containsExactly("months");
        assertThat(fields(() -> payments.quote(agency(24, 0, List.of(), List.of()), Tranche.BEFORE_WORK, 0, null,
                TODAY.plusDays(1), TODAY))).containsExactly("paidOn");
        assertThat(fields(() -> payments.quote(agency(24, 0, List.of(), List.of()), Tranche.BEFORE_WORK, 0, null,
                REGISTERED.minusDays(1), TODAY))).containsExactly("paidOn");
        CoverageRecord departed = agency(24, 0, List.of(), List.of(event(CoverageEventKind.EMBARKATION, EMBARKED)));
        assertThat(fields(() -> payments.quote(departed, Tranche.BEFORE_WORK, 0, null, EMBARKED, TODAY))).containsExactly("paidOn");
    }

    // ---- facts and phase ------------------------------------------------------------------------------------

    @Test
    void theRecordBecomesFactsCountingOnlyPaidExtensionMonths() {
        CoverageRecord record = agency(24, 6, List.of(paid(Tranche.BEFORE_WORK, REGISTERED.plusDays(2), 0),
                        paid(Tranche.DURING_AFTER, REGISTERED.plusDays(5), 24), paid(Tranche.EXTENSION, TODAY, 2)),
                List.of(event(CoverageEventKind.EMBARKATION, EMBARKED),
                        new CoverageRecord.Event(CoverageEventKind.LEAVE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20))));
        CoverageFacts facts = record.facts();
        assertThat(facts.beforeWorkPaymentDate()).isEqualTo(REGISTERED.plusDays(2));
        assertThat(facts.packagePaymentDate()).isEqualTo(REGISTERED.plusDays(5));
        assertThat(facts.embarkationDate()).isEqualTo(EMBARKED);
        assertThat(facts.extensionMonths()).isEqualTo(2);
        assertThat(facts.contractEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(facts.leavesInIndonesia()).containsExactly(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20)));
    }

    @Test
    void duringWorkIsCoveredOnlyOnceThePackageIsPaid() {
        List<CoverageRecord.Event> departed = List.of(event(CoverageEventKind.EMBARKATION, EMBARKED));
        CoverageRecord paidUp = agency(24, 0, List.of(paid(Tranche.BEFORE_WORK, REGISTERED, 0),
                paid(Tranche.DURING_AFTER, REGISTERED, 24)), departed);
        PhaseResolution during = assessor.phaseOn(List.of(paidUp), EMBARKED.plusDays(10), Programme.JKK);
        assertThat(during.phase()).isEqualTo(Phase.DURING);
        assertThat(during.reason()).startsWith("Selama bekerja: sejak keberangkatan 2025-03-01");

        CoverageRecord unpaid = agency(24, 0, List.of(paid(Tranche.BEFORE_WORK, REGISTERED, 0)), departed);
        PhaseResolution none = assessor.phaseOn(List.of(unpaid), EMBARKED.plusDays(10), Programme.JKK);
        assertThat(none.phase()).isEqualTo(Phase.NONE);
        assertThat(none.reason()).contains("belum dibayar");

        CoverageRecord paidLate = agency(24, 0, List.of(paid(Tranche.DURING_AFTER, EMBARKED.plusDays(20), 24)), departed);
        assertThat(assessor.phaseOn(List.of(paidLate), EMBARKED.plusDays(19), Programme.JKM).reason()).contains("baru dibayar");
        assertThat(assessor.phaseOn(List.of(paidLate), EMBARKED.plusDays(20), Programme.JKM).phase()).isEqualTo(Phase.DURING);

        assertThat(assessor.phaseOn(List.of(paidUp), EMBARKED.minusDays(1), Programme.JKK).phase()).isEqualTo(Phase.BEFORE);
    }

    @Test
    void withSeveralPlacementsTheOneCoveringTheDayAnswers() {
        CoverageRecord lapsed = new CoverageRecord(1, PlacementChannel.AGENCY, REGISTERED, null, 24, 0,
                List.of(paid(Tranche.BEFORE_WORK, REGISTERED, 0)), List.of());
        LocalDate again = REGISTERED.plusMonths(6);
        CoverageRecord renewed = new CoverageRecord(2, PlacementChannel.AGENCY, again, null, 24, 0,
                List.of(paid(Tranche.BEFORE_WORK, again, 0)), List.of());
        CoverageAssessor.Assessment first = assessor.assess(List.of(lapsed, renewed), REGISTERED.plusDays(3), Programme.JKK);
        assertThat(first.record().placementId()).isEqualTo(1);
        assertThat(first.resolution().phase()).isEqualTo(Phase.BEFORE);
        CoverageAssessor.Assessment gap = assessor.assess(List.of(lapsed, renewed), again.minusDays(1), Programme.JKK);
        assertThat(gap.resolution().phase()).isEqualTo(Phase.NONE);
        assertThat(gap.record().placementId()).isEqualTo(1);
        assertThat(assessor.assess(List.of(lapsed, renewed), again, Programme.JKK).record().placementId()).isEqualTo(2);
        assertThat(assessor.assess(List.of(), again, Programme.JKK).resolution().reason()).contains("belum memiliki");
    }

    @Test
    void theTimelineListsEachProgrammesWindowsInOrder() {
        CoverageRecord record = agency(12, 0, List.of(paid(Tranche.BEFORE_WORK, REGISTERED, 0),
                paid(Tranche.DURING_AFTER, REGISTERED, 12)), List.of(event(CoverageEventKind.EMBARKATION, EMBARKED),
                event(CoverageEventKind.DEBARKATION, LocalDate.of(2026, 3, 5)),
                event(CoverageEventKind.HOME_ARRIVAL, LocalDate.of(2026, 3, 7))));
        List<CoverageAssessor.TimelineWindow> windows = assessor.timeline(List.of(record));
        assertThat(windows).extracting(CoverageAssessor.TimelineWindow::phase)
                .containsExactly(Phase.BEFORE, Phase.BEFORE, Phase.DURING, Phase.DURING, Phase.AFTER, Phase.AFTER);
        assertThat(windows.get(0).period()).isEqualTo(Period.of(REGISTERED, EMBARKED.minusDays(1)));
        CoverageAssessor.TimelineWindow jkkAfter = windows.stream()
                .filter(w -> w.phase() == Phase.AFTER && w.programme() == Programme.JKK).findFirst().orElseThrow();
        assertThat(jkkAfter.period().end()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(windows).allMatch(CoverageAssessor.TimelineWindow::contributionPaid);
    }

    // ---- events ---------------------------------------------------------------------------------------------

    @Test
    void eventsKeepTheFactsConsistent() {
        CoverageRecord fresh = agency(24, 0, List.of(), List.of());
        assertThat(events.problems(fresh, CoverageEventKind.EMBARKATION, EMBARKED, null, TODAY)).isEmpty();
        assertThat(fields(events.problems(fresh, CoverageEventKind.EMBARKATION, TODAY.plusDays(1), null, TODAY))).containsExactly("date");
        assertThat(fields(events.problems(fresh, CoverageEventKind.DEBARKATION, EMBARKED, null, TODAY))).containsExactly("kind");
        assertThat(fields(events.problems(fresh, CoverageEventKind.LEAVE, EMBARKED, EMBARKED.plusDays(3), TODAY))).containsExactly("kind");
        assertThat(fields(events.problems(fresh, CoverageEventKind.EMBARKATION, EMBARKED, EMBARKED, TODAY))).containsExactly("endDate");

        CoverageRecord departed = fresh.with(event(CoverageEventKind.EMBARKATION, EMBARKED));
        assertThat(fields(events.problems(departed, CoverageEventKind.EMBARKATION, EMBARKED.plusDays(1), null, TODAY))).containsExactly("kind");
        assertThat(fields(events.problems(departed, CoverageEventKind.DEBARKATION, EMBARKED.minusDays(1), null, TODAY))).containsExactly("date");
        assertThat(fields(events.problems(departed, CoverageEventKind.FAILED_DEPARTURE, EMBARKED, null, TODAY))).containsExactly("kind");
        assertThat(fields(events.problems(departed, CoverageEventKind.LEAVE, EMBARKED.plusDays(90), EMBARKED.plusDays(80), TODAY)))
                .containsExactly("endDate");
        assertThat(events.problems(departed, CoverageEventKind.LEAVE, EMBARKED.plusDays(80), EMBARKED.plusDays(90), TODAY)).isEmpty();

        CoverageRecord died = departed.with(event(CoverageEventKind.DEATH, EMBARKED.plusDays(100)));
        assertThat(fields(events.problems(died, CoverageEventKind.CTT, EMBARKED.plusDays(101), null, TODAY))).containsExactly("date");
        assertThat(fields(events.problems(died, CoverageEventKind.DEATH, EMBARKED.plusDays(100), null, TODAY))).containsExactly("kind");
    }

    @Test
    void aRecordRefusesEventsWithTheWrongShape() {
        assertThatThrownBy(() -> new CoverageRecord.Event(CoverageEventKind.LEAVE, EMBARKED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoverageRecord.Event(CoverageEventKind.DEATH, EMBARKED, EMBARKED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueChangeTest {

    private final CatalogueChange change = new CatalogueChange();

    private static BenefitRule glasses(Money cap, LocalDate from, Set<Programme> programmes) {
        return new BenefitRule("GLASSES", "Kacamata", programmes, EnumSet.of(Phase.BEFORE, Phase.DURING, Phase.AFTER),
                CalculationKind.CAP_AT_COST, null, cap, Map.of(), "Permenaker 4/2023", from, null, Confidence.CONFIRMED);
    }

    private final BenefitRule current = glasses(Money.rupiah(1_000_000), LocalDate.of(2023, 3, 1), EnumSet.of(Programme.JKK));

    @Test
    void aNewVersionStartsAfterTheCurrentOne() {
        BenefitRule next = glasses(Money.rupiah(1_500_000), LocalDate.of(2027, 1, 1), EnumSet.of(Programme.JKK));
        assertThat(change.problems("GLASSES", current, next, null)).isEmpty();
        BenefitRule sameDay = glasses(Money.rupiah(1_500_000), LocalDate.of(2023, 3, 1), EnumSet.of(Programme.JKK));
        assertThat(change.problems("GLASSES", current, sameDay, null)).extracting(FieldError::field).containsExactly("validFrom");
    }

    @Test
    void unknownCodesOddProgrammesAndInvalidRulesAreRefused() {
        BenefitRule next = glasses(Money.rupiah(1_500_000), LocalDate.of(2027, 1, 1), EnumSet.of(Programme.JKM, Programme.JHT));
        assertThat(change.problems("GLASSES", current, next, null)).extracting(FieldError::field).containsExactly("programmes");
        assertThat(change.problems("NOPE", null, next, null)).extracting(FieldError::field).contains("code");
        assertThat(change.problems("GLASSES", current, null, "Versi manfaat tidak sah: x")).extracting(FieldError::message)
                .containsExactly("Versi manfaat tidak sah: x");
    }

    @Test
    void theAuditSaysWhatChanged() {
        BenefitRule next = glasses(Money.rupiah(1_500_000), LocalDate.of(2027, 1, 1), EnumSet.of(Programme.JKK));
        assertThat(change.describe(current, next, 2)).isEqualTo("GLASSES v2 berlaku sejak 2027-01-01: plafon Rp 1.000.000"
                + " -> Rp 1.500.000 (versi sebelumnya sejak 2023-03-01 berakhir 2026-12-31)");
    }
}

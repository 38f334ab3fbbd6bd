package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed migration holds every benefit of the fact sheet with its amount, cap and confidence. */
class BenefitCatalogueSeedTest {

    private final List<BenefitRule> seed = BenefitCatalogueSeed.rules();

    private BenefitRule rule(String code) {
        return seed.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void seedsEveryKnownCodeOnceFromThePermenakerDate() throws IllegalAccessException {
        Set<String> known = new java.util.HashSet<>();
        for (Field field : BenefitCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                known.add((String) field.get(null));
            }
        }
        assertThat(seed).hasSize(24);
        assertThat(seed.stream().map(BenefitRule::code).collect(Collectors.toSet())).isEqualTo(known);
        assertThat(seed).allSatisfy(r -> {
            assertThat(r.validFrom()).isEqualTo(LocalDate.of(2023, 3, 1));
            assertThat(r.validTo()).isNull();
        });
    }

    @Test
    void mapsAmountsCapsAndParams() {
        assertThat(rule("JKM_DEATH_D").amount()).isEqualTo(Money.rupiah(85_000_000));
        assertThat(rule("JKM_DEATH_BA").amount()).isEqualTo(Money.rupiah(42_000_000));
        assertThat(rule("JKM_DEATH_BA").phases()).containsExactlyInAnyOrder(Phase.BEFORE, Phase.AFTER);
        assertThat(rule("MEDICAL_ABROAD").cap()).isEqualTo(Money.rupiah(50_000_000));
        assertThat(rule("MEDICAL_ID").cap()).isNull();
        assertThat(rule("TRANSPORT").params()).isEqualTo(Map.of(
                "LAND", "5000000", "RIVER", "5000000", "SEA", "2000000", "AIR", "10000000"));
        assertThat(rule("SCHOLARSHIP").programmes()).containsExactlyInAnyOrder(Programme.JKK, Programme.JKM);
        assertThat(rule("SCHOLARSHIP").moneyParam("PT")).contains(Money.rupiah(12_000_000));
        assertThat(rule("FAILED_DEPARTURE").phases()).containsExactly(Phase.BEFORE);
        assertThat(rule("JOURNEY_LOSS").phases()).containsExactly(Phase.AFTER);
    }

    @Test
    void marksOpenAmountsAsNotConfirmed() {
        Set<String> notConfirmed = seed.stream().filter(r -> r.confidence().awaitsConfirmation())
                .map(BenefitRule::code).collect(Collectors.toSet());
        assertThat(notConfirmed).containsExactlyInAnyOrder(
                "MEDICAL_ABROAD", "TRANSPORT", "DISABILITY", "DISABILITY_PERIODIC", "JKK_DEATH", "PROSTHESIS",
                "DENTURES", "FAILED_PLACEMENT", "TERMINATION_ACCIDENT", "TERMINATION_UNILATERAL", "PROBLEM_RETURN");
    }

    @Test
    void everySeededRuleIsUsableByTheCalculator() {
        assertThat(new EntitlementCalculator(seed).ruleInForce("RAPE", LocalDate.of(2025, 1, 1))).isPresent();
        assertThat(Arrays.stream(IncidentKind.values()).flatMap(k -> k.payableBenefits().stream()))
                .allSatisfy(code -> assertThat(seed).anyMatch(r -> r.code().equals(code)));
    }
}

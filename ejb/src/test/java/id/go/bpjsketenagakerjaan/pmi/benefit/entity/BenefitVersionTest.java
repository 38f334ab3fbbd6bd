package id.go.bpjsketenagakerjaan.pmi.benefit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.CalculationKind;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Confidence;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenefitVersionTest {

    private static BenefitRule scholarship(LocalDate from) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SD", "1500000");
        params.put("maxChildren", "2");
        return new BenefitRule("SCHOLARSHIP", "Beasiswa", EnumSet.of(Programme.JKM, Programme.JKK),
                EnumSet.of(Phase.DURING), CalculationKind.PER_CHILD_YEARLY, null, Money.rupiah(10), params,
                "Permenaker 4/2023", from, null, Confidence.CONFIRMED);
    }

    @Test
    void aVersionMapsBackToTheSameRuleInTheSeedsNotation() {
        BenefitRule rule = scholarship(LocalDate.of(2027, 1, 1));
        BenefitVersion version = new BenefitVersion(rule, 2, "Scholarship", "admin", Instant.EPOCH);
        assertThat(version.getProgramme()).isEqualTo("JKK,JKM");
        assertThat(version.getPhases()).isEqualTo("D");
        assertThat(version.getParams()).isEqualTo("SD=1500000;maxChildren=2");
        assertThat(version.toRule()).isEqualTo(rule);
    }

    @Test
    void aNewerVersionEndsThisOneTheDayBefore() {
        BenefitVersion version = new BenefitVersion(scholarship(LocalDate.of(2023, 3, 1)), 1, "S", "flyway", Instant.EPOCH);
        version.supersededFrom(LocalDate.of(2027, 1, 1));
        assertThat(version.getValidTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(version.toRule().isEffectiveOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(version.toRule().isEffectiveOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> version.supersededFrom(LocalDate.of(2023, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}

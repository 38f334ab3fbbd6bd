package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An administrator's service unit: every problem names its field, and a sound unit has none. */
class UnitRulesTest {

    static final UnitRules.Context NEW = new UnitRules.Context(true, false, null, true, List.of());

    static UnitForm lounge() {
        return new UnitForm("LG-KNO2", "Lounge BP2MI Kualanamu 2", ServiceUnitType.LOUNGE, "Sumatera Utara", "ID",
                "Asia/Jakarta", 1L, "Bandara Kualanamu");
    }

    static List<String> fields(UnitForm form, UnitRules.Context context) {
        return UnitRules.problems(form, context).stream().map(FieldError::field).toList();
    }

    @Test
    void aSoundUnitHasNoProblems() {
        assertThat(UnitRules.problems(lounge(), NEW)).isEmpty();
        assertThat(UnitRules.problems(new UnitForm("LN-SGP", "Unit Layanan Singapura", ServiceUnitType.OVERSEAS, null, "sg",
                "Asia/Singapore", 1L, null), NEW)).isEmpty();
        assertThat(UnitRules.problems(new UnitForm("KP-2", "Kantor Pusat", ServiceUnitType.HEAD_OFFICE, "DKI Jakarta", "ID",
                "Asia/Jakarta", null, null), NEW)).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fields(new UnitForm(" ", "", null, null, null, "", null, null), NEW))
                .containsExactly("code", "name", "type", "countryCode", "timeZone", "parentId");
    }

    @Test
    void codeFormatAndUniqueness() {
        UnitForm lower = new UnitForm("lg-x", "L", ServiceUnitType.LOUNGE, "Bali", "ID", "Asia/Makassar", 1L, null);
        assertThat(UnitRules.problems(lower, NEW)).extracting(FieldError::message)
                .containsExactly("Kode unit: 2–20 huruf besar, angka atau tanda hubung, misalnya KC-CRB");
        assertThat(UnitRules.problems(lounge(), new UnitRules.Context(true, true, null, true, List.of())))
                .extracting(FieldError::message).containsExactly("Kode unit: LG-KNO2 sudah dipakai unit lain");
        // the code is not checked when editing: it never changes
        assertThat(UnitRules.problems(lounge(), new UnitRules.Context(false, true, 7L, true, List.of()))).isEmpty();
    }

    @Test
    void overseasUnitsAreAbroadAndTheOthersInIndonesiaWithAProvince() {
        assertThat(fields(new UnitForm("LN-X", "X", ServiceUnitType.OVERSEAS, null, "ID", "Asia/Jakarta", 1L, null), NEW))
                .containsExactly("countryCode");
        assertThat(fields(new UnitForm("KC-X", "X", ServiceUnitType.BRANCH, "Jawa Barat", "TW", "Asia/Jakarta", 1L, null), NEW))
                .containsExactly("countryCode");
        assertThat(fields(new UnitForm("KC-X", "X", ServiceUnitType.BRANCH, " ", "ID", "Asia/Jakarta", 1L, null), NEW))
                .containsExactly("province");
        assertThat(fields(new UnitForm("LN-X", "X", ServiceUnitType.OVERSEAS, null, "XX", "Asia/Taipei", 1L, null), NEW))
                .containsExactly("countryCode");
    }

    @Test
    void theTimeZoneMustBeReal() {
        assertThat(UnitRules.problems(new UnitForm("KC-X", "X", ServiceUnitType.BRANCH, "Bali", "ID", "WITA", 1L, null), NEW))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("timeZone",
                        "Zona waktu: WITA tidak dikenal; gunakan nama seperti Asia/Jakarta atau Asia/Taipei"));
    }

    @Test
    void theParentOfficeIsNeitherTheUnitNorOneBelowItAndTheHeadOfficeHasNone() {
        UnitForm cirebon = new UnitForm("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                "Asia/Jakarta", 2L, null);
        assertThat(fields(cirebon, new UnitRules.Context(false, false, 2L, true, List.of()))).containsExactly("parentId");
        UnitForm underIndramayu = new UnitForm("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                "Asia/Jakarta", 1001L, null);
        assertThat(UnitRules.problems(underIndramayu, new UnitRules.Context(false, false, 2L, true, List.of(1001L, 1051L))))
                .extracting(FieldError::message)
                .containsExactly("Kantor induk: unit yang berada di bawah unit ini tidak dapat menjadi induknya");
        assertThat(fields(lounge(), new UnitRules.Context(true, false, null, false, List.of()))).containsExactly("parentId");
        assertThat(fields(new UnitForm("KP-2", "Kantor Pusat", ServiceUnitType.HEAD_OFFICE, "DKI Jakarta", "ID",
                "Asia/Jakarta", 1L, null), NEW)).containsExactly("parentId");
    }
}

package id.go.bpjsketenagakerjaan.pmi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void parsesAMansBirthDateAndRegion() {
        Nik nik = Nik.parse("3273011203850002", TODAY);

        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.provinceCode()).isEqualTo("32");
        assertThat(nik.regencyCode()).isEqualTo("73");
        assertThat(nik.districtCode()).isEqualTo("01");
        assertThat(nik.serial()).isEqualTo("0002");
    }

    @Test
    void readsDayPlusFortyAsAWoman() {
        Nik nik = Nik.parse("3301024508990001", TODAY);

        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1999, 8, 5));
    }

    @Test
    void womanBornOnThe31stHasDayCode71() {
        assertThat(Nik.parse("3301027101000001", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 1, 31));
    }

    @Test
    void choosesTheCenturyThatKeepsTheBirthDateInThePast() {
        assertThat(Nik.parse("3301020101050001", TODAY).birthDate()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(Nik.parse("3301020106250001", TODAY).birthDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(Nik.parse("3301020206250001", TODAY).birthDate()).isEqualTo(LocalDate.of(1925, 6, 2));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertThat(Nik.parse("3301022902000001", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Nik.problemWith("3301022902010001", TODAY)).contains(
                "NIK: tanggal lahir 29-02-01 (DD-MM-YY) bukan tanggal yang ada");
    }

    @Test
    void trimsSurroundingSpaces() {
        assertThat(Nik.parse(" 3273011203850002 ", TODAY).value()).isEqualTo("3273011203850002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101011203850001", "1901011203850001", "2101011203850001", "3101011203850001",
            "3601011203850001", "5101011203850001", "5301011203850001", "6101011203850001", "6501011203850001",
            "7101011203850001", "7601011203850001", "8101011203850001", "8201011203850001", "9101011203850001",
            "9601011203850001"})
    void acceptsEveryRealProvinceRangeBoundary(String value) {
        assertThat(Nik.isValid(value, TODAY)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9901011203850002|NIK: kode provinsi 99 tidak dikenal",
            "1001011203850002|NIK: kode provinsi 10 tidak dikenal",
            "2001011203850002|NIK: kode provinsi 20 tidak dikenal",
            "2201011203850002|NIK: kode provinsi 22 tidak dikenal",
            "3701011203850002|NIK: kode provinsi 37 tidak dikenal",
            "5401011203850002|NIK: kode provinsi 54 tidak dikenal",
            "6601011203850002|NIK: kode provinsi 66 tidak dikenal",
            "7701011203850002|NIK: kode provinsi 77 tidak dikenal",
            "8301011203850002|NIK: kode provinsi 83 tidak dikenal",
            "9001011203850002|NIK: kode provinsi 90 tidak dikenal",
            "9701011203850002|NIK: kode provinsi 97 tidak dikenal",
            "3200011203850002|NIK: kode kabupaten/kota 00 tidak sah",
            "3273001203850002|NIK: kode kecamatan 00 tidak sah",
            "3273010003850002|NIK: kode tanggal lahir 00 tidak sah (01-31 untuk laki-laki, 41-71 untuk perempuan)",
            "3273013203850002|NIK: kode tanggal lahir 32 tidak sah (01-31 untuk laki-laki, 41-71 untuk perempuan)",
            "3273014003850002|NIK: kode tanggal lahir 40 tidak sah (01-31 untuk laki-laki, 41-71 untuk perempuan)",
            "3273017203850002|NIK: kode tanggal lahir 72 tidak sah (01-31 untuk laki-laki, 41-71 untuk perempuan)",
            "3273011213850002|NIK: bulan lahir 13 tidak sah",
            "3273011200850002|NIK: bulan lahir 00 tidak sah",
            "3273013104850002|NIK: tanggal lahir 31-04-85 (DD-MM-YY) bukan tanggal yang ada",
            "3273017104850002|NIK: tanggal lahir 31-04-85 (DD-MM-YY) bukan tanggal yang ada",
            "327301120385000|NIK: harus 16 digit, diterima 15 digit",
            "32730112038500021|NIK: harus 16 digit, diterima 17 digit",
            "32730112038500A2|NIK: hanya boleh berisi angka",
            "0000000000000000|NIK: tidak boleh berisi nol semua"})
    void namesWhatIsWrong(String value, String message) {
        assertThat(Nik.problemWith(value, TODAY)).contains(message);
        assertThatThrownBy(() -> Nik.parse(value, TODAY))
                .isInstanceOf(InvalidNikException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsMissingValue() {
        assertThat(Nik.problemWith(null, TODAY)).contains("NIK: wajib diisi");
        assertThat(Nik.problemWith("   ", TODAY)).contains("NIK: wajib diisi");
    }

    @Test
    void equalityFollowsTheDigits() {
        assertThat(Nik.parse("3273011203850002", TODAY)).isEqualTo(Nik.parse("3273011203850002", TODAY.plusDays(1)));
        assertThat(Nik.parse("3273011203850002", TODAY)).isNotEqualTo(Nik.parse("3273011203850003", TODAY));
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationFile.Result;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationFile.ResultRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationCheckTest {

    static ReconciliationCheck.BatchFacts batch() {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("R1", new BigDecimal("1500000.00"));
        lines.put("R2", new BigDecimal("2000000.00"));
        return new ReconciliationCheck.BatchFacts("BTR-002-20261201-1", 2, new BigDecimal("3500000.00"), lines);
    }

    static final String GOOD = "reference,status,amount,reason\r\n"
            + "R1,PAID,1500000.00,\r\n"
            + "R2,FAILED,2000000.00,\"Rekening ditutup, hubungi nasabah\"\r\n"
            + "TOTAL,2,3500000.00,\r\n";

    @Test
    void aMatchingFileHasNoProblems() {
        ReconciliationFile.Parsed parsed = ReconciliationFile.parse(GOOD);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(ResultRow::result).containsExactly(Result.PAID, Result.FAILED);
        assertThat(parsed.rows().get(1).reason()).isEqualTo("Rekening ditutup, hubungi nasabah");
        assertThat(ReconciliationCheck.problems(batch(), parsed)).isEmpty();
    }

    @Test
    void theWriterProducesAFileTheCheckAccepts() {
        String file = ReconciliationFile.write(List.of(new ResultRow(0, "R1", Result.PAID, new BigDecimal("1500000.00"), null),
                new ResultRow(0, "R2", Result.FAILED, new BigDecimal("2000000.00"), "Nama tidak sesuai")));
        assertThat(ReconciliationCheck.problems(batch(), ReconciliationFile.parse(file))).isEmpty();
    }

    @Test
    void aDeclaredTotalThatDiffersFromTheRowsAndTheBatchIsNamed() {
        String file = GOOD.replace("TOTAL,2,3500000.00", "TOTAL,2,3600000.00");
        assertThat(ReconciliationCheck.problems(batch(), ReconciliationFile.parse(file)))
                .anySatisfy(p -> assertThat(p).contains("Total nilai hasil (Rp 3500000.00)", "baris TOTAL file (Rp 3600000.00)"))
                .anySatisfy(p -> assertThat(p).contains("total batch BTR-002-20261201-1 (Rp 3500000.00)"));
    }

    @Test
    void aMissingRowIsACountMismatchWithTheBatch() {
        String file = "reference,status,amount,reason\r\nR1,PAID,1500000.00,\r\nTOTAL,1,1500000.00,\r\n";
        assertThat(ReconciliationCheck.problems(batch(), ReconciliationFile.parse(file)))
                .anySatisfy(p -> assertThat(p).contains("jumlah pembayaran batch BTR-002-20261201-1 (2)"))
                .anySatisfy(p -> assertThat(p).contains("Tidak ada hasil untuk pembayaran: R2"));
    }

    @Test
    void everyRowErrorNamesTheRowAndTheField() {
        String file = "reference,status,amount,reason\r\n"
                + "R1,OK,1500000.00,\r\n"
                + "R2,FAILED,2.000.000,\r\n"
                + ",PAID,1.00,\r\n"
                + "TOTAL,x,3500000.00,\r\n";
        List<String> problems = ReconciliationCheck.problems(batch(), ReconciliationFile.parse(file));
        assertThat(problems).contains(
                "Baris 2, kolom status: harus PAID atau FAILED, ditemukan 'OK'",
                "Baris 3, kolom amount: harus angka dengan titik dan 2 desimal (mis. 1500000.00), ditemukan '2.000.000'",
                "Baris 3, kolom reason: alasan wajib diisi untuk pembayaran FAILED",
                "Baris 4, kolom reference: referensi kosong",
                "Baris 5, kolom status: jumlah baris pada TOTAL bukan bilangan bulat: 'x'");
    }

    @Test
    void unknownDuplicateAndWrongAmountReferencesAreNamed() {
        String file = "reference,status,amount,reason\r\n"
                + "R1,PAID,1500000.00,\r\n"
                + "R1,PAID,1500000.00,\r\n"
                + "R9,PAID,500000.00,\r\n"
                + "TOTAL,3,3500000.00,\r\n";
        List<String> problems = ReconciliationCheck.problems(batch(), ReconciliationFile.parse(file));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Baris 3, kolom reference: referensi R1 sudah ada di baris 2"))
                .anySatisfy(p -> assertThat(p).startsWith("Baris 4, kolom reference: referensi R9 bukan pembayaran batch"))
                .anySatisfy(p -> assertThat(p).contains("Jumlah pada baris TOTAL file (3)"));
        String wrongAmount = GOOD.replace("R1,PAID,1500000.00", "R1,PAID,1400000.00").replace("TOTAL,2,3500000.00", "TOTAL,2,3400000.00");
        assertThat(ReconciliationCheck.problems(batch(), ReconciliationFile.parse(wrongAmount)))
                .anySatisfy(p -> assertThat(p).startsWith("Baris 2, kolom amount: 1400000.00 tidak sama"));
    }

    @Test
    void aWrongHeaderOrAMissingTotalRowIsRefused() {
        assertThat(ReconciliationFile.parse("ref,status\r\nR1,PAID\r\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.toString()).startsWith("Baris 1: judul kolom harus reference,status,amount,reason"));
        assertThat(ReconciliationFile.parse("reference,status,amount,reason\r\nR1,PAID,1500000.00,\r\n").errors())
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("baris TOTAL"));
        assertThat(ReconciliationFile.parse("").errors()).isNotEmpty();
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankTransferFileTest {

    static final List<BankTransferFile.Line> LINES = List.of(
            new BankTransferFile.Line("Siti Aminah", "1234567890", "002", new BigDecimal("1500000"), "KLM2026000001P1"),
            new BankTransferFile.Line("Nur \"Ani\" Hidayah, S.Pd", "9876543210", "002", new BigDecimal("2000000.5"), "KLM2026000002P1"),
            new BankTransferFile.Line("Dewi Ṡartika", "5555555", "002", new BigDecimal("12.34"), "KLM2026000003P2"));

    @Test
    void writesAHeaderQuotedFieldsTwoDecimalsAndCrlf() {
        String file = BankTransferFile.write(LINES);
        assertThat(file).isEqualTo("beneficiary_name,account_no,bank_code,amount,reference\r\n"
                + "Siti Aminah,1234567890,002,1500000.00,KLM2026000001P1\r\n"
                + "\"Nur \"\"Ani\"\" Hidayah, S.Pd\",9876543210,002,2000000.50,KLM2026000002P1\r\n"
                + "Dewi Ṡartika,5555555,002,12.34,KLM2026000003P2\r\n");
        assertThat(BankTransferFile.bytes(file)).isEqualTo(file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(BankTransferFile.read(BankTransferFile.write(LINES))).isEqualTo(LINES.stream()
                .map(l -> new BankTransferFile.Line(l.beneficiaryName(), l.accountNo(), l.bankCode(), l.amount(), l.reference()))
                .toList());
    }

    @Test
    void theChecksumIsSha256OfTheUtf8BytesAndDetectsAnyChange() {
        assertThat(BankTransferFile.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String file = BankTransferFile.write(LINES);
        String sum = BankTransferFile.sha256(file);
        assertThat(BankTransferFile.verify(file, sum)).isTrue();
        assertThat(BankTransferFile.verify(file.replace("1500000.00", "1500001.00"), sum)).isFalse();
        assertThat(BankTransferFile.verify(file, sum.toUpperCase())).isTrue();
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefused() {
        assertThatThrownBy(() -> new BankTransferFile.Line("A", "12345", "002", new BigDecimal("1.005"), "R"))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void csvReaderHandlesQuotesNewlinesLfAndReportsRows() {
        List<Csv.Row> rows = Csv.read("a,b\n\"x\ny\",\"\"\"q\"\"\"\n\nlast,\n");
        assertThat(rows).extracting(Csv.Row::rowNo).containsExactly(1, 2, 5);
        assertThat(rows.get(1).fields()).containsExactly("x\ny", "\"q\"");
        assertThat(rows.get(2).fields()).containsExactly("last", "");
        assertThat(Csv.read("\uFEFFa,b")).singleElement().extracting(Csv.Row::fields).isEqualTo(List.of("a", "b"));
        assertThatThrownBy(() -> Csv.read("a,b\r\nc,\"open")).hasMessageContaining("Baris 2");
        assertThatThrownBy(() -> Csv.read("a,b\r\nc,d\"e\"")).hasMessageContaining("Baris 2");
        assertThat(Csv.quote(" lead")).isEqualTo("\" lead\"");
    }
}

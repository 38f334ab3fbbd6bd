package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The bank transfer file of a batch: UTF-8 CSV without byte order mark, CRLF line ends, a header
 * {@code beneficiary_name,account_no,bank_code,amount,reference} and one line per payment; the amount in rupiah
 * with a dot and exactly 2 decimals ({@code 1500000.00}), no thousands separator. Its SHA-256 (hex, lower case)
 * over the UTF-8 bytes is stored on the batch at release.
 */
public final class BankTransferFile {

    public static final List<String> HEADER = List.of("beneficiary_name", "account_no", "bank_code", "amount", "reference");

    private BankTransferFile() {
    }

    public record Line(String beneficiaryName, String accountNo, String bankCode, BigDecimal amount, String reference) {
        public Line {
            Objects.requireNonNull(beneficiaryName, "beneficiaryName");
            Objects.requireNonNull(accountNo, "accountNo");
            Objects.requireNonNull(bankCode, "bankCode");
            Objects.requireNonNull(reference, "reference");
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static String write(List<Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Line line : lines) {
            rows.add(List.of(line.beneficiaryName(), line.accountNo(), line.bankCode(), amount(line.amount()),
                    line.reference()));
        }
        return Csv.write(rows);
    }

    public static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(String file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    public static boolean verify(String file, String expectedSha256) {
        return file != null && expectedSha256 != null && MessageDigest.isEqual(
                sha256(file).getBytes(StandardCharsets.US_ASCII), expectedSha256.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a file this class wrote (or the bank echoes back); refuses a different header or a malformed line. */
    public static List<Line> read(String file) {
        List<Csv.Row> rows = Csv.read(file);
        if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
            throw new Csv.CsvFormatException(1, "judul kolom harus " + String.join(",", HEADER));
        }
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != HEADER.size()) {
                throw new Csv.CsvFormatException(row.rowNo(), "harus " + HEADER.size() + " kolom, ada " + row.fields().size());
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(row.field(3));
            } catch (NumberFormatException e) {
                throw new Csv.CsvFormatException(row.rowNo(), "kolom amount bukan angka: " + row.field(3));
            }
            lines.add(new Line(row.field(0), row.field(1), row.field(2), amount, row.field(4)));
        }
        return lines;
    }
}

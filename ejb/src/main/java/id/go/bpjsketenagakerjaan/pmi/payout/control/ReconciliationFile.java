package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bank's result file for one batch: UTF-8 CSV with the header {@code reference,status,amount,reason}, one row per
 * payment ({@code status} PAID or FAILED; {@code reason} required when FAILED; {@code amount} with a dot and 2
 * decimals) and a last row {@code TOTAL,<number of payment rows>,<sum of amounts>,} that the bank declares.
 * {@link #parse} never throws for content: every problem is returned with its row number and field.
 */
public final class ReconciliationFile {

    public static final List<String> HEADER = List.of("reference", "status", "amount", "reason");
    public static final String TOTAL = "TOTAL";

    public enum Result { PAID, FAILED }

    public record ResultRow(int rowNo, String reference, Result result, BigDecimal amount, String reason) {
    }

    public record RowError(int rowNo, String field, String message) {
        @Override
        public String toString() {
            return "Baris " + rowNo + (field == null ? "" : ", kolom " + field) + ": " + message;
        }
    }

    /** The rows read, the totals the file declares (null when missing) and the problems found. */
    public record Parsed(List<ResultRow> rows, Integer declaredCount, BigDecimal declaredSum, List<RowError> errors) {
        public BigDecimal rowsSum() {
            return rows.stream().map(ResultRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private ReconciliationFile() {
    }

    public static Parsed parse(String content) {
        List<RowError> errors = new ArrayList<>();
        List<ResultRow> rows = new ArrayList<>();
        List<Csv.Row> csv;
        try {
            csv = Csv.read(content == null ? "" : content);
        } catch (Csv.CsvFormatException e) {
            errors.add(new RowError(e.rowNo(), null, e.getMessage().replaceFirst("^Baris \\d+: ", "")));
            return new Parsed(rows, null, null, errors);
        }
        if (csv.isEmpty()) {
            errors.add(new RowError(1, null, "file kosong"));
            return new Parsed(rows, null, null, errors);
        }
        List<String> header = csv.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            errors.add(new RowError(1, null, "judul kolom harus " + String.join(",", HEADER) + ", ditemukan " + String.join(",", header)));
            return new Parsed(rows, null, null, errors);
        }
        Integer declaredCount = null;
        BigDecimal declaredSum = null;
        boolean totalSeen = false;
        for (Csv.Row row : csv.subList(1, csv.size())) {
            int n = row.rowNo();
            if (totalSeen) {
                errors.add(new RowError(n, null, "baris setelah baris TOTAL"));
                continue;
            }
            if (TOTAL.equalsIgnoreCase(row.field(0).strip())) {
                totalSeen = true;
                try {
                    declaredCount = Integer.valueOf(row.field(1).strip());
                } catch (NumberFormatException e) {
                    errors.add(new RowError(n, "status", "jumlah baris pada TOTAL bukan bilangan bulat: '" + row.field(1) + "'"));
                }
                declaredSum = amount(row.field(2), n, errors);
                continue;
            }
            if (row.fields().size() != HEADER.size()) {
                errors.add(new RowError(n, null, "harus " + HEADER.size() + " kolom, ada " + row.fields().size()));
                continue;
            }
            String reference = row.field(0).strip();
            if (reference.isEmpty()) {
                errors.add(new RowError(n, "reference", "referensi kosong"));
            }
            Result result = null;
            try {
                result = Result.valueOf(row.field(1).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(n, "status", "harus PAID atau FAILED, ditemukan '" + row.field(1) + "'"));
            }
            BigDecimal amount = amount(row.field(2), n, errors);
            String reason = row.field(3).strip();
            if (result == Result.FAILED && reason.isEmpty()) {
                errors.add(new RowError(n, "reason", "alasan wajib diisi untuk pembayaran FAILED"));
            }
            if (!reference.isEmpty() && result != null && amount != null) {
                rows.add(new ResultRow(n, reference, result, amount, reason.isEmpty() ? null : reason));
            }
        }
        if (!totalSeen) {
            errors.add(new RowError(csv.get(csv.size() - 1).rowNo() + 1, null, "baris TOTAL,<jumlah>,<nilai>, tidak ada di akhir file"));
        }
        return new Parsed(rows, declaredCount, declaredSum, errors);
    }

    private static BigDecimal amount(String text, int rowNo, List<RowError> errors) {
        String value = text.strip();
        if (!value.matches("\\d{1,15}\\.\\d{2}")) {
            errors.add(new RowError(rowNo, "amount", "harus angka dengan titik dan 2 desimal (mis. 1500000.00), ditemukan '" + text + "'"));
            return null;
        }
        return new BigDecimal(value);
    }

    /** Writes a result file in this format (for tests and for a bank simulator). */
    public static String write(List<ResultRow> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(HEADER);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (ResultRow row : rows) {
            out.add(List.of(row.reference(), row.result().name(), BankTransferFile.amount(row.amount()),
                    row.reason() == null ? "" : row.reason()));
            sum = sum.add(row.amount());
        }
        out.add(List.of(TOTAL, String.valueOf(rows.size()), BankTransferFile.amount(sum), ""));
        return Csv.write(out);
    }
}

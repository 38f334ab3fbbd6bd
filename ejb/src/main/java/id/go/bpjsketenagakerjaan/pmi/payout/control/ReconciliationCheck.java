package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a parsed result file may be applied to a batch. Three totals must agree, count and sum each: the batch's
 * (its lines), the file's (its TOTAL row) and the results' (the rows themselves); each row must name a line of the
 * batch once with the line's amount, and every line of the batch must have a result. Any problem refuses the whole
 * file; the problems are listed for the user, each naming the row and field or the totals that differ.
 */
public final class ReconciliationCheck {

    private ReconciliationCheck() {
    }

    /** The batch as the check needs it: its number and its pending lines (reference → amount), in file order. */
    public record BatchFacts(String batchNo, int lineCount, BigDecimal total, Map<String, BigDecimal> lines) {
        public BatchFacts {
            lines = new LinkedHashMap<>(lines);
        }
    }

    public static List<String> problems(BatchFacts batch, ReconciliationFile.Parsed file) {
        List<String> problems = new ArrayList<>();
        file.errors().forEach(error -> problems.add(error.toString()));
        int resultCount = file.rows().size();
        BigDecimal resultSum = file.rowsSum();
        String rupiah = "Rp ";
        if (file.declaredCount() != null && file.declaredCount() != resultCount) {
            problems.add("Jumlah baris hasil (" + resultCount + ") tidak sama dengan jumlah pada baris TOTAL file ("
                    + file.declaredCount() + ").");
        }
        if (file.declaredSum() != null && file.declaredSum().compareTo(resultSum) != 0) {
            problems.add("Total nilai hasil (" + rupiah + BankTransferFile.amount(resultSum) + ") tidak sama dengan total pada baris TOTAL file ("
                    + rupiah + BankTransferFile.amount(file.declaredSum()) + ").");
        }
        if (file.declaredCount() != null && file.declaredCount() != batch.lineCount()) {
            problems.add("Jumlah pada baris TOTAL file (" + file.declaredCount() + ") tidak sama dengan jumlah pembayaran batch "
                    + batch.batchNo() + " (" + batch.lineCount() + ").");
        }
        if (file.declaredSum() != null && file.declaredSum().compareTo(batch.total()) != 0) {
            problems.add("Total pada baris TOTAL file (" + rupiah + BankTransferFile.amount(file.declaredSum())
                    + ") tidak sama dengan total batch " + batch.batchNo() + " (" + rupiah + BankTransferFile.amount(batch.total()) + ").");
        }
        if (resultCount != batch.lineCount() && file.errors().isEmpty()) {
            problems.add("Jumlah baris hasil (" + resultCount + ") tidak sama dengan jumlah pembayaran batch "
                    + batch.batchNo() + " (" + batch.lineCount() + ").");
        }
        if (resultSum.compareTo(batch.total()) != 0 && file.errors().isEmpty()) {
            problems.add("Total nilai hasil (" + rupiah + BankTransferFile.amount(resultSum) + ") tidak sama dengan total batch "
                    + batch.batchNo() + " (" + rupiah + BankTransferFile.amount(batch.total()) + ").");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ReconciliationFile.ResultRow row : file.rows()) {
            Integer first = seen.putIfAbsent(row.reference(), row.rowNo());
            if (first != null) {
                problems.add("Baris " + row.rowNo() + ", kolom reference: referensi " + row.reference()
                        + " sudah ada di baris " + first + ".");
                continue;
            }
            BigDecimal expected = batch.lines().get(row.reference());
            if (expected == null) {
                problems.add("Baris " + row.rowNo() + ", kolom reference: referensi " + row.reference()
                        + " bukan pembayaran batch " + batch.batchNo() + ".");
            } else if (expected.compareTo(row.amount()) != 0) {
                problems.add("Baris " + row.rowNo() + ", kolom amount: " + BankTransferFile.amount(row.amount())
                        + " tidak sama dengan nilai pembayaran " + row.reference() + " (" + BankTransferFile.amount(expected) + ").");
            }
        }
        List<String> missing = batch.lines().keySet().stream().filter(reference -> !seen.containsKey(reference)).toList();
        if (!missing.isEmpty() && file.errors().isEmpty()) {
            problems.add("Tidak ada hasil untuk pembayaran: " + String.join(", ", missing) + ".");
        }
        return problems;
    }
}

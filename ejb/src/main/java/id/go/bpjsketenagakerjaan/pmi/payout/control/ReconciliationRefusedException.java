package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The bank's result file was refused as a whole; nothing was written. {@link #problems()} lists every reason. */
@ApplicationException(rollback = true)
public class ReconciliationRefusedException extends PayoutException {

    private final List<String> problems;

    public ReconciliationRefusedException(String batchNo, List<String> problems) {
        super("File hasil bank untuk batch " + batchNo + " ditolak seluruhnya, tidak ada yang diubah:\n- "
                + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reason a bank result file was refused, split into row, field and message where the reason names them. */
public record ImportProblem(Integer rowNo, String field, String message) implements Serializable {

    private static final Pattern ROW = Pattern.compile("^Baris (\\d+)(?:, kolom ([^:]+))?: (.*)$", Pattern.DOTALL);

    static ImportProblem of(String problem) {
        Matcher m = ROW.matcher(problem);
        if (m.matches()) {
            return new ImportProblem(Integer.valueOf(m.group(1)), m.group(2), m.group(3));
        }
        return new ImportProblem(null, null, problem);
    }
}

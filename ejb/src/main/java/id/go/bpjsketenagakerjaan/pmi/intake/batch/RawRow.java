package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A CSV record as read, with its row number and the header's column positions. */
public record RawRow(int rowNo, Map<String, Integer> header, List<String> cells) implements Serializable {
}

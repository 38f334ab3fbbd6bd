package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field is quoted when it holds a comma, a quote, CR, LF or
 * leading/trailing blanks, and a quote inside a quoted field is doubled. The reader accepts CRLF or LF, quoted
 * fields spanning lines, and reports the row number (1 = first line of the file) of anything it cannot read.
 */
public final class Csv {

    public static final String CRLF = "\r\n";

    private Csv() {
    }

    /** A record of the file, numbered from 1 like the lines a person sees in a spreadsheet. */
    public record Row(int rowNo, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row.get(i)));
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    static String quote(String field) {
        String value = field == null ? "" : field;
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0 || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))));
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Parses a whole file; a leading UTF-8 byte order mark is ignored, blank lines are skipped. */
    public static List<Row> read(String text) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || afterQuote) {
                    fields.add(field.toString());
                    rows.add(new Row(rowStart, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                line++;
                rowStart = line;
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new CsvFormatException(line, "tanda petik di tengah kolom; kolom yang berisi tanda petik harus diapit tanda petik");
                }
                quoted = true;
                fieldStarted = true;
            } else {
                if (afterQuote) {
                    throw new CsvFormatException(line, "ada teks setelah tanda petik penutup");
                }
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new CsvFormatException(rowStart, "tanda petik pembuka tanpa penutup");
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }

    /** A file that is not CSV at a given row. */
    public static final class CsvFormatException extends RuntimeException {
        private final int rowNo;

        public CsvFormatException(int rowNo, String message) {
            super("Baris " + rowNo + ": " + message);
            this.rowNo = rowNo;
        }

        public int rowNo() {
            return rowNo;
        }
    }
}

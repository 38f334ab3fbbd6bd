package id.go.bpjsketenagakerjaan.pmi.intake.control;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.participant.control.PlacementTerms;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SISKOP2MI registration files: UTF-8 CSV, comma separated, RFC 4180 quoting, a header row naming the columns
 * (any order; names as in {@link #COLUMNS}). Row numbers count the header as row 1, like a spreadsheet. Each row is
 * turned into a {@link RegistrationForm} with the problems found by format checks; the registry's own rules
 * (and the duplicate checks) run again when the row is written.
 */
public final class RegistrationCsv {

    public static final List<String> COLUMNS = List.of("nik", "passport_no", "passport_expiry", "full_name", "sex",
            "birth_date", "address", "placement_channel", "agency_name", "agency_licence", "destination_country",
            "employer_name", "job_title", "contract_start", "contract_months", "no_nik_reason");
    private static final Set<String> REQUIRED = Set.of("nik", "full_name", "sex", "birth_date", "placement_channel",
            "destination_country", "contract_months");
    public static final int MAX_ROWS = 100_000;
    private static final int MAX_FIELD = 400;

    /** One data row: its number, the form, the reason it has no NIK (passport-only path) and format problems. */
    public record Row(int rowNo, RegistrationForm form, String noNikReason, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final LocalDate today;

    public RegistrationCsv(LocalDate today) {
        this.today = today;
    }

    /** The header's column positions, or an exception naming the missing columns. */
    public static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            positions.putIfAbsent(name, i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Kolom wajib tidak ada di baris judul: " + String.join(", ", missing));
        }
        return positions;
    }

    public Row row(int rowNo, Map<String, Integer> header, List<String> cells) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> v = new HashMap<>();
        header.forEach((name, pos) -> {
            String cell = pos < cells.size() ? cells.get(pos).strip() : "";
            if (cell.length() > MAX_FIELD) {
                errors.add(new FieldError(name, "paling banyak " + MAX_FIELD + " karakter"));
                cell = cell.substring(0, MAX_FIELD);
            }
            v.put(name, cell.isEmpty() ? null : cell);
        });
        String nik = v.get("nik");
        String noNikReason = v.get("no_nik_reason");
        if (nik != null) {
            Nik.problemWith(nik, today).ifPresent(p -> errors.add(new FieldError("nik", p)));
        } else if (noNikReason == null) {
            errors.add(new FieldError("nik", "NIK wajib diisi, atau isi no_nik_reason untuk pendaftaran dengan paspor saja"));
        } else if (v.get("passport_no") == null) {
            errors.add(new FieldError("passport_no", "Tanpa NIK, nomor paspor wajib diisi"));
        }
        if (v.get("full_name") == null) {
            errors.add(new FieldError("full_name", "wajib diisi"));
        }
        Sex sex = sex(v.get("sex"), errors);
        LocalDate birthDate = date("birth_date", v.get("birth_date"), true, errors);
        LocalDate passportExpiry = date("passport_expiry", v.get("passport_expiry"), false, errors);
        LocalDate contractStart = date("contract_start", v.get("contract_start"), false, errors);
        PlacementChannel channel = null;
        String channelText = v.get("placement_channel");
        if (channelText == null) {
            errors.add(new FieldError("placement_channel", "wajib diisi (AGENCY atau PERSEORANGAN)"));
        } else {
            try {
                channel = PlacementChannel.valueOf(channelText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("placement_channel", "tidak dikenal: " + channelText + " (AGENCY atau PERSEORANGAN)"));
            }
        }
        String country = v.get("destination_country");
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            errors.add(new FieldError("destination_country", "kode negara dua huruf (ISO 3166), misalnya TW"));
        }
        int months = 0;
        String monthsText = v.get("contract_months");
        try {
            months = Integer.parseInt(monthsText == null ? "" : monthsText);
            if (months < 1 || months > 120) {
                errors.add(new FieldError("contract_months", "antara 1 dan 120 bulan"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError("contract_months", "bilangan bulat bulan, diterima: " + monthsText));
        }
        PlacementTerms placement = new PlacementTerms(channel, v.get("agency_name"), v.get("agency_licence"),
                country == null ? null : country.toUpperCase(Locale.ROOT), v.get("employer_name"), v.get("job_title"),
                contractStart, months);
        RegistrationForm form = new RegistrationForm(nik, v.get("passport_no"), passportExpiry, null, v.get("full_name"),
                sex, birthDate, v.get("address"), null, null, placement, null, null);
        return new Row(rowNo, form, nik == null ? noNikReason : null, List.copyOf(errors));
    }

    private static Sex sex(String text, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError("sex", "wajib diisi (L atau P)"));
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "L", "M", "MALE", "LAKI-LAKI" -> Sex.MALE;
            case "P", "F", "FEMALE", "PEREMPUAN" -> Sex.FEMALE;
            default -> {
                errors.add(new FieldError("sex", "tidak dikenal: " + text + " (L atau P)"));
                yield null;
            }
        };
    }

    private LocalDate date(String field, String text, boolean required, List<FieldError> errors) {
        if (text == null) {
            if (required) {
                errors.add(new FieldError(field, "wajib diisi (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (field.equals("birth_date") && date.isAfter(today)) {
                errors.add(new FieldError(field, "tidak boleh di masa depan"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "tanggal YYYY-MM-DD, diterima: " + text));
            return null;
        }
    }

    // ---- CSV records ----------------------------------------------------------------------------------------

    /** Reads RFC 4180 records one at a time: quoted fields may hold commas, doubled quotes and line breaks. */
    public static final class Records {
        private final BufferedReader in;
        private int recordNo;

        public Records(Reader reader) {
            this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        }

        /** The number of the record last returned (the header is 1). */
        public int recordNo() {
            return recordNo;
        }

        /** The next record's cells, or null at the end; blank lines are skipped but counted. */
        public List<String> next() {
            try {
                while (true) {
                    String line = in.readLine();
                    if (line == null) {
                        return null;
                    }
                    recordNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    return parse(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> parse(String first) throws IOException {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            String line = first;
            int i = 0;
            while (true) {
                if (i >= line.length()) {
                    if (quoted) {
                        String more = in.readLine();
                        if (more == null) {
                            throw new IllegalArgumentException("tanda kutip tidak ditutup pada baris " + recordNo);
                        }
                        cell.append('\n');
                        line = more;
                        i = 0;
                        continue;
                    }
                    cells.add(cell.toString());
                    return cells;
                }
                char c = line.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules for adding a version of a benefit to the catalogue, and the words for its audit row.
 * <ul>
 *   <li>the benefit exists (a new version continues a code; codes are known to the calculator);</li>
 *   <li>the new version starts strictly after the start of the current (latest) version, which then ends the day
 *       before — so past dates keep the old version and past decisions stay explainable;</li>
 *   <li>the programmes are one of JKK, JKM, JHT or JKK+JKM (what the table allows);</li>
 *   <li>a legal basis is given, and the version is a valid {@link BenefitRule}.</li>
 * </ul>
 * Fields are named {@code code}, {@code validFrom}, {@code programmes}, {@code legalBasis} and {@code rule}.
 */
public class CatalogueChange {

    private static final List<Set<Programme>> ALLOWED_PROGRAMMES = List.of(
            EnumSet.of(Programme.JKK), EnumSet.of(Programme.JKM), EnumSet.of(Programme.JHT),
            EnumSet.of(Programme.JKK, Programme.JKM));

    /**
     * @param current  the latest version of the code, null when the code is unknown
     * @param proposed the proposed version, or null when it could not be built (then {@code buildProblem} says why)
     */
    public List<FieldError> problems(String code, BenefitRule current, BenefitRule proposed, String buildProblem) {
        List<FieldError> errors = new ArrayList<>();
        if (current == null) {
            errors.add(new FieldError("code", "Manfaat " + code + " tidak ada di katalog"));
        }
        if (proposed == null) {
            errors.add(new FieldError("rule", Objects.requireNonNullElse(buildProblem, "Versi manfaat tidak lengkap")));
            return errors;
        }
        if (current != null && !proposed.validFrom().isAfter(current.validFrom())) {
            errors.add(new FieldError("validFrom", "Tanggal berlaku " + proposed.validFrom()
                    + " harus setelah awal versi yang berlaku sekarang (" + current.validFrom() + ")"));
        }
        if (!ALLOWED_PROGRAMMES.contains(proposed.programmes())) {
            errors.add(new FieldError("programmes", "Program: JKK, JKM, JHT, atau JKK dan JKM (beasiswa)"));
        }
        if (proposed.legalBasis().isBlank()) {
            errors.add(new FieldError("legalBasis", "Dasar hukum: wajib diisi"));
        }
        return errors;
    }

    /** What changed, for the audit row, e.g. {@code "GLASSES v2 berlaku sejak 2026-01-01: plafon Rp 1.000.000 -> Rp 1.500.000"}. */
    public String describe(BenefitRule current, BenefitRule proposed, int newVersionNo) {
        List<String> changes = new ArrayList<>();
        compare(changes, "nama", current.nameId(), proposed.nameId());
        compare(changes, "program", current.programmes(), proposed.programmes());
        compare(changes, "fase", current.phases(), proposed.phases());
        compare(changes, "cara hitung", current.kind(), proposed.kind());
        compare(changes, "nilai", money(current.amount()), money(proposed.amount()));
        compare(changes, "plafon", money(current.cap()), money(proposed.cap()));
        compare(changes, "parameter", current.params(), proposed.params());
        compare(changes, "dasar hukum", current.legalBasis(), proposed.legalBasis());
        compare(changes, "keyakinan", current.confidence(), proposed.confidence());
        return proposed.code() + " v" + newVersionNo + " berlaku sejak " + proposed.validFrom() + ": "
                + (changes.isEmpty() ? "tanpa perubahan isi" : String.join("; ", changes))
                + " (versi sebelumnya sejak " + current.validFrom() + " berakhir " + proposed.validFrom().minusDays(1) + ")";
    }

    private static String money(Money money) {
        return money == null ? "-" : money.toString();
    }

    private static void compare(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + " " + before + " -> " + after);
        }
    }
}

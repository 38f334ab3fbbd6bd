package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on an administrator's service unit, each problem naming its field: a code of capitals, digits and
 * hyphens that no other unit has; a name; a type; overseas units abroad and every other unit in Indonesia with its
 * province; a real time zone; a parent office for every unit but the head office, which is not the unit itself nor
 * one of the units under it.
 */
public final class UnitRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The facts the rules need from the database. */
    public record Context(boolean creating, boolean codeTaken, Long unitId, boolean parentExists,
                          List<Long> unitsUnderThisOne) {
    }

    private UnitRules() {
    }

    public static List<FieldError> problems(UnitForm form, Context context) {
        List<FieldError> errors = new ArrayList<>();
        if (context.creating()) {
            if (blank(form.code())) {
                errors.add(new FieldError("code", "Kode unit: wajib diisi"));
            } else if (!CODE.matcher(form.code().strip()).matches()) {
                errors.add(new FieldError("code", "Kode unit: 2–20 huruf besar, angka atau tanda hubung, misalnya KC-CRB"));
            } else if (context.codeTaken()) {
                errors.add(new FieldError("code", "Kode unit: " + form.code().strip() + " sudah dipakai unit lain"));
            }
        }
        if (blank(form.name())) {
            errors.add(new FieldError("name", "Nama unit: wajib diisi"));
        } else if (form.name().strip().length() > 200) {
            errors.add(new FieldError("name", "Nama unit: paling banyak 200 karakter"));
        }
        if (form.type() == null) {
            errors.add(new FieldError("type", "Jenis unit: wajib dipilih"));
        }
        String country = blank(form.countryCode()) ? null : form.countryCode().strip().toUpperCase(Locale.ROOT);
        if (country == null) {
            errors.add(new FieldError("countryCode", "Negara: wajib diisi (kode ISO dua huruf, misalnya ID atau TW)"));
        } else if (!COUNTRIES.contains(country)) {
            errors.add(new FieldError("countryCode", "Negara: " + country + " bukan kode negara ISO dua huruf"));
        } else if (form.type() == ServiceUnitType.OVERSEAS && "ID".equals(country)) {
            errors.add(new FieldError("countryCode", "Negara: unit luar negeri harus berada di luar Indonesia"));
        } else if (form.type() != null && form.type() != ServiceUnitType.OVERSEAS && !"ID".equals(country)) {
            errors.add(new FieldError("countryCode", "Negara: unit dalam negeri harus berada di Indonesia (ID)"));
        }
        if (form.type() != null && form.type() != ServiceUnitType.OVERSEAS && blank(form.province())) {
            errors.add(new FieldError("province", "Provinsi: wajib diisi untuk unit di Indonesia"));
        } else if (!blank(form.province()) && form.province().strip().length() > 100) {
            errors.add(new FieldError("province", "Provinsi: paling banyak 100 karakter"));
        }
        if (blank(form.timeZone())) {
            errors.add(new FieldError("timeZone", "Zona waktu: wajib diisi, misalnya Asia/Jakarta"));
        } else {
            try {
                ZoneId.of(form.timeZone().strip());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "Zona waktu: " + form.timeZone().strip()
                        + " tidak dikenal; gunakan nama seperti Asia/Jakarta atau Asia/Taipei"));
            }
        }
        if (form.type() == ServiceUnitType.HEAD_OFFICE) {
            if (form.parentId() != null) {
                errors.add(new FieldError("parentId", "Kantor induk: kantor pusat tidak memiliki kantor induk"));
            }
        } else if (form.parentId() == null) {
            errors.add(new FieldError("parentId", "Kantor induk: wajib dipilih"));
        } else if (!context.parentExists()) {
            errors.add(new FieldError("parentId", "Kantor induk: unit " + form.parentId() + " tidak ditemukan"));
        } else if (form.parentId().equals(context.unitId())) {
            errors.add(new FieldError("parentId", "Kantor induk: unit tidak dapat menjadi induk dirinya sendiri"));
        } else if (context.unitsUnderThisOne().contains(form.parentId())) {
            errors.add(new FieldError("parentId", "Kantor induk: unit yang berada di bawah unit ini tidak dapat menjadi induknya"));
        }
        if (!blank(form.serviceArea()) && form.serviceArea().strip().length() > 200) {
            errors.add(new FieldError("serviceArea", "Wilayah layanan: paling banyak 200 karakter"));
        }
        return errors;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package id.go.bpjsketenagakerjaan.pmi.security.control;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator may create: a lower-case username, a name, staff roles only, and the combinations that keep
 * duties apart (an ADMIN is never also an approver; a branch officer belongs to a unit; an authority level only for a
 * SUPERVISOR). Messages in Bahasa Indonesia, each naming its field.
 */
public final class NewUserRules {

    /** Roles a person may hold; INTEGRATION belongs to API clients, never to a person. */
    public static final List<String> STAFF_ROLES = List.of(Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER,
            Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN);

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    private NewUserRules() {
    }

    /** The username as stored (trimmed, lower case); login compares the same way. */
    public static String normalisedUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    public static List<FieldError> problems(String username, String fullName, Set<String> roles, Long serviceUnitId,
                                            String authorityLevel) {
        List<FieldError> errors = new ArrayList<>();
        String name = normalisedUsername(username);
        if (name.isEmpty()) {
            errors.add(new FieldError("username", "Nama pengguna: wajib diisi"));
        } else if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username",
                    "Nama pengguna: 3–60 karakter, huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf"));
        }
        if (fullName == null || fullName.isBlank()) {
            errors.add(new FieldError("fullName", "Nama lengkap: wajib diisi"));
        } else if (fullName.strip().length() > 200) {
            errors.add(new FieldError("fullName", "Nama lengkap: paling banyak 200 karakter"));
        }
        errors.addAll(roleProblems(roles, serviceUnitId, authorityLevel));
        return errors;
    }

    /** The duties a set of roles, a unit and an authority level may be combined into (for a new or an existing user). */
    public static List<FieldError> roleProblems(Set<String> roles, Long serviceUnitId, String authorityLevel) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> held = roles == null ? Set.of() : roles;
        if (held.isEmpty()) {
            errors.add(new FieldError("roles", "Peran: pilih paling sedikit satu"));
        }
        for (String role : held) {
            if (!STAFF_ROLES.contains(role)) {
                errors.add(new FieldError("roles", "Peran: " + role + " tidak dapat diberikan kepada pengguna"));
            }
        }
        if (held.contains(Roles.ADMIN) && held.contains(Roles.SUPERVISOR)) {
            errors.add(new FieldError("roles", "Peran: ADMIN tidak boleh sekaligus SUPERVISOR (administrator tidak menyetujui pembayaran)"));
        }
        if (held.contains(Roles.BRANCH_OFFICER) && serviceUnitId == null) {
            errors.add(new FieldError("serviceUnit", "Unit layanan: wajib untuk petugas unit (BRANCH_OFFICER)"));
        }
        if (authorityLevel != null && !authorityLevel.isBlank() && !held.contains(Roles.SUPERVISOR)) {
            errors.add(new FieldError("authorityLevel", "Tingkat kewenangan: hanya untuk peran SUPERVISOR"));
        }
        return errors;
    }

    /**
     * An administrator's change of an existing user's roles and unit: the same combinations as for a new user, with
     * the authority level the user already holds (it has to be removed before SUPERVISOR can be), and an
     * administrator never takes the ADMIN role from themselves (the last one would lock everybody out of this page).
     */
    public static List<FieldError> changeProblems(String editor, String username, Set<String> oldRoles, Set<String> roles,
                                                  Long serviceUnitId, String heldAuthorityLevel) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> held = roles == null ? Set.of() : roles;
        errors.addAll(roleProblems(held, serviceUnitId, null));
        if (heldAuthorityLevel != null && !held.contains(Roles.SUPERVISOR)) {
            errors.add(new FieldError("roles", "Peran: " + username + " memegang tingkat kewenangan " + heldAuthorityLevel
                    + "; cabut kewenangan itu dulu sebelum peran SUPERVISOR dilepas"));
        }
        if (normalisedUsername(editor).equals(normalisedUsername(username)) && oldRoles.contains(Roles.ADMIN)
                && !held.contains(Roles.ADMIN)) {
            errors.add(new FieldError("roles", "Peran: administrator tidak boleh melepas peran ADMIN dari dirinya sendiri"));
        }
        return errors;
    }
}

package id.go.bpjsketenagakerjaan.pmi.participant.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.time.LocalDate;

/**
 * What a branch officer enters to register a worker. Every field is checked by {@link ParticipantRules}; text is
 * trimmed there, so the form may pass what the person typed.
 *
 * @param nik            16 digits; must be empty on the passport-only path
 * @param provinceCode   Kemendagri province code of the address (2 digits); empty: taken from the NIK
 * @param regencyCode    Kemendagri regency/city code of the address (4 digits, starting with the province);
 *                       empty: taken from the NIK
 * @param registeredOn   day of registration with BPJS Ketenagakerjaan; null means today
 * @param serviceUnitId  the unit the registration came through, if known
 */
public record RegistrationForm(
        String nik,
        String passportNo,
        LocalDate passportExpiry,
        String kpjNo,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        String addressLine,
        String provinceCode,
        String regencyCode,
        PlacementTerms placement,
        LocalDate registeredOn,
        Long serviceUnitId) {
}

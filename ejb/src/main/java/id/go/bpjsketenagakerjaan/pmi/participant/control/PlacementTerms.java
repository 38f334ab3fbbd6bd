package id.go.bpjsketenagakerjaan.pmi.participant.control;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import java.time.LocalDate;

/**
 * The work contract and how the worker was placed, as entered at registration.
 *
 * @param agencyName     name of the P3MI; required for {@link PlacementChannel#AGENCY}, empty for PERSEORANGAN
 * @param agencyLicence  the P3MI's licence (SIP3MI) number; as the agency name
 * @param destinationCountry ISO 3166 alpha-2 code of the country of placement (not "ID")
 * @param contractStart  first day of the contract; may be unknown (then the embarkation day counts)
 * @param contractMonths contract length in months, 1 to {@link ParticipantRules#MAX_CONTRACT_MONTHS}
 */
public record PlacementTerms(
        PlacementChannel channel,
        String agencyName,
        String agencyLicence,
        String destinationCountry,
        String employerName,
        String jobTitle,
        LocalDate contractStart,
        int contractMonths) {

    public static PlacementTerms viaAgency(String agencyName, String agencyLicence, String destinationCountry,
                                           String employerName, String jobTitle, LocalDate contractStart,
                                           int contractMonths) {
        return new PlacementTerms(PlacementChannel.AGENCY, agencyName, agencyLicence, destinationCountry,
                employerName, jobTitle, contractStart, contractMonths);
    }

    public static PlacementTerms perseorangan(String destinationCountry, String employerName, String jobTitle,
                                              LocalDate contractStart, int contractMonths) {
        return new PlacementTerms(PlacementChannel.PERSEORANGAN, null, null, destinationCountry, employerName,
                jobTitle, contractStart, contractMonths);
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** Why a CPMI did not depart; only a cause outside the CPMI, the agency and a moratorium is compensated. */
public enum FailedDepartureCause {
    /** Not the CPMI's fault, the agency's or a moratorium's (e.g. employer cancelled, visa refused). Compensated. */
    OTHER_NOT_CPMI_FAULT("bukan kesalahan CPMI"),
    /** Caused by the placement agency (P3MI): the agency answers for it, not BPJS. */
    AGENCY("disebabkan oleh P3MI"),
    /** A government moratorium on placement to the destination. */
    GOVERNMENT_MORATORIUM("moratorium pemerintah"),
    /** The CPMI's own doing (withdrew, false documents...). */
    CPMI_FAULT("kesalahan CPMI sendiri");

    private final String labelId;

    FailedDepartureCause(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}

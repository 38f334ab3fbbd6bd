package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

/** Who a socialisation session was for. */
public enum OutreachAudience {
    /** Prospective migrant workers (calon PMI). */
    CPMI,
    PMI_FAMILIES,
    PMI_PURNA,
    /** Village heads and officials (aparat desa), who pass the word on. */
    VILLAGE_OFFICIALS,
    /** Placement agencies. */
    P3MI,
    SCHOOL,
    GENERAL
}

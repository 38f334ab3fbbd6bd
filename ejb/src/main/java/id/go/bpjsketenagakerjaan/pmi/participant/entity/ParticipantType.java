package id.go.bpjsketenagakerjaan.pmi.participant.entity;

/** Where the worker stands in the migration cycle. */
public enum ParticipantType {
    /** Calon PMI: registered, not yet departed. */
    CPMI,
    /** Pekerja Migran Indonesia working abroad. */
    PMI,
    /** PMI purna: returned home. */
    PMI_PURNA
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** How sure the catalogue is of a rule's amount (the fact sheet's markers [2+], [1], [?]). */
public enum Confidence {
    /** Two or more independent sources agree. */
    CONFIRMED,
    /** Only one source. */
    SINGLE_SOURCE,
    /** Uncertain or conflicting sources, often the pre-2023 value. */
    UNCERTAIN;

    /** Amounts from rules that are not confirmed are shown as "menunggu konfirmasi". */
    public boolean awaitsConfirmation() {
        return this != CONFIRMED;
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** How a benefit rule turns the incident and the claimed amounts into a recommended amount. */
public enum CalculationKind {
    /** The rule's amount; when the rule also has a cap, plus the claimed accompanying cost (ticket, transport) up to that cap. */
    FIXED,
    /** The claimed cost up to the cap (no cap: as needed); per-mode caps come from the params (transport). */
    CAP_AT_COST,
    /** Disability percent × base amount, limited by the cap. */
    TABLE_PERCENT_OF_BASE,
    /** Amount by months worked; params map the lower bound in months of each tier to its amount. */
    TIERED_BY_MONTHS,
    /** Yearly amount per child at the child's current school level; params hold rates, max children and age limit. */
    PER_CHILD_YEARLY,
    /** A service, not money (e.g. return-to-work training): eligible with amount zero. */
    IN_KIND,
    /** A savings balance (JHT): the amount comes from the ledger and is passed in as the claimed amount. */
    BALANCE
}

/**
 * The claim's rules as plain classes, testable without a container: which documents a benefit needs and where
 * each stands ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentRequirements},
 * {@link id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentChecklist}), whether an upload may be stored
 * ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.UploadPolicy}), duplicate and fraud signals
 * ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.FraudSignalDetector}) and the service-level clock
 * ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy}).
 *
 * <p>Two different counts of time appear on the queues. <b>Days waiting</b>
 * ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.DaysWaiting}) is calendar days from the claim's receipt to
 * today in its service unit's zone; it runs from the receipt, so no hold, return or reassignment resets it. The
 * <b>SLA clock</b> counts working days (no weekends, national holidays or cuti bersama, read from the
 * {@code public_holiday} table) of the current stage in the unit's zone, and stops while the agency waits for the
 * claimant.
 *
 * <p>Rule of this layer: no persistence, no CDI, no clock of its own. Callers pass the time ({@code Instant now})
 * and the data; the classes decide and explain, in Indonesian where a person reads the result. Nothing here moves
 * a claim's status: that stays with the intent methods of {@code claim.entity.Claim}.
 *
 * <p>Indonesian terms used here:
 * <ul>
 *   <li><b>KPJ</b> participant card; <b>KTP</b> ID card; <b>KK</b> family card; <b>ahli waris</b> heir.</li>
 *   <li><b>Perwakilan RI</b> Indonesian mission abroad; <b>KDEI</b> the trade office in Taipei acting as one.</li>
 *   <li><b>CTT</b> (cacat total tetap) total permanent disability.</li>
 *   <li><b>Hari kerja</b> working day; <b>cuti bersama</b> collective leave days decreed each year, treated as
 *       holidays; <b>jatuh tempo</b> due.</li>
 * </ul>
 */
package id.go.bpjsketenagakerjaan.pmi.claim.control;

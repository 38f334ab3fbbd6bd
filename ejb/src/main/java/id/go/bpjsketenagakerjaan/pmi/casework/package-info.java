/**
 * Casework: one case per incident (an accident, a death, a failed departure) gathers the claims it brings, the
 * notes, the owner service unit, the assigned adjudicator and the SLA clock. Adjudicators (pemeriksa klaim) work
 * their queues here.
 *
 * <p><b>Assignment</b> ({@link id.go.bpjsketenagakerjaan.pmi.casework.control.AssignmentPolicy}): a new claim goes to
 * an eligible adjudicator (the claim's unit or central; the benefit kinds they handle), the case's adjudicator
 * first, else the one with the least open work. Reassignment, one claim, a selection or all of one person's work, is
 * recorded on each claim as an event that keeps its status, and in the audit trail.
 *
 * <p><b>Days waiting</b> on a queue is calendar days since the claim was received, in its unit's zone; a hold never
 * resets it ({@link id.go.bpjsketenagakerjaan.pmi.claim.control.DaysWaiting}). The <b>SLA clock</b> is working days of
 * the current stage ({@link id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar}).
 *
 * <p>Indonesian terms used here:
 * <ul>
 *   <li><b>Hari libur nasional</b> national public holiday; <b>cuti bersama</b> joint leave days on which government
 *       and most offices close; both are set each year by a joint decree of three ministers, the <b>SKB 3 Menteri</b>
 *       (Religious Affairs, Manpower, Administrative and Bureaucratic Reform), sometimes amended during the year.</li>
 *   <li><b>WIB, WITA, WIT</b> Western, Central and Eastern Indonesia Time (UTC+7, +8, +9).</li>
 *   <li><b>Pemeriksa klaim</b> adjudicator; <b>penugasan</b> assignment.</li>
 * </ul>
 */
package id.go.bpjsketenagakerjaan.pmi.casework;

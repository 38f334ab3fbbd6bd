/**
 * Casework: one case per incident (an accident, a death, a failed departure) gathers the claims it brings, the
 * notes, the owner service unit, the assigned adjudicator and the SLA clock. Adjudicators (pemeriksa klaim) work
 * their queues here.
 */
package id.go.bpjsketenagakerjaan.pmi.casework;

/**
 * The audit trail: who did what to whom and when, append-only and hash-chained so that a removed or altered entry
 * is detected. Personal data views (a full NIK, passport or account number) are recorded here, as the personal data
 * protection law (UU PDP) expects.
 */
package id.go.bpjsketenagakerjaan.pmi.audit;

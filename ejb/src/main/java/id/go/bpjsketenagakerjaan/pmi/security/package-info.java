/**
 * Users of the back office, their roles and authentication (PBKDF2 password hashes, lock-out after repeated
 * failures). Adjudicators verify and decide claims, supervisors approve payouts, managers watch dashboards.
 */
package id.go.bpjsketenagakerjaan.pmi.security;

/**
 * {@link id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageService} (roles, transactions) over
 * {@link id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger}, which maps payments and events to
 * {@link id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord}s for the plain rules. The ledger has no role
 * check of its own: only the service (and in-container tests) may call it.
 */
package id.go.bpjsketenagakerjaan.pmi.coverage.boundary;

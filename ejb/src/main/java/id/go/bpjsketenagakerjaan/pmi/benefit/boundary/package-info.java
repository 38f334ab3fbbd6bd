/**
 * {@link id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogueService} (read: every role; add a version:
 * ADMIN) and {@link id.go.bpjsketenagakerjaan.pmi.benefit.boundary.EntitlementService} (ADJUDICATOR, SUPERVISOR),
 * over {@link id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogue} and
 * {@link id.go.bpjsketenagakerjaan.pmi.benefit.boundary.Entitlements}, which work in the caller's transaction and have
 * no role check of their own: only the services (and in-container tests) may call them.
 */
package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

/**
 * Control: plain rules of the service-unit feature (desk channel, SLA compliance cut-offs, outreach attribution,
 * calendar buckets). No container, no persistence; unit-tested.
 */
package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

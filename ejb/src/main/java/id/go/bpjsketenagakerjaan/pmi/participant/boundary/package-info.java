/**
 * {@link id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantService} is the registry's façade with
 * {@code @RolesAllowed}; {@link id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantRegistry} does the work
 * in the caller's transaction without a role check of its own, so only the service (and in-container tests) may
 * call it.
 */
package id.go.bpjsketenagakerjaan.pmi.participant.boundary;

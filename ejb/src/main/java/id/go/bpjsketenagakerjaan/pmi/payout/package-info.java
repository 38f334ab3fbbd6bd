/**
 * Payout: approval with authority limits (maker is never checker), payment batches per bank and value date, the
 * bank transfer file with its checksum, reconciliation of the bank's result file, and the yearly scholarship
 * schedule. {@code control} holds plain classes (the approval policy, the CSV formats, the totals check, the
 * scholarship rules, and the collaborators that take an EntityManager); {@code boundary} the EJB facades with
 * {@code @RolesAllowed}; {@code entity} the JPA entities whose state changes only through intent methods.
 */
package id.go.bpjsketenagakerjaan.pmi.payout;

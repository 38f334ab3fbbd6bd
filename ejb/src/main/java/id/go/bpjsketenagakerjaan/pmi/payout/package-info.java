/**
 * Payout: approval with authority limits (maker is never checker), payment batches per bank and value date, the
 * bank transfer file with its checksum, reconciliation of the bank's result file, and the yearly scholarship
 * schedule. {@code control} holds plain classes (the approval policy, the CSV formats, the totals check, the
 * scholarship rules, and the collaborators that take an EntityManager); {@code boundary} the EJB facades with
 * {@code @RolesAllowed}; {@code entity} the JPA entities whose state changes only through intent methods.
 *
 * <p>Beasiswa (scholarship): a SCHOLARSHIP claim's yearly education benefit for at most two children of a worker who
 * died or was totally disabled. Approving the claim plans one schedule per child; year 1 is paid with the claim;
 * each later year needs proof of the jenjang (school level: TK kindergarten, SD primary, SMP junior high, SMA/SMK
 * senior high, PT university or training) and is paid by a payment batch at the level's rate, until the child is
 * 23, marries (menikah) or works (bekerja).
 */
package id.go.bpjsketenagakerjaan.pmi.payout;

/**
 * Feeds from other systems: e-klaim and JMO (claims), SISKOP2MI and Peduli WNI (registrations, contract extensions,
 * contributions). {@code boundary} holds the EJB façade the JAX-RS resources call (role INTEGRATION plus a per-client
 * scope check), idempotency and API-key handling; {@code control} the plain rules (request hashing, key hashing, rate
 * limiting, CSV parsing); {@code batch} the Jakarta Batch import of registration files; {@code entity} the tables.
 */
package id.go.bpjsketenagakerjaan.pmi.intake;

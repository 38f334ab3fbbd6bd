/**
 * Synthetic population for demos and benchmarks: participants (peserta) with a valid NIK (16-digit national
 * identity number), their placements abroad, contributions (iuran), coverage events, incidents (cases) and claims
 * (klaim) in every status with their status history, written with plain JDBC batches into the schema of the Flyway
 * migrations. Deterministic: the same seed, sizes and reference day give the same rows.
 *
 * <p>Terms: CPMI a worker before departure, PMI a worker abroad, PMI purna a returned worker; P3MI a licensed
 * placement agency, perseorangan a worker placed without one; KPJ the participant card number; JKK/JKM/JHT the
 * work-accident, death and old-age programmes.
 */
package id.go.bpjsketenagakerjaan.pmi.db.generator;

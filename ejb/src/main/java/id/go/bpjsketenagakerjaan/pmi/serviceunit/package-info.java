/**
 * Service units: kantor pusat (head office), kantor cabang (branch offices), kantor cabang perintis (district units),
 * overseas units (Taiwan, Hong Kong, South Korea, Brunei), BP2MI airport lounges and LTSA (Layanan Terpadu Satu Atap,
 * one-stop placement centres). Each has a parent office (kantor induk) and the area it serves (wilayah layanan), e.g.
 * Ciayumajakuning, the region of Cirebon, Indramayu, Majalengka and Kuningan served by the Cirebon branch. The units
 * the fact sheet names are reference data seeded by V13; administrators keep them with an audit row per change.
 */
package id.go.bpjsketenagakerjaan.pmi.serviceunit;

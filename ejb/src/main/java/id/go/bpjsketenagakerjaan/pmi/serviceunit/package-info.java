/**
 * Service units: kantor cabang (branch offices), district units, overseas units (Taiwan, Hong Kong, South Korea,
 * Brunei), BP2MI airport lounges and LTSA (Layanan Terpadu Satu Atap, one-stop placement centres).
 */
package id.go.bpjsketenagakerjaan.pmi.serviceunit;

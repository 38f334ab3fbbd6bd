/** Control: plain helpers of the management read models (reference names); no container. */
package id.go.bpjsketenagakerjaan.pmi.dashboard.control;

package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

/** Fired when an administrator adds or removes a holiday; observed after commit to refresh the cached calendar. */
public record HolidaysChanged(String by) {
}

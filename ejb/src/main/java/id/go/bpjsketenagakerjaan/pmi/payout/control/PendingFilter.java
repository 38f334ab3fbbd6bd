package id.go.bpjsketenagakerjaan.pmi.payout.control;

/** Narrows the approval queue: text in the claim number or participant name, a benefit code, a service unit. */
public record PendingFilter(String text, String benefitCode, Long serviceUnitId) {

    public static PendingFilter none() {
        return new PendingFilter(null, null, null);
    }
}

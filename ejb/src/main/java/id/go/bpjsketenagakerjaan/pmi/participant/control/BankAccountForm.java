package id.go.bpjsketenagakerjaan.pmi.participant.control;

/**
 * A savings account benefits can be paid into. Payment goes only to an account in the claimant's name: the
 * worker's own, or an heir's (then {@code familyMemberId} names the family member who holds it).
 *
 * @param bankCode the bank's clearing code or short name, e.g. {@code "009"} or {@code "BNI"}
 * @param accountNo digits only (spaces, dots and dashes as typed are removed)
 */
public record BankAccountForm(String bankCode, String bankName, String accountNo, String holderName,
                              Long familyMemberId) {
}

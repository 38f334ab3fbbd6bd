package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Who is paid and where: benefits go by transfer to an account in the claimant's name, without fee. */
@Embeddable
public class Payee implements Serializable {

    @Column(name = "payee_name")
    private String name;

    @Column(name = "payee_bank_code", length = 10)
    private String bankCode;

    @Column(name = "payee_account_no", length = 34)
    private String accountNo;

    protected Payee() {
    }

    public Payee(String name, String bankCode, String accountNo) {
        this.name = requireText(name, "nama penerima");
        this.bankCode = requireText(bankCode, "kode bank");
        this.accountNo = requireText(accountNo, "nomor rekening").replaceAll("[\\s.-]", "");
        if (!this.accountNo.matches("\\d{5,34}")) {
            throw new ClaimTransitionException("Nomor rekening hanya berisi 5 sampai 34 angka.");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ClaimTransitionException("Isi " + what + ".");
        }
        return value.strip();
    }

    public String getName() { return name; }
    public String getBankCode() { return bankCode; }
    public String getAccountNo() { return accountNo; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payee p && Objects.equals(name, p.name) && Objects.equals(bankCode, p.bankCode)
                && Objects.equals(accountNo, p.accountNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, bankCode, accountNo);
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** {@code #{rupiah.of(amount)}}: "Rp 85.000.000" as {@link Money} writes it, for text that is not a converted output (exports). */
@Named
@ApplicationScoped
public class Rupiah {

    public String of(BigDecimal amount) {
        return amount == null ? "" : Money.of(amount).toString();
    }
}

package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The date range of the claim breakdowns (claims received from {@code from} to {@code to}, both inclusive, in WIB);
 * null ends are open. Participant figures and the trends are not filtered by it.
 */
public record DashboardFilter(LocalDate from, LocalDate to) implements Serializable {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null);
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The claims list: a lazy table that pages, sorts and filters in the database. */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {

    private static final DateTimeFormatter RECEIVED_FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @EJB
    ClaimQueryService claims;

    private LazyDataModel<ClaimRow> model;

    @PostConstruct
    void init() {
        model = new ClaimRowModel(new ClaimRowModel.Source() {
            @Override
            public long count(ClaimFilter filter) {
                return claims.count(filter);
            }

            @Override
            public List<ClaimRow> page(ClaimFilter filter, int first, int pageSize) {
                return claims.page(filter, first, pageSize);
            }
        });
    }

    public LazyDataModel<ClaimRow> getModel() {
        return model;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    /** Instants are stored in UTC and shown in WIB. */
    public String received(Instant instant) {
        return instant == null ? "" : RECEIVED_FORMAT.withZone(ZoneId.of("Asia/Jakarta")).format(instant);
    }
}

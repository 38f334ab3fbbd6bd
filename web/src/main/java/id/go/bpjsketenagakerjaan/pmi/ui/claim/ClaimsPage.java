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
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
        model = new ClaimLazyModel();
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

    static ClaimFilter filterOf(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = "receivedAt";
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new ClaimFilter(statusOf(text(filterBy, "status")), text(filterBy, "benefitCode"),
                text(filterBy, "claimNo"), text(filterBy, "participantName"), sortField, ascending);
    }

    private static ClaimStatus statusOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        if (filterBy == null) {
            return null;
        }
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }

    private class ClaimLazyModel extends LazyDataModel<ClaimRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) claims.count(filterOf(null, filterBy));
        }

        @Override
        public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return claims.page(filterOf(sortBy, filterBy), first, pageSize);
        }

        @Override
        public String getRowKey(ClaimRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public ClaimRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}

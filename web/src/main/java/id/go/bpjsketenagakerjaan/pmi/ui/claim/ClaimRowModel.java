package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table of claim rows: paging, sorting and filtering happen in the database through a boundary EJB. */
public class ClaimRowModel extends LazyDataModel<ClaimRow> {

    /** The boundary calls behind a table; serializable because view-scoped beans are. */
    public interface Source extends Serializable {
        long count(ClaimFilter filter);

        List<ClaimRow> page(ClaimFilter filter, int first, int pageSize);

        /** Counts above this are "more than" it (the source stops counting there); 0: counted exactly. */
        default int countCap() {
            return 0;
        }
    }

    private final Source source;

    public ClaimRowModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count(filterOf(null, filterBy)));
    }

    @Override
    public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(filterOf(sortBy, filterBy), first, pageSize);
    }

    /** The count stopped at the source's cap: the paginator says "more than" the cap. */
    public boolean isCapped() {
        return source.countCap() > 0 && getRowCount() > source.countCap();
    }

    public int getCountCap() {
        return source.countCap();
    }

    @Override
    public String getRowKey(ClaimRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ClaimRow getRowData(String rowKey) {
        List<ClaimRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
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
}

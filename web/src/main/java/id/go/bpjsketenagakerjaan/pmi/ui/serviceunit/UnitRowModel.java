package id.go.bpjsketenagakerjaan.pmi.ui.serviceunit;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitFilter;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitRow;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table of service units: paging, sorting and filtering in the database through the boundary. */
public class UnitRowModel extends LazyDataModel<UnitRow> {

    private static final long serialVersionUID = 1L;

    /** The boundary calls behind the table. */
    public interface Source extends Serializable {
        long count(UnitFilter filter);

        List<UnitRow> page(UnitFilter filter, int first, int pageSize);
    }

    private final Source source;

    public UnitRowModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count(filterOf(null, filterBy)));
    }

    @Override
    public List<UnitRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(filterOf(sortBy, filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(UnitRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public UnitRow getRowData(String rowKey) {
        List<UnitRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    static UnitFilter filterOf(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = "name";
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new UnitFilter(text(filterBy, "region"), typeOf(text(filterBy, "type")), sortField, ascending);
    }

    private static ServiceUnitType typeOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ServiceUnitType.valueOf(value);
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
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}

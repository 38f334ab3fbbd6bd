package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingFilter;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingPage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The approval queue, paged, filtered and sorted in the database; keeps the totals of the whole (filtered) queue. */
public class ApprovalQueueModel extends LazyDataModel<ApprovalRow> {

    /** The boundary call behind the table; serializable because the page bean is. */
    public interface Source extends Serializable {
        PendingPage page(PendingFilter filter, int first, int pageSize);
    }

    private final Source source;
    private long total;
    private BigDecimal sum = BigDecimal.ZERO;
    private boolean capped;
    private int countCap;
    private String myLevel;
    private BigDecimal myLimit;
    /** The filter of the last count, so the totals can be read again for it; false when they may be out of date. */
    private PendingFilter lastFilter = PendingFilter.none();
    private boolean fresh;

    public ApprovalQueueModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        lastFilter = filterOf(null, filterBy);
        remember(source.page(lastFilter, 0, 1));
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<ApprovalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PendingPage page = source.page(filterOf(sortBy, filterBy), first, pageSize);
        remember(page);
        return page.rows().stream().map(ApprovalRow::of).toList();
    }

    private void remember(PendingPage page) {
        total = page.count();
        sum = page.sum();
        capped = page.capped();
        countCap = page.countCap();
        myLevel = page.myLevel();
        myLimit = page.myLimit();
        fresh = true;
    }

    /** The table's filters changed: the totals are read again for them when next shown, whatever renders first. */
    public void filterChanged(Map<String, FilterMeta> filterBy) {
        lastFilter = filterOf(null, filterBy);
        fresh = false;
    }

    /** After a decision the queue changed: the totals are read again when next shown. */
    public void stale() {
        fresh = false;
    }

    private void ensureTotals() {
        if (!fresh) {
            remember(source.page(lastFilter, 0, 1));
        }
    }

    @Override
    public String getRowKey(ApprovalRow row) {
        return String.valueOf(row.claimId());
    }

    @Override
    public ApprovalRow getRowData(String rowKey) {
        List<ApprovalRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.claimId()).equals(rowKey)).findFirst().orElse(null);
    }

    static PendingFilter filterOf(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new PendingFilter(text(filterBy, "globalFilter"), text(filterBy, "benefitCode"), null, sortField, ascending);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        if (filterBy == null) {
            return null;
        }
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public long getTotal() { ensureTotals(); return total; }
    /** Null when the queue is longer than was counted ({@link #isCapped()}). */
    public BigDecimal getSum() { ensureTotals(); return sum; }
    /** More claims wait than {@link #getCountCap()}: the count says "more than" and the sum is not shown. */
    public boolean isCapped() { ensureTotals(); return capped; }
    public int getCountCap() { ensureTotals(); return countCap; }
    public String getMyLevel() { ensureTotals(); return myLevel; }
    public BigDecimal getMyLimit() { ensureTotals(); return myLimit; }
}

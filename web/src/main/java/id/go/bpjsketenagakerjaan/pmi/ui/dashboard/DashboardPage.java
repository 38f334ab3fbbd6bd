package id.go.bpjsketenagakerjaan.pmi.ui.dashboard;

import id.go.bpjsketenagakerjaan.pmi.dashboard.boundary.CountRow;
import id.go.bpjsketenagakerjaan.pmi.dashboard.boundary.Dashboard;
import id.go.bpjsketenagakerjaan.pmi.dashboard.boundary.DashboardFilter;
import id.go.bpjsketenagakerjaan.pmi.dashboard.boundary.DashboardService;
import id.go.bpjsketenagakerjaan.pmi.dashboard.boundary.PeriodAmount;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ChartJson;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimDrillDown;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.ui.claim.DrillDownParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Optional;
import org.primefaces.event.ItemSelectEvent;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The management dashboard: figures and charts from DashboardService, with a date range for the claim breakdowns. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TOP = 10;

    @EJB
    DashboardService dashboards;

    @Inject
    Messages messages;

    private LocalDate from;
    private LocalDate to;
    private Dashboard dashboard;
    /** The range the figures on screen were computed for (the date fields may have been edited since). */
    private DashboardFilter applied = DashboardFilter.none();
    /**
     * Each chart's JSON for the figures on screen, by chart and language: the page reads each chart's value more than
     * once per render, and the figures only change on {@link #apply()}. Transient: a replicated session carries the
     * figures, not their JSON (rebuilt on the other instance when asked).
     */
    private transient HashMap<String, String> charts;

    @PostConstruct
    void init() {
        apply();
    }

    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            messages.error("dashForm:to", "dashboard.badRange");
            return;
        }
        applied = new DashboardFilter(from, to);
        dashboard = dashboards.overview(applied);
        charts = null;
    }

    // Drill-down: a click on a bar or slice (itemSelect) opens the claims list narrowed to exactly that slice.
    // The item index is the position in the list the chart was drawn from, in the same order.

    public void drillStatus(ItemSelectEvent event) {
        keyAt(dashboard.getClaimsByStatus(), event, Integer.MAX_VALUE).ifPresent(key -> drill(new ClaimDrillDown(
                ClaimStatus.valueOf(key), null, null, null, null, applied.from(), applied.to())));
    }

    public void drillBenefit(ItemSelectEvent event) {
        keyAt(dashboard.getClaimsByBenefit(), event, TOP).ifPresent(key -> drill(new ClaimDrillDown(
                null, key, null, null, null, applied.from(), applied.to())));
    }

    public void drillUnit(ItemSelectEvent event) {
        keyAt(dashboard.getClaimsByUnit(), event, TOP).ifPresent(key -> drill(new ClaimDrillDown(
                null, null, key, null, null, applied.from(), applied.to())));
    }

    public void drillRejection(ItemSelectEvent event) {
        keyAt(dashboard.getRejectionReasons(), event, TOP).ifPresent(key -> drill(new ClaimDrillDown(
                null, null, null, RejectionReason.valueOf(key), null, applied.from(), applied.to())));
    }

    /** Payouts by month are not range-filtered on the dashboard, so neither is their drill-down. */
    public void drillMonth(ItemSelectEvent event) {
        List<PeriodAmount> months = dashboard.getPayoutsByMonth();
        int index = event.getItemIndex();
        if (index >= 0 && index < months.size()) {
            drill(new ClaimDrillDown(null, null, null, null, YearMonth.parse(months.get(index).getPeriod()), null, null));
        }
    }

    /** The key of the bar clicked; {@code shown} is how many rows the chart draws (the top ones). */
    private static Optional<String> keyAt(List<CountRow> rows, ItemSelectEvent event, int shown) {
        int index = event.getItemIndex();
        return index >= 0 && index < Math.min(rows.size(), shown) ? Optional.of(rows.get(index).getKey()) : Optional.empty();
    }

    private void drill(ClaimDrillDown slice) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole(Roles.MANAGER) && !external.isUserInRole(Roles.SUPERVISOR)) {
            return; // the claims list is not theirs (an administrator sees the dashboard only)
        }
        try {
            external.redirect(external.getRequestContextPath() + "/claims.xhtml?" + DrillDownParams.query(slice));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        from = null;
        to = null;
        apply();
    }

    private String chart(String name, Supplier<String> json) {
        if (charts == null) {
            charts = new HashMap<>();
        }
        return charts.computeIfAbsent(name + "/" + FacesContext.getCurrentInstance().getViewRoot().getLocale(), key -> json.get());
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance(), key);
    }

    /** Label of a coded key through the bundle ({@code prefix + key}); the key itself when the bundle has none. */
    private static Function<CountRow, String> coded(String prefix) {
        return row -> {
            String label = text(prefix + row.getKey());
            return label.equals(prefix + row.getKey()) ? row.getKey() : label;
        };
    }

    private static String bars(List<CountRow> rows, Function<CountRow, String> label, String series, boolean horizontal) {
        List<CountRow> top = rows.stream().limit(TOP).toList();
        return ChartJson.bar(top.stream().map(label).toList(),
                List.of(new ChartJson.Series(series, top.stream().map(CountRow::getCount).toList(), null)), horizontal, false);
    }

    public String getCountryChart() {
        return chart("Country", () -> bars(dashboard.getParticipantsByCountry(), CountRow::getName, text("dashboard.participants"), false));
    }

    public String getProvinceChart() {
        return chart("Province", () -> bars(dashboard.getParticipantsByProvince(), CountRow::getName, text("dashboard.participants"), true));
    }

    public String getTypeChart() {
        return chart("Type", () -> {
            List<CountRow> rows = dashboard.getParticipantsByType();
            return ChartJson.doughnut(rows.stream().map(coded("participantType.")).toList(), rows.stream().map(CountRow::getCount).toList());
        });
    }

    public String getChannelChart() {
        return chart("Channel", () -> {
            List<CountRow> rows = dashboard.getParticipantsByChannel();
            return ChartJson.doughnut(rows.stream().map(coded("unitType.")).toList(), rows.stream().map(CountRow::getCount).toList());
        });
    }

    public String getStatusChart() {
        return chart("Status", () -> ChartJson.bar(dashboard.getClaimsByStatus().stream().map(coded("status.")).toList(),
                List.of(new ChartJson.Series(text("dashboard.claims"),
                        dashboard.getClaimsByStatus().stream().map(CountRow::getCount).toList(), null)), true, false));
    }

    public String getBenefitChart() {
        return chart("Benefit", () -> bars(dashboard.getClaimsByBenefit(), coded("benefit."), text("dashboard.claims"), true));
    }

    public String getUnitChart() {
        return chart("Unit", () -> bars(dashboard.getClaimsByUnit(), CountRow::getName, text("dashboard.claims"), true));
    }

    public String getPayoutChart() {
        return chart("Payout", () -> {
            List<PeriodAmount> months = dashboard.getPayoutsByMonth();
            return ChartJson.bar(months.stream().map(PeriodAmount::getPeriod).toList(),
                    List.of(new ChartJson.Series(text("dashboard.payoutAmount"), months.stream().map(PeriodAmount::getAmount).toList(), "#009e73")),
                    false, false);
        });
    }

    public String getSlaChart() {
        return chart("Sla", () -> {
            List<PeriodAmount> weeks = dashboard.getSlaTrend();
            return ChartJson.percentLine(weeks.stream().map(PeriodAmount::getPeriod).toList(),
                    new ChartJson.Series(text("dashboard.slaOnTime"), weeks.stream().map(PeriodAmount::getPercent).toList(), "#0b5394"));
        });
    }

    public String getRejectionChart() {
        return chart("Rejection", () -> bars(dashboard.getRejectionReasons(), coded("rejection."), text("dashboard.claims"), true));
    }

    /** Charts open the claims list only for roles that may read it (an administrator sees the dashboard alone). */
    public boolean isCanDrill() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.MANAGER) || external.isUserInRole(Roles.SUPERVISOR);
    }

    public Dashboard getDashboard() { return dashboard; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}

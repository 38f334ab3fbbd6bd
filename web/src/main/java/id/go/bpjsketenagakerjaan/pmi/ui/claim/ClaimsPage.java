package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimDrillDown;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The claims list: a lazy table that pages, sorts and filters in the database. Opened from a dashboard chart, it
 * shows exactly the claims of that slice (view parameters, so the address can be bookmarked).
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {

    @EJB
    ClaimQueryService claims;

    @Inject
    ViewerZone viewerZone;

    private LazyDataModel<ClaimRow> model;

    /** The dashboard slice from the address (view parameters); the table's own filters narrow it further. */
    private ClaimDrillDown drill = ClaimDrillDown.none();
    private final Map<String, String> viewParams = new HashMap<>();

    @Inject
    Messages messages;

    @PostConstruct
    void init() {
        model = new ClaimRowModel(new ClaimRowModel.Source() {
            @Override
            public long count(ClaimFilter filter) {
                return claims.count(filter, drill);
            }

            @Override
            public List<ClaimRow> page(ClaimFilter filter, int first, int pageSize) {
                return claims.page(filter, drill, first, pageSize);
            }
        });
    }

    /** View action on the first request: reads the dashboard slice from the view parameters. */
    public void applyDrillDown() {
        DrillDownParams.Parsed parsed = DrillDownParams.parse(viewParams);
        drill = parsed.drill();
        for (String name : parsed.invalid()) {
            messages.error(null, "claims.badParam", name);
        }
    }

    public ClaimDrillDown getDrill() {
        return drill;
    }

    public LazyDataModel<ClaimRow> getModel() {
        return model;
    }

    public String getStatus() { return viewParams.get(DrillDownParams.STATUS); }
    public void setStatus(String value) { viewParams.put(DrillDownParams.STATUS, value); }
    public String getBenefit() { return viewParams.get(DrillDownParams.BENEFIT); }
    public void setBenefit(String value) { viewParams.put(DrillDownParams.BENEFIT, value); }
    public String getUnit() { return viewParams.get(DrillDownParams.UNIT); }
    public void setUnit(String value) { viewParams.put(DrillDownParams.UNIT, value); }
    public String getReason() { return viewParams.get(DrillDownParams.REASON); }
    public void setReason(String value) { viewParams.put(DrillDownParams.REASON, value); }
    public String getMonth() { return viewParams.get(DrillDownParams.MONTH); }
    public void setMonth(String value) { viewParams.put(DrillDownParams.MONTH, value); }
    public String getFrom() { return viewParams.get(DrillDownParams.FROM); }
    public void setFrom(String value) { viewParams.put(DrillDownParams.FROM, value); }
    public String getTo() { return viewParams.get(DrillDownParams.TO); }
    public void setTo(String value) { viewParams.put(DrillDownParams.TO, value); }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    /** Instants are stored in UTC and shown in the viewer's zone. */
    public String received(Instant instant) {
        return viewerZone.at(instant);
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.audit;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditTrailService;
import id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The auditors' page: the trail, newest first, filtered by actor or action, and the chain check. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @EJB
    AuditTrailService trail;

    @Inject
    ViewerZone viewerZone;

    private LazyDataModel<AuditEntry> entries;
    private AuditTrailService.Verification verification;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) trail.count(text(filterBy, "actor"), text(filterBy, "action"));
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return trail.page(text(filterBy, "actor"), text(filterBy, "action"), first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return String.valueOf(entry.getId());
            }
        };
    }

    public void verify() {
        verification = trail.verify();
    }

    public String at(Instant instant) {
        return viewerZone.atSeconds(instant);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }

    public LazyDataModel<AuditEntry> getEntries() { return entries; }
    public AuditTrailService.Verification getVerification() { return verification; }
}

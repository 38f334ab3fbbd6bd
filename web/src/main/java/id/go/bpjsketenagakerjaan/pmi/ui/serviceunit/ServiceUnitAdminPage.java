package id.go.bpjsketenagakerjaan.pmi.ui.serviceunit;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.ServiceUnitAdminService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitAdminRow;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.UnitForm;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitAudit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/service-units.xhtml: the service units as reference data; an administrator creates and edits them. */
@Named
@ViewScoped
public class ServiceUnitAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "unitAdminForm";

    @EJB
    ServiceUnitAdminService service;

    @Inject
    Messages messages;

    private List<UnitAdminRow> units = List.of();
    private List<ServiceUnitAudit> history = List.of();

    // the form: editing when editingId is set, creating otherwise
    private Long editingId;
    private long editingVersion;
    private String code;
    private String name;
    private ServiceUnitType type;
    private String province;
    private String countryCode = "ID";
    private String timeZone = "Asia/Jakarta";
    private Long parentId;
    private String serviceArea;

    @PostConstruct
    void init() {
        units = service.units();
    }

    public void edit(UnitAdminRow row) {
        editingId = row.id();
        editingVersion = row.version();
        UnitForm form = row.toForm();
        code = form.code();
        name = form.name();
        type = form.type();
        province = form.province();
        countryCode = form.countryCode();
        timeZone = form.timeZone();
        parentId = form.parentId();
        serviceArea = form.serviceArea();
        history = service.history(row.code());
    }

    public void newUnit() {
        editingId = null;
        editingVersion = 0;
        code = null;
        name = null;
        type = null;
        province = null;
        countryCode = "ID";
        timeZone = "Asia/Jakarta";
        parentId = null;
        serviceArea = null;
        history = List.of();
    }

    public void save() {
        UnitForm form = new UnitForm(code, name, type, province, countryCode, timeZone, parentId, serviceArea);
        try {
            UnitAdminRow saved = editingId == null ? service.create(form) : service.update(editingId, editingVersion, form);
            messages.info(null, editingId == null ? "unitAdmin.created" : "unitAdmin.updated");
            units = service.units();
            edit(saved);
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).map("code", "code").map("name", "name").map("type", "type").map("province", "province")
                    .map("countryCode", "countryCode").map("timeZone", "timeZone").map("parentId", "parentId")
                    .map("serviceArea", "serviceArea").show(e);
        }
    }

    public ServiceUnitType[] getTypes() { return ServiceUnitType.values(); }
    public List<UnitAdminRow> getUnits() { return units; }
    public List<ServiceUnitAudit> getHistory() { return history; }
    public boolean isEditing() { return editingId != null; }
    public Long getEditingId() { return editingId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ServiceUnitType getType() { return type; }
    public void setType(ServiceUnitType type) { this.type = type; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getServiceArea() { return serviceArea; }
    public void setServiceArea(String serviceArea) { this.serviceArea = serviceArea; }
}

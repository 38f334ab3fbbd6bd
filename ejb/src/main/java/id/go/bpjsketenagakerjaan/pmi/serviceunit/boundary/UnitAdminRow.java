package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.UnitForm;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;

/** A service unit as the administration page lists and edits it. */
public record UnitAdminRow(long id, long version, String code, String name, ServiceUnitType type, String province,
                           String countryCode, String timeZone, Long parentId, String parentCode, String parentName,
                           String serviceArea) implements Serializable {

    static UnitAdminRow of(ServiceUnit u) {
        ServiceUnit p = u.getParent();
        return new UnitAdminRow(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getType(), u.getProvince(),
                u.getCountryCode(), u.getTimeZone(), p == null ? null : p.getId(), p == null ? null : p.getCode(),
                p == null ? null : p.getName(), u.getServiceArea());
    }

    /** The form to edit this unit, filled with what it is now. */
    public UnitForm toForm() {
        return new UnitForm(code, name, type, province, countryCode, timeZone, parentId, serviceArea);
    }
}

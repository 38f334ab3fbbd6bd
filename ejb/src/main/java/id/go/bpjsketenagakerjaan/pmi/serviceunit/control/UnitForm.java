package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;

/**
 * What an administrator enters for a service unit. {@code code} is fixed once created; {@code province} is the
 * region at home, empty abroad where {@code countryCode} says where; {@code timeZone} an IANA id such as Asia/Jakarta.
 */
public record UnitForm(String code, String name, ServiceUnitType type, String province, String countryCode,
                       String timeZone, Long parentId, String serviceArea) implements Serializable {
}

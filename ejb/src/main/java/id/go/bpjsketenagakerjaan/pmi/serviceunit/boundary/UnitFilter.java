package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;

/**
 * What the unit list shows and in which order.
 *
 * @param region    part of the province name, or a two-letter country code (overseas units); null for all
 * @param type      one kind of unit; null for all
 * @param sortField code, name, type or province (other values: name)
 */
public record UnitFilter(String region, ServiceUnitType type, String sortField, boolean ascending) implements Serializable {

    public static UnitFilter all() {
        return new UnitFilter(null, null, "name", true);
    }
}

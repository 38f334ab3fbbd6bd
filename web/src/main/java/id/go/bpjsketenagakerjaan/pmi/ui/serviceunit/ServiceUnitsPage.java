package id.go.bpjsketenagakerjaan.pmi.ui.serviceunit;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.ServiceUnitService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitFilter;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitRow;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Every service unit with its open workload, backlog age and SLA compliance; filter by region and type. */
@Named
@ViewScoped
public class ServiceUnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceUnitService units;

    private LazyDataModel<UnitRow> model;
    private List<String> regions;

    @PostConstruct
    void init() {
        regions = units.regions();
        model = new UnitRowModel(new UnitRowModel.Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public long count(UnitFilter filter) {
                return units.count(filter);
            }

            @Override
            public List<UnitRow> page(UnitFilter filter, int first, int pageSize) {
                return units.page(filter, first, pageSize);
            }
        });
    }

    public LazyDataModel<UnitRow> getModel() {
        return model;
    }

    public List<String> getRegions() {
        return regions;
    }

    public ServiceUnitType[] getTypes() {
        return ServiceUnitType.values();
    }
}

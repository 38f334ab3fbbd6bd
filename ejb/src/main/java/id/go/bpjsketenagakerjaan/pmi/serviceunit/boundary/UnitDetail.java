package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import java.io.Serializable;
import java.util.List;

/** One unit's page: its row figures, the median wait, throughput per ISO week and its outreach events. */
public class UnitDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UnitRow unit;
    private final Long medianDaysWaiting;
    private final List<WeekCount> throughput;
    private final List<OutreachEventRow> events;
    private final int attributionWindowDays;

    private Long parentId;
    private String parentCode;
    private String parentName;
    private String serviceArea;

    public UnitDetail(UnitRow unit, Long medianDaysWaiting, List<WeekCount> throughput, List<OutreachEventRow> events,
                      int attributionWindowDays) {
        this.unit = unit;
        this.medianDaysWaiting = medianDaysWaiting;
        this.throughput = List.copyOf(throughput);
        this.events = List.copyOf(events);
        this.attributionWindowDays = attributionWindowDays;
    }

    /** The parent office (null at the top) and the area the unit serves. */
    public UnitDetail withParent(Long id, String code, String name, String area) {
        this.parentId = id;
        this.parentCode = code;
        this.parentName = name;
        this.serviceArea = area;
        return this;
    }

    public UnitRow getUnit() { return unit; }
    public Long getParentId() { return parentId; }
    public String getParentCode() { return parentCode; }
    public String getParentName() { return parentName; }
    public String getServiceArea() { return serviceArea; }
    /** Calendar days the middle open claim has waited since it was received; null without open claims. */
    public Long getMedianDaysWaiting() { return medianDaysWaiting; }
    public List<WeekCount> getThroughput() { return throughput; }
    public List<OutreachEventRow> getEvents() { return events; }
    public int getAttributionWindowDays() { return attributionWindowDays; }
    public long getThroughputTotal() { return throughput.stream().mapToLong(WeekCount::getTotal).sum(); }
    public long getAttributedRegistrations() { return events.stream().mapToLong(OutreachEventRow::getRegistrations).sum(); }
}

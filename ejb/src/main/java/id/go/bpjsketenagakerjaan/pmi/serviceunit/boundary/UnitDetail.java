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

    public UnitDetail(UnitRow unit, Long medianDaysWaiting, List<WeekCount> throughput, List<OutreachEventRow> events,
                      int attributionWindowDays) {
        this.unit = unit;
        this.medianDaysWaiting = medianDaysWaiting;
        this.throughput = List.copyOf(throughput);
        this.events = List.copyOf(events);
        this.attributionWindowDays = attributionWindowDays;
    }

    public UnitRow getUnit() { return unit; }
    /** Calendar days the middle open claim has waited since it was received; null without open claims. */
    public Long getMedianDaysWaiting() { return medianDaysWaiting; }
    public List<WeekCount> getThroughput() { return throughput; }
    public List<OutreachEventRow> getEvents() { return events; }
    public int getAttributionWindowDays() { return attributionWindowDays; }
    public long getThroughputTotal() { return throughput.stream().mapToLong(WeekCount::getTotal).sum(); }
    public long getAttributedRegistrations() { return events.stream().mapToLong(OutreachEventRow::getRegistrations).sum(); }
}

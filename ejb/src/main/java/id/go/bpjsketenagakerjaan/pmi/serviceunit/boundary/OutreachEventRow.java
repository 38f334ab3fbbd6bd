package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachAudience;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An outreach event with the registrations attributed to it (serviceunit.control.OutreachAttribution). */
public class OutreachEventRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDate heldOn;
    private final LocalDate windowEnd;
    private final String title;
    private final String place;
    private final OutreachAudience audience;
    private final int attendees;
    private final long registrations;

    public OutreachEventRow(long id, LocalDate heldOn, LocalDate windowEnd, String title, String place,
                            OutreachAudience audience, int attendees, long registrations) {
        this.id = id;
        this.heldOn = heldOn;
        this.windowEnd = windowEnd;
        this.title = title;
        this.place = place;
        this.audience = audience;
        this.attendees = attendees;
        this.registrations = registrations;
    }

    public long getId() { return id; }
    public LocalDate getHeldOn() { return heldOn; }
    /** The last day whose registrations may count for this event. */
    public LocalDate getWindowEnd() { return windowEnd; }
    public String getTitle() { return title; }
    public String getPlace() { return place; }
    public OutreachAudience getAudience() { return audience; }
    public int getAttendees() { return attendees; }
    public long getRegistrations() { return registrations; }
    /** Registrations per 100 attendees, one decimal; null without attendees. */
    public BigDecimal getConversion() {
        return attendees == 0 ? null
                : BigDecimal.valueOf(registrations * 100L).divide(BigDecimal.valueOf(attendees), 1, java.math.RoundingMode.HALF_UP);
    }
}

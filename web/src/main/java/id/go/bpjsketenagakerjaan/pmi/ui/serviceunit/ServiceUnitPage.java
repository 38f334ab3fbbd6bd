package id.go.bpjsketenagakerjaan.pmi.ui.serviceunit;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.NewOutreachEvent;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.ServiceUnitService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitDetail;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.WeekCount;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachAudience;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ChartJson;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.ejb.EJB;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitAccessDeniedException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One service unit: workload, backlog age, SLA compliance, weekly throughput and outreach events. */
@Named
@ViewScoped
public class ServiceUnitPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "unitForm";

    @EJB
    ServiceUnitService units;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private Long id;
    private UnitDetail detail;
    private boolean refused;

    private LocalDate heldOn;
    private String title;
    private String place;
    private OutreachAudience audience;
    private Integer attendees;
    private String note;

    public void load() {
        if (id == null) {
            messages.error(null, "unit.notFound");
            return;
        }
        try {
            detail = units.detail(id);
        } catch (UnitAccessDeniedException e) {
            refused = true;
            messages.error(null, "unit.refused");
        } catch (InvalidInputException e) {
            messages.error(null, "unit.notFound");
        }
    }

    public void recordEvent() {
        try {
            units.recordEvent(id, new NewOutreachEvent(heldOn, title, place, audience, attendees, note));
            messages.info(null, "unit.eventRecorded", title);
            heldOn = null;
            title = null;
            place = null;
            audience = null;
            attendees = null;
            note = null;
            detail = units.detail(id);
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).map("heldOn", "heldOn").map("title", "title").map("place", "place")
                    .map("audience", "audience").map("attendees", "attendees").map("note", "note").show(e);
        }
    }

    /** Paid and rejected claims per ISO week, stacked bars. */
    public String getThroughputChart() {
        if (detail == null) {
            return null;
        }
        List<WeekCount> weeks = detail.getThroughput();
        FacesContext faces = FacesContext.getCurrentInstance();
        return ChartJson.bar(weeks.stream().map(WeekCount::getWeek).toList(), List.of(
                new ChartJson.Series(Messages.text(faces, "unit.paid"), weeks.stream().map(WeekCount::getPaid).toList(), "#009e73"),
                new ChartJson.Series(Messages.text(faces, "unit.rejected"), weeks.stream().map(WeekCount::getRejected).toList(), "#d55e00")),
                false, true);
    }

    public LocalDate getToday() {
        return viewerZone.today();
    }

    public OutreachAudience[] getAudiences() {
        return OutreachAudience.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitDetail getDetail() { return detail; }
    public boolean isRefused() { return refused; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public OutreachAudience getAudience() { return audience; }
    public void setAudience(OutreachAudience audience) { this.audience = audience; }
    public Integer getAttendees() { return attendees; }
    public void setAttendees(Integer attendees) { this.attendees = attendees; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

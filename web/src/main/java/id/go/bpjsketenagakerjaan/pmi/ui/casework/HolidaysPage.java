package id.go.bpjsketenagakerjaan.pmi.ui.casework;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayAdminService;
import id.go.bpjsketenagakerjaan.pmi.casework.control.HolidayForm;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.PublicHoliday;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Administrators: the holiday calendar of one year, adding a day from the decree and removing one. */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final String FORM = "holidays";

    @EJB
    HolidayAdminService holidays;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private int year;
    private List<PublicHoliday> days;
    private LocalDate date;
    private String name;
    private boolean cutiBersama;
    private boolean awaitingConfirmation;
    private String source;

    @PostConstruct
    void init() {
        year = viewerZone.today().getYear();
        load();
    }

    public void load() {
        days = holidays.year(year);
    }

    public void add() {
        try {
            PublicHoliday added = holidays.add(new HolidayForm(date, name, cutiBersama, awaitingConfirmation, source));
            messages.info(null, "holidays.added", added.getDate(), added.getName());
            date = null;
            name = null;
            cutiBersama = false;
            awaitingConfirmation = false;
            source = null;
            load();
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).map("date", "date").map("name", "name").map("source", "source").show(e);
        }
    }

    public void remove(PublicHoliday holiday) {
        try {
            holidays.remove(holiday.getId(), holiday.getVersion());
            messages.info(null, "holidays.removed", holiday.getDate(), holiday.getName());
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).show(e);
        }
        load();
    }

    public List<Integer> getYears() {
        int now = viewerZone.today().getYear();
        return IntStream.rangeClosed(now - 2, now + 2).boxed().toList();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<PublicHoliday> getDays() { return days; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isCutiBersama() { return cutiBersama; }
    public void setCutiBersama(boolean cutiBersama) { this.cutiBersama = cutiBersama; }
    public boolean isAwaitingConfirmation() { return awaitingConfirmation; }
    public void setAwaitingConfirmation(boolean awaitingConfirmation) { this.awaitingConfirmation = awaitingConfirmation; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}

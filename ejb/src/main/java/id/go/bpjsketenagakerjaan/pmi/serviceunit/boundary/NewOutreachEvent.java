package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachAudience;
import java.io.Serializable;
import java.time.LocalDate;

/** An outreach event as entered on the unit page; checked field by field by ServiceUnitService.recordEvent. */
public record NewOutreachEvent(LocalDate heldOn, String title, String place, OutreachAudience audience,
                               Integer attendees, String note) implements Serializable {
}

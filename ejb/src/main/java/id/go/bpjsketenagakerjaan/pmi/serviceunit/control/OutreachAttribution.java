package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which registrations followed an outreach event. The rule:
 * <ul>
 *   <li>a registration counts for a unit's event when the worker's placement was registered <em>at that unit</em>
 *       (placement.service_unit_id) on the day of the event or within {@value #WINDOW_DAYS} days after it;</li>
 *   <li>each registration counts once: when the windows of several events of the unit cover its day, it goes to
 *       the <em>latest</em> event held on or before that day (the most recent contact is the likeliest cause;
 *       events on the same day: the one recorded last, i.e. the higher id);</li>
 *   <li>registrations elsewhere, before the event or after the window are not attributed. This is an
 *       association, not proof that the worker attended: the registry does not record attendance.</li>
 * </ul>
 * Plain Java: the boundary hands it the unit's events and its registrations counted per day (a grouped query).
 */
public final class OutreachAttribution {

    public static final int WINDOW_DAYS = 30;

    /** An event as the rule needs it. */
    public record Event(long id, LocalDate heldOn) {
        public Event {
            Objects.requireNonNull(heldOn, "heldOn");
        }
    }

    private OutreachAttribution() {
    }

    /** The last day whose registrations may still count for an event held on {@code heldOn}. */
    public static LocalDate windowEnd(LocalDate heldOn) {
        return heldOn.plusDays(WINDOW_DAYS);
    }

    /**
     * Registrations attributed to each event.
     *
     * @param events               the unit's events, any order
     * @param registrationsPerDay  registrations at the unit counted per day of registration
     * @return for every event (in the order given) the number of registrations attributed to it (0 when none)
     */
    public static Map<Long, Long> attribute(List<Event> events, Map<LocalDate, Long> registrationsPerDay) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        events.forEach(event -> counts.put(event.id(), 0L));
        List<Event> latestFirst = events.stream()
                .sorted(Comparator.comparing(Event::heldOn).thenComparing(Event::id).reversed()).toList();
        registrationsPerDay.forEach((day, registrations) -> {
            if (day == null || registrations == null || registrations <= 0) {
                return;
            }
            latestFirst.stream()
                    .filter(event -> !day.isBefore(event.heldOn()) && !day.isAfter(windowEnd(event.heldOn())))
                    .findFirst()
                    .ifPresent(event -> counts.merge(event.id(), registrations, Long::sum));
        });
        return counts;
    }
}

package id.go.bpjsketenagakerjaan.pmi.notification.control;

import java.util.Locale;
import java.util.Optional;

/**
 * One outbox notification as a mail, before any mail library sees it. Outbox recipients are not addresses: a staff
 * username ({@code adjudikator}) goes to {@code username@staff-domain}; a unit's supervisors ({@code supervisor@KC-CRB})
 * to the unit's service mailbox {@code pelayanan.kc-crb@staff-domain}; a claimant ({@code pemohon:KLM-…}) has no
 * address in this system, so there is no mail and the notification is logged instead.
 */
public record MailMessage(String from, String to, String subject, String body) {

    public static final String SUBJECT_PREFIX = "[Klaim PMI] ";
    static final String FOOTER = "\n\n--\nPesan otomatis dari sistem klaim PMI BPJS Ketenagakerjaan. Mohon tidak membalas surel ini.";
    private static final String USERNAME = "[a-z0-9._-]{1,60}";
    private static final String UNIT = "[A-Za-z0-9-]{1,30}";

    /** The mail for a notification, or empty when its recipient has no mail address. */
    public static Optional<MailMessage> of(String recipient, String subject, String body, MailSettings settings) {
        return addressOf(recipient, settings.staffDomain())
                .map(to -> new MailMessage(settings.from(), to, SUBJECT_PREFIX + oneLine(subject), body + FOOTER));
    }

    static Optional<String> addressOf(String recipient, String staffDomain) {
        if (recipient == null) {
            return Optional.empty();
        }
        String r = recipient.strip();
        if (r.startsWith("supervisor@") && r.substring("supervisor@".length()).matches(UNIT)) {
            return Optional.of("pelayanan." + r.substring("supervisor@".length()).toLowerCase(Locale.ROOT) + "@" + staffDomain);
        }
        if (r.matches(USERNAME)) {
            return Optional.of(r + "@" + staffDomain);
        }
        return Optional.empty();
    }

    /** A header must be one line: a line break in a subject would let text inject further headers. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}

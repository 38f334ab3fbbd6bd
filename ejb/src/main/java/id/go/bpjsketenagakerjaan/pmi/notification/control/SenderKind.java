package id.go.bpjsketenagakerjaan.pmi.notification.control;

import java.util.Locale;

/** How notifications leave the system, chosen by {@code pmi.notification.sender}. */
public enum SenderKind {
    /** The default: written to the server log, no mail server assumed. */
    LOG,
    /** Jakarta Mail over SMTP, configured by the {@code pmi.mail.*} properties ({@link MailSettings}). */
    SMTP;

    public static final String PROPERTY = "pmi.notification.sender";

    /** Blank means the default; anything else unknown is a configuration error naming the property. */
    public static SenderKind of(String configured) {
        if (configured == null || configured.isBlank()) {
            return LOG;
        }
        try {
            return valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " harus 'log' atau 'smtp', bukan '" + configured.strip() + "'.");
        }
    }
}

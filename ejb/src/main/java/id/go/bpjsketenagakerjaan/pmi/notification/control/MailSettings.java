package id.go.bpjsketenagakerjaan.pmi.notification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SMTP sender's configuration, read from MicroProfile Config (environment variables such as
 * {@code PMI_MAIL_HOST} work too): {@code pmi.mail.host}, {@code pmi.mail.port} (default 587 with STARTTLS, 25
 * without), {@code pmi.mail.from}, {@code pmi.mail.starttls} (default true), {@code pmi.mail.username} and
 * {@code pmi.mail.password} (both or neither), {@code pmi.mail.staff-domain} (staff usernames become
 * {@code username@domain}). Checked whole at first use: every missing or wrong property is named.
 */
public record MailSettings(String host, int port, String from, boolean startTls, String username, String password,
                           String staffDomain) {

    private static final String ADDRESS = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    private static final String DOMAIN = "[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";

    public boolean authenticates() {
        return username != null;
    }

    @Override
    public String toString() {
        // never the password, e.g. in a log line
        return "MailSettings[" + host + ":" + port + ", from=" + from + ", starttls=" + startTls
                + ", user=" + (username == null ? "-" : username) + ", staffDomain=" + staffDomain + "]";
    }

    public static MailSettings read(Function<String, Optional<String>> property) {
        List<String> problems = new ArrayList<>();
        String host = text(property, "pmi.mail.host");
        if (host == null) {
            problems.add("pmi.mail.host wajib diisi untuk pengirim SMTP");
        }
        boolean startTls = text(property, "pmi.mail.starttls") == null || Boolean.parseBoolean(text(property, "pmi.mail.starttls"));
        int port = startTls ? 587 : 25;
        String portText = text(property, "pmi.mail.port");
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
                if (port < 1 || port > 65535) {
                    problems.add("pmi.mail.port harus antara 1 dan 65535: " + portText);
                }
            } catch (NumberFormatException e) {
                problems.add("pmi.mail.port bukan angka: " + portText);
            }
        }
        String from = text(property, "pmi.mail.from");
        if (from == null || !from.matches(ADDRESS)) {
            problems.add("pmi.mail.from harus alamat surel pengirim, bukan '" + (from == null ? "" : from) + "'");
        }
        String username = text(property, "pmi.mail.username");
        String password = property.apply("pmi.mail.password").filter(p -> !p.isEmpty()).orElse(null);
        if ((username == null) != (password == null)) {
            problems.add("pmi.mail.username dan pmi.mail.password diisi keduanya atau tidak sama sekali");
        }
        String domain = text(property, "pmi.mail.staff-domain");
        if (domain == null || !domain.matches(DOMAIN)) {
            problems.add("pmi.mail.staff-domain harus nama domain surel staf, bukan '" + (domain == null ? "" : domain) + "'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Konfigurasi surel tidak lengkap: " + String.join("; ", problems) + ".");
        }
        return new MailSettings(host, port, from, startTls, username, password, domain);
    }

    private static String text(Function<String, Optional<String>> property, String name) {
        return property.apply(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}

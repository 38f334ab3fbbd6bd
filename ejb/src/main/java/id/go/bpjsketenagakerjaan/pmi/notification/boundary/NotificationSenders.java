package id.go.bpjsketenagakerjaan.pmi.notification.boundary;

import id.go.bpjsketenagakerjaan.pmi.notification.control.MailMessage;
import id.go.bpjsketenagakerjaan.pmi.notification.control.MailSettings;
import id.go.bpjsketenagakerjaan.pmi.notification.control.SenderKind;
import id.go.bpjsketenagakerjaan.pmi.notification.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends one notification the configured way ({@link SenderKind}): to the log by default, or by SMTP with Jakarta
 * Mail (Payara ships the implementation). A failure throws, so {@link NotificationDelivery} retries with back-off.
 * Notifications without a mail address (claimants) are logged even when SMTP is on.
 */
@ApplicationScoped
public class NotificationSenders {

    private static final Logger LOG = Logger.getLogger(NotificationSenders.class.getName());

    private volatile Choice choice;

    private record Choice(SenderKind kind, MailSettings settings, Session session) {
    }

    public void send(Notification notification) {
        Choice chosen = choice();
        if (chosen.kind() == SenderKind.SMTP) {
            Optional<MailMessage> mail = MailMessage.of(notification.getRecipient(), notification.getSubject(),
                    notification.getBody(), chosen.settings());
            if (mail.isPresent()) {
                smtp(chosen.session(), mail.get());
                return;
            }
        }
        LOG.info(() -> "[notifikasi] kepada " + notification.getRecipient() + ": " + notification.getSubject()
                + " — " + notification.getBody());
    }

    private static void smtp(Session session, MailMessage mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Surel kepada " + mail.to() + " gagal dikirim: " + e.getMessage(), e);
        }
    }

    private Choice choice() {
        Choice held = choice;
        if (held == null) {
            Config config = ConfigProvider.getConfig();
            SenderKind kind = SenderKind.of(config.getOptionalValue(SenderKind.PROPERTY, String.class).orElse(null));
            if (kind == SenderKind.SMTP) {
                MailSettings settings = MailSettings.read(name -> config.getOptionalValue(name, String.class));
                held = new Choice(kind, settings, session(settings));
                LOG.info(() -> "Notifikasi dikirim lewat SMTP: " + settings);
            } else {
                held = new Choice(kind, null, null);
            }
            choice = held;
        }
        return held;
    }

    private static Session session(MailSettings settings) {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        props.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        if (!settings.authenticates()) {
            return Session.getInstance(props);
        }
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        });
    }
}

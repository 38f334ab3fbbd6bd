package id.go.bpjsketenagakerjaan.pmi.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sender runs, what the SMTP sender needs, and the mail it builds: no mail server involved. */
class SenderSelectionAndMailTest {

    private static MailSettings settings(Map<String, String> values) {
        return MailSettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    private static Map<String, String> smtp() {
        Map<String, String> values = new HashMap<>();
        values.put("pmi.mail.host", "smtp.bpjsketenagakerjaan.go.id");
        values.put("pmi.mail.from", "klaim-pmi@bpjsketenagakerjaan.go.id");
        values.put("pmi.mail.staff-domain", "bpjsketenagakerjaan.go.id");
        return values;
    }

    @Test
    void theLogSenderIsTheDefaultAndSmtpIsChosenByName() {
        assertThat(SenderKind.of(null)).isEqualTo(SenderKind.LOG);
        assertThat(SenderKind.of("  ")).isEqualTo(SenderKind.LOG);
        assertThat(SenderKind.of("log")).isEqualTo(SenderKind.LOG);
        assertThat(SenderKind.of(" SMTP ")).isEqualTo(SenderKind.SMTP);
        assertThatThrownBy(() -> SenderKind.of("sms")).hasMessageContaining("pmi.notification.sender")
                .hasMessageContaining("'sms'");
    }

    @Test
    void smtpSettingsHaveDefaultsAndNeverShowThePassword() {
        MailSettings plain = settings(smtp());
        assertThat(plain.port()).isEqualTo(587);
        assertThat(plain.startTls()).isTrue();
        assertThat(plain.authenticates()).isFalse();

        Map<String, String> values = smtp();
        values.put("pmi.mail.starttls", "false");
        values.put("pmi.mail.username", "klaim-pmi");
        values.put("pmi.mail.password", "rahasia-sekali");
        MailSettings withLogin = settings(values);
        assertThat(withLogin.port()).isEqualTo(25);
        assertThat(withLogin.authenticates()).isTrue();
        assertThat(withLogin.toString()).doesNotContain("rahasia-sekali").contains("klaim-pmi");
    }

    @Test
    void everyMissingOrWrongSettingIsNamedAtOnce() {
        Map<String, String> values = new HashMap<>();
        values.put("pmi.mail.port", "99999");
        values.put("pmi.mail.from", "bukan alamat");
        values.put("pmi.mail.username", "klaim-pmi");
        assertThatThrownBy(() -> settings(values)).hasMessageContaining("pmi.mail.host")
                .hasMessageContaining("pmi.mail.port").hasMessageContaining("pmi.mail.from")
                .hasMessageContaining("pmi.mail.password").hasMessageContaining("pmi.mail.staff-domain");
    }

    @Test
    void staffAndUnitRecipientsGetMailAndClaimantsDoNot() {
        MailSettings settings = settings(smtp());
        MailMessage toAdjudicator = MailMessage.of("adjudikator2", "Klaim KLM-2026-000123: REJECTED",
                "Status klaim berubah.", settings).orElseThrow();
        assertThat(toAdjudicator.from()).isEqualTo("klaim-pmi@bpjsketenagakerjaan.go.id");
        assertThat(toAdjudicator.to()).isEqualTo("adjudikator2@bpjsketenagakerjaan.go.id");
        assertThat(toAdjudicator.subject()).isEqualTo("[Klaim PMI] Klaim KLM-2026-000123: REJECTED");
        assertThat(toAdjudicator.body()).startsWith("Status klaim berubah.").contains("Pesan otomatis");

        assertThat(MailMessage.of("supervisor@KC-CRB", "SLA terlampaui", "b", settings)).get()
                .extracting(MailMessage::to).isEqualTo("pelayanan.kc-crb@bpjsketenagakerjaan.go.id");
        assertThat(MailMessage.of("pemohon:KLM-2026-000123", "s", "b", settings)).isEmpty();
        assertThat(MailMessage.of("x@evil.example\nBcc: y", "s", "b", settings)).isEmpty();
    }

    @Test
    void aLineBreakInTheSubjectCannotAddHeaders() {
        MailMessage mail = MailMessage.of("adjudikator", "Klaim\r\nBcc: semua@contoh.id", "b", settings(smtp())).orElseThrow();
        assertThat(mail.subject()).isEqualTo("[Klaim PMI] Klaim Bcc: semua@contoh.id").doesNotContain("\n");
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadPolicyTest {

    private static final byte[] PDF = pdf("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H'};

    private final UploadPolicy policy = new UploadPolicy();

    private static byte[] pdf(String body) {
        return ("%PDF-1.7\n" + body + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String filename, String declared, byte[] bytes,
                                                                          UploadProblem problem) {
        return assertThatThrownBy(() -> policy.check(filename, declared, bytes))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void acceptsAPdfAndReportsItsTypeSizeAndHash() {
        CheckedUpload upload = policy.check("resume-medis.pdf", "application/pdf", PDF);

        assertThat(upload.filename()).isEqualTo("resume-medis.pdf");
        assertThat(upload.contentType()).isEqualTo(UploadPolicy.PDF);
        assertThat(upload.sizeBytes()).isEqualTo(PDF.length);
        assertThat(upload.sha256()).isEqualTo(UploadPolicy.sha256(PDF)).hasSize(64);
    }

    @Test
    void theHashIsStandardSha256() {
        assertThat(UploadPolicy.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void acceptsJpegAndPngWithTheTypesPhonesActuallyDeclare() {
        assertThat(policy.check("ktp.JPG", "image/jpg", JPEG).contentType()).isEqualTo(UploadPolicy.JPEG);
        assertThat(policy.check("ktp.jpeg", "image/jpeg; charset=binary", JPEG).contentType()).isEqualTo(UploadPolicy.JPEG);
        assertThat(policy.check("kk.png", "IMAGE/PNG", PNG).contentType()).isEqualTo(UploadPolicy.PNG);
        assertThat(policy.check("kk.png", null, PNG).contentType()).isEqualTo(UploadPolicy.PNG);
    }

    @Test
    void judgesByContentNotByNameOrDeclaredType() {
        byte[] windowsExe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertRejected("surat.pdf", "application/pdf", windowsExe, UploadProblem.UNSUPPORTED_CONTENT)
                .hasMessageContaining("bukan PDF, JPEG atau PNG");
        assertRejected("catatan.txt", "text/plain", "halo".getBytes(StandardCharsets.US_ASCII),
                UploadProblem.UNSUPPORTED_CONTENT);
    }

    @Test
    void refusesAnExtensionThatDoesNotMatchTheContent() {
        assertRejected("paspor.pdf", "image/png", PNG, UploadProblem.EXTENSION_MISMATCH)
                .hasMessageContaining("image/png").hasMessageContaining("\"pdf\"");
        assertRejected("paspor", null, PDF, UploadProblem.EXTENSION_MISMATCH);
    }

    @Test
    void refusesADeclaredTypeThatDoesNotMatchTheContent() {
        assertRejected("paspor.pdf", "image/png", PDF, UploadProblem.DECLARED_TYPE_MISMATCH)
                .hasMessage("Jenis berkas yang dikirim (image/png) tidak sesuai dengan isinya (application/pdf).");
        assertRejected("paspor.pdf", "application/octet-stream", PDF, UploadProblem.DECLARED_TYPE_MISMATCH);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected("kosong.pdf", "application/pdf", new byte[0], UploadProblem.EMPTY);
        assertRejected("kosong.pdf", "application/pdf", null, UploadProblem.EMPTY);
    }

    @Test
    void theSizeLimitIsConfigurableAndInclusive() {
        UploadPolicy small = new UploadPolicy(PDF.length);
        assertThat(small.check("a.pdf", null, PDF).sizeBytes()).isEqualTo(PDF.length);

        byte[] oneByteMore = Arrays.copyOf(PDF, PDF.length + 1);
        assertThatThrownBy(() -> small.check("a.pdf", null, oneByteMore))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(UploadProblem.TOO_LARGE))
                .hasMessageContaining("melebihi batas");
        assertThatThrownBy(() -> new UploadPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultLimitIsTenMegabytes() {
        assertThat(policy.maxBytes()).isEqualTo(10L * 1024 * 1024);
        byte[] elevenMegabytes = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        assertRejected("besar.pdf", null, elevenMegabytes, UploadProblem.TOO_LARGE)
                .hasMessage("Berkas berukuran 11 MB melebihi batas 10 MB.");
        assertThat(UploadPolicy.humanSize(1536 * 1024)).isEqualTo("1,5 MB");
        assertThat(UploadPolicy.humanSize(900)).isEqualTo("900 byte");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/JavaScript", "/JS (app.alert(1))", "/Launch", "/J#61vaScript", "/L#61#75nch", "<</S/JavaScript>>"})
    void refusesPdfsThatCanRunCode(String activeContent) {
        byte[] active = pdf("2 0 obj << /OpenAction << /S " + activeContent + " >> >> endobj\n");
        assertRejected("surat.pdf", "application/pdf", active, UploadProblem.ACTIVE_PDF_CONTENT)
                .hasMessageContaining("PDF memuat /");
    }

    @Test
    void findsActiveContentHiddenInACompressedStream() {
        byte[] hidden = deflate("<< /Type /Action /S /JavaScript /JS (this.exportDataObject()) >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n3 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(hidden);
        pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

        assertRejected("surat.pdf", "application/pdf", pdf.toByteArray(), UploadProblem.ACTIVE_PDF_CONTENT)
                .hasMessageContaining("/JavaScript");
    }

    @Test
    void acceptsACompressedStreamWithoutActiveContentAndTheWordJavaScriptInText() {
        byte[] text = deflate("BT /F1 12 Tf (Kursus JavaScript di BLK) Tj ET");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n4 0 obj << /Length 40 /Filter /FlateDecode >>\nstream\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(text);
        pdf.writeBytes("\nendstream\nendobj\n/JavaScripts_are_not_a_name_we_block\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(policy.check("sertifikat.pdf", "application/pdf", pdf.toByteArray()).contentType())
                .isEqualTo(UploadPolicy.PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "C:\\Users\\x\\ktp.pdf", "sub/ktp.pdf", "ktp\u0000.pdf",
            "ktp\n.pdf", "ktp\u007F.pdf", "\u202Efdp.exe", "   "})
    void refusesFilenamesThatReachElsewhereOrHideCharacters(String filename) {
        assertRejected(filename, "application/pdf", PDF, UploadProblem.UNSAFE_FILENAME);
    }

    @Test
    void sanitisesAwkwardButHarmlessNames() {
        assertThat(policy.check("  Surat  \"Kematian\" <ayah>.PDF ", null, PDF).filename())
                .isEqualTo("Surat _Kematian_ _ayah_.PDF");
        assertThat(policy.check(".hidden.pdf", null, PDF).filename()).isEqualTo("hidden.pdf");
        assertThat(policy.check("Resume\u0301 medis.pdf", null, PDF).filename()).isEqualTo("Resumé medis.pdf");

        String longName = "a".repeat(300) + ".pdf";
        String shortened = policy.check(longName, null, PDF).filename();
        assertThat(shortened).hasSize(120).endsWith("aaa.pdf");
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decides whether an uploaded claim document may be stored. Only PDF, JPEG and PNG are accepted, recognised by
 * their first bytes: the file name and the browser's declared type are claims by the uploader and must merely
 * agree with the content. PDFs with JavaScript or launch actions are refused, also when the keyword hides behind
 * {@code #xx} name escapes or inside a compressed (Flate) stream.
 *
 * <p>The returned file name is for display only; storage should use a generated key or the hash.
 */
public final class UploadPolicy {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final int MAX_FILENAME_LENGTH = 120;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF, Set.of("pdf"),
            JPEG, Set.of("jpg", "jpeg"),
            PNG, Set.of("png"));
    /** Declared types browsers and phones really send for each detected type. */
    private static final Map<String, Set<String>> DECLARED_ALIASES = Map.of(
            PDF, Set.of(PDF),
            JPEG, Set.of(JPEG, "image/jpg", "image/pjpeg"),
            PNG, Set.of(PNG, "image/x-png"));

    /** PDF names that start scripts or programs; compared after decoding #xx escapes. */
    private static final Set<String> ACTIVE_PDF_NAMES = Set.of("JavaScript", "JS", "Launch");
    private static final Pattern PDF_NAME = Pattern.compile("/([^\\s/\\[\\]()<>{}%]*)");
    /** The start of a stream's data; "endstream" is not one. */
    private static final Pattern STREAM = Pattern.compile("(?<!end)stream\\r?\\n");
    /** Total inflated bytes examined per PDF; more is treated as a compression bomb. */
    private static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    /** Characters that are legal in file names on some systems but break headers, shells or Windows. */
    private static final Pattern AWKWARD_CHARS = Pattern.compile("[\"'<>:|?*;`$&%{}\\[\\]]");

    private final long maxBytes;

    public UploadPolicy() {
        this(DEFAULT_MAX_BYTES);
    }

    public UploadPolicy(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("Batas ukuran berkas harus lebih dari 0 byte.");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param declaredContentType the type the client sent; null or blank when it sent none
     * @throws UploadRejectedException naming the first problem found
     */
    public CheckedUpload check(String filename, String declaredContentType, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UploadRejectedException(UploadProblem.EMPTY, "Berkas kosong (0 byte).");
        }
        if (bytes.length > maxBytes) {
            throw new UploadRejectedException(UploadProblem.TOO_LARGE, "Berkas berukuran " + humanSize(bytes.length)
                    + " melebihi batas " + humanSize(maxBytes) + ".");
        }
        String safeName = sanitizedFilename(filename);
        String contentType = detectContentType(bytes);
        String extension = extensionOf(safeName);
        if (!EXTENSIONS.get(contentType).contains(extension)) {
            throw new UploadRejectedException(UploadProblem.EXTENSION_MISMATCH, "Isi berkas \"" + safeName
                    + "\" adalah " + contentType + ", tetapi ekstensinya \"" + extension + "\"; gunakan ekstensi "
                    + EXTENSIONS.get(contentType).stream().sorted().toList() + ".");
        }
        String declared = normalisedDeclaredType(declaredContentType);
        if (declared != null && !DECLARED_ALIASES.get(contentType).contains(declared)) {
            throw new UploadRejectedException(UploadProblem.DECLARED_TYPE_MISMATCH, "Jenis berkas yang dikirim ("
                    + declared + ") tidak sesuai dengan isinya (" + contentType + ").");
        }
        if (PDF.equals(contentType)) {
            rejectActivePdfContent(bytes);
        }
        return new CheckedUpload(safeName, contentType, bytes.length, sha256(bytes));
    }

    /** Lower-case hex SHA-256 of the content. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Refuses names that try to reach another directory or carry control characters (a rename cannot make their
     * intent harmless); otherwise normalises Unicode, replaces characters awkward in headers and shells by '_',
     * and shortens long names while keeping the extension.
     */
    private static String sanitizedFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw new UploadRejectedException(UploadProblem.UNSAFE_FILENAME, "Nama berkas kosong.");
        }
        if (filename.indexOf('/') >= 0 || filename.indexOf('\\') >= 0) {
            throw new UploadRejectedException(UploadProblem.UNSAFE_FILENAME,
                    "Nama berkas tidak boleh memuat pemisah folder ('/' atau '\\').");
        }
        if (filename.codePoints().anyMatch(Character::isISOControl)
                || filename.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            throw new UploadRejectedException(UploadProblem.UNSAFE_FILENAME,
                    "Nama berkas memuat karakter kendali atau karakter tak terlihat.");
        }
        String name = Normalizer.normalize(filename.strip(), Normalizer.Form.NFC);
        name = AWKWARD_CHARS.matcher(name).replaceAll("_");
        name = name.replaceAll("\\s+", " ");
        // A leading dot hides the file on Unix and ".." names a parent directory.
        name = name.replaceFirst("^\\.+", "");
        if (name.isBlank()) {
            throw new UploadRejectedException(UploadProblem.UNSAFE_FILENAME, "Nama berkas tidak sah: \"" + filename + "\".");
        }
        if (name.length() > MAX_FILENAME_LENGTH) {
            String extension = extensionOf(name);
            int keep = MAX_FILENAME_LENGTH - extension.length() - 1;
            name = extension.isEmpty() || keep < 1
                    ? name.substring(0, MAX_FILENAME_LENGTH)
                    : name.substring(0, keep) + "." + extension;
        }
        return name;
    }

    private static String detectContentType(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return PNG;
        }
        throw new UploadRejectedException(UploadProblem.UNSUPPORTED_CONTENT,
                "Isi berkas bukan PDF, JPEG atau PNG; hanya ketiga jenis itu yang diterima.");
    }

    private static void rejectActivePdfContent(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        String found = activeName(raw);
        long[] inflatedBudget = {MAX_INFLATED_BYTES};
        Matcher stream = STREAM.matcher(raw);
        while (found == null && stream.find()) {
            String inflated = inflate(bytes, stream.end(), inflatedBudget);
            if (inflated != null) {
                found = activeName(inflated);
            }
        }
        if (found != null) {
            throw new UploadRejectedException(UploadProblem.ACTIVE_PDF_CONTENT, "PDF memuat /" + found
                    + " (skrip atau perintah yang dapat dijalankan); cetak ulang dokumen ke PDF biasa atau unggah"
                    + " hasil pindaian.");
        }
    }

    private static String activeName(String pdfText) {
        Matcher name = PDF_NAME.matcher(pdfText);
        while (name.find()) {
            String decoded = decodeNameEscapes(name.group(1));
            if (ACTIVE_PDF_NAMES.contains(decoded)) {
                return decoded;
            }
        }
        return null;
    }

    /** PDF names may spell any byte as #xx, e.g. /J#61vaScript; readers decode them, so must we. */
    private static String decodeNameEscapes(String name) {
        if (name.indexOf('#') < 0) {
            return name;
        }
        StringBuilder decoded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '#' && i + 2 < name.length() && isHex(name.charAt(i + 1)) && isHex(name.charAt(i + 2))) {
                decoded.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Inflates the stream starting at {@code offset} if it is zlib data; returns null when it is not (images,
     * other filters). Stops with a rejection when the file inflates beyond the budget.
     */
    private static String inflate(byte[] bytes, int offset, long[] budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, bytes.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                budget[0] -= n;
                if (budget[0] < 0) {
                    throw new UploadRejectedException(UploadProblem.ACTIVE_PDF_CONTENT,
                            "PDF memuat aliran terkompresi yang terlalu besar untuk diperiksa.");
                }
                out.write(buffer, 0, n);
            }
            return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
        } catch (DataFormatException notZlib) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static String normalisedDeclaredType(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        int parameters = declared.indexOf(';');
        String type = parameters >= 0 ? declared.substring(0, parameters) : declared;
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static String extensionOf(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 || dot == filename.length() - 1 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** "10 MB", "1,5 MB", "200 KB" or "900 byte", with the Indonesian decimal comma. */
    static String humanSize(long bytes) {
        long kb = 1024;
        long mb = kb * kb;
        if (bytes >= mb) {
            return oneDecimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb), 1, RoundingMode.HALF_UP)) + " MB";
        }
        if (bytes >= kb) {
            return oneDecimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(kb), 1, RoundingMode.HALF_UP)) + " KB";
        }
        return bytes + " byte";
    }

    private static String oneDecimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

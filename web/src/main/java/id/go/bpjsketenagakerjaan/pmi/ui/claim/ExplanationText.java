package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calculator's explanation as a person reads it: the codes it writes (incident kinds such as
 * {@code WORK_ACCIDENT}, benefit codes, confidence levels) become their labels in the viewer's language; so do the
 * channel and rejection reason that the claim's history quotes ("Diterima melalui BRANCH_WALK_IN"). The
 * calculator keeps writing codes, because they are stable across languages and the same explanation is stored with
 * the claim and served by the API; only the page translates them. A capitalised word with no label (JKK, CTT) is an
 * abbreviation people use, and stays.
 */
public final class ExplanationText {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Looked up in this order: an incident kind and a benefit may share a code (RAPE) and then mean the same. */
    private static final List<String> KINDS = List.of("incidentKind.", "benefit.", "confidence.", "channel.", "rejection.");

    private static final String DASH = " – ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ResourceBundle bundle;

    public ExplanationText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The text with every known code replaced by its label; null stays null (no recommendation yet). */
    public String of(String text) {
        if (text == null) {
            return null;
        }
        Matcher code = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (code.find()) {
            out.append(text, last, code.start());
            String label = label(code.group());
            last = code.end();
            if (!label.equals(code.group()) && text.startsWith(DASH + label, last)) {
                last += DASH.length(); // "CODE – its catalogue name", the name starting with the label: say it once
            } else {
                out.append(label);
            }
        }
        return out.append(text.substring(last)).toString();
    }

    /** A rule version such as {@code MEDICAL_ABROAD@2023-03-01} as "Treatment abroad, in force from 01-03-2023". */
    public String ruleVersion(String version) {
        if (version == null || version.isBlank()) {
            return version;
        }
        int at = version.indexOf('@');
        if (at < 0) {
            return label(version);
        }
        String from = version.substring(at + 1);
        try {
            from = LocalDate.parse(from).format(DATE); // the pages' date form
        } catch (DateTimeParseException e) {
            // not a date: shown as stored
        }
        return MessageFormat.format(text("claim.ruleVersionValue", "{0} ({1})"), label(version.substring(0, at)), from);
    }

    private String label(String code) {
        for (String kind : KINDS) {
            if (bundle.containsKey(kind + code)) {
                return bundle.getString(kind + code);
            }
        }
        return code;
    }

    private String text(String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}

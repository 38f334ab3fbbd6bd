package id.go.bpjsketenagakerjaan.pmi.ui.desk;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeRequest;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeResult;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimCircumstance;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskParticipant;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files a walk-in claim for a registered participant (found by NIK or passport) at the officer's unit. The duplicate
 * and fraud signals are previewed before anything is saved; when there are any, the officer must confirm "file
 * anyway", and exactly the previewed claim is filed. The channel comes from the unit's type (server side). Calls one
 * boundary: {@link DeskService}.
 */
@Named
@ViewScoped
public class DeskClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "deskClaim";
    private static final Pattern BENEFIT_FIELD = Pattern.compile("benefits\\[(\\d+)]\\.(benefitCode|amount)");

    @EJB
    DeskService desk;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    /** One benefit the incident kind can pay, ticked or not, with the amount asked for. */
    public static class BenefitLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private boolean chosen;
        private BigDecimal amount;

        BenefitLine(String code) {
            this.code = code;
        }

        public String getCode() { return code; }
        public boolean isChosen() { return chosen; }
        public void setChosen(boolean chosen) { this.chosen = chosen; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    private List<DeskUnit> units;
    private String unitCode;
    private String search;
    private List<DeskParticipant> found = List.of();
    private DeskParticipant participant;
    private IncidentKind incidentKind;
    private LocalDate incidentDate;
    private String incidentPlace;
    private String incidentCountry;
    private List<BenefitLine> benefits = new ArrayList<>();
    private ClaimCircumstance[] circumstances = new ClaimCircumstance[0];
    private String payeeName;
    private String payeeBankCode;
    private String payeeAccountNo;

    /** The request previewed and its signals, waiting for "file anyway". */
    private IntakeRequest previewed;
    private List<Integer> previewedRows = List.of();
    private List<SignalLine> warnings = List.of();
    private IntakeResult filed;

    /** A signal of the preview, for the warning table. */
    public record SignalLine(String benefitCode, Signal signal) implements Serializable {
        public String getBenefitCode() { return benefitCode; }
        public String getKind() { return signal.kind().name(); }
        public String getSeverity() { return signal.severity().name(); }
        public String getEvidence() { return signal.evidence(); }
    }

    @PostConstruct
    void init() {
        units = desk.units();
        unitCode = units.size() == 1 ? units.get(0).getCode() : null;
    }

    public void find() {
        participant = null;
        try {
            found = desk.find(search);
            if (found.isEmpty()) {
                messages.error(FORM + ":search", "desk.notFound");
            } else if (found.size() == 1) {
                select(found.get(0));
            }
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).map("search", "search").show(e);
        }
    }

    public void select(DeskParticipant chosen) {
        participant = chosen;
        payeeName = chosen.getDefaultAccountName();
        payeeBankCode = chosen.getDefaultBankCode();
        payeeAccountNo = chosen.getDefaultAccountNo();
        if (incidentCountry == null) {
            incidentCountry = chosen.getDestinationCountry();
        }
        clearPreview();
    }

    /** The benefits the chosen kind can pay, in catalogue order of their codes. */
    public void kindChanged() {
        List<BenefitLine> lines = new ArrayList<>();
        if (incidentKind != null) {
            incidentKind.payableBenefits().stream().sorted().forEach(code -> lines.add(new BenefitLine(code)));
            if (lines.size() == 1) {
                lines.get(0).setChosen(true);
            }
        }
        benefits = lines;
        clearPreview();
    }

    /** First step: check and preview; files at once when no signal is raised, else shows the warning. */
    public void submit() {
        filed = null;
        IntakeRequest request = request();
        try {
            IntakeResult preview = desk.preview(request);
            if (preview.hasSignals()) {
                previewed = request;
                List<SignalLine> lines = new ArrayList<>();
                preview.claims().forEach(c -> c.signals().forEach(s -> lines.add(new SignalLine(c.benefitCode(), s))));
                warnings = lines;
                messages.error(null, "desk.signalsFound", lines.size());
                return;
            }
            fileNow(request);
        } catch (InvalidInputException e) {
            clearPreview();
            errors().show(e);
        }
    }

    /** Second step after a warning: files exactly what was previewed. */
    public void fileAnyway() {
        if (previewed == null) {
            return;
        }
        try {
            fileNow(previewed);
        } catch (InvalidInputException e) {
            clearPreview();
            errors().show(e);
        }
    }

    public void cancelPreview() {
        clearPreview();
    }

    private void fileNow(IntakeRequest request) {
        filed = desk.file(request);
        clearPreview();
        messages.info(null, "desk.claimFiled", filed.caseNo(), filed.claims().size());
    }

    /** Starts a new claim at the same desk. */
    public void startOver() {
        participant = null;
        found = List.of();
        search = null;
        incidentKind = null;
        incidentDate = null;
        incidentPlace = null;
        incidentCountry = null;
        benefits = new ArrayList<>();
        circumstances = new ClaimCircumstance[0];
        payeeName = null;
        payeeBankCode = null;
        payeeAccountNo = null;
        filed = null;
        clearPreview();
    }

    private void clearPreview() {
        previewed = null;
        warnings = List.of();
    }

    IntakeRequest request() {
        List<IntakeRequest.BenefitRequest> chosen = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < benefits.size(); i++) {
            BenefitLine line = benefits.get(i);
            if (line.isChosen()) {
                chosen.add(new IntakeRequest.BenefitRequest(line.getCode(), line.getAmount() == null ? BigDecimal.ZERO : line.getAmount()));
                rows.add(i);
            }
        }
        previewedRows = rows;
        Set<ClaimCircumstance> context = circumstances == null || circumstances.length == 0 ? Set.of() : EnumSet.copyOf(List.of(circumstances));
        return new IntakeRequest(participant == null ? null : participant.getId(),
                incidentKind == null ? null : incidentKind.name(), incidentDate, incidentPlace,
                incidentCountry == null || incidentCountry.isBlank() ? null : incidentCountry.strip().toUpperCase(),
                unitCode, null, chosen, payeeName, payeeBankCode, payeeAccountNo, context);
    }

    /** Field names of ClaimIntake mapped to this form's inputs; benefits[i] is the i-th ticked row. */
    FieldMessages errors() {
        List<Integer> rows = previewedRows;
        return new FieldMessages(FORM).map("participantId", "search").map("incidentKind", "incidentKind")
                .map("incidentDate", "incidentDate").map("incidentPlace", "incidentPlace")
                .map("incidentCountry", "incidentCountry").map("unitCode", "unit").map("channel", "unit")
                .map("payee", "payeeAccountNo").map("benefits", "benefitsAnchor")
                .fallback(field -> {
                    Matcher m = BENEFIT_FIELD.matcher(field);
                    if (!m.matches()) {
                        return null;
                    }
                    int index = Integer.parseInt(m.group(1));
                    if (index >= rows.size()) {
                        return "benefitsAnchor";
                    }
                    return "benefits:" + rows.get(index) + ":" + ("amount".equals(m.group(2)) ? "amount" : "chosen");
                });
    }

    public String benefitLabelKey(String code) {
        return "benefit." + code;
    }

    public IncidentKind[] getIncidentKinds() {
        return IncidentKind.values();
    }

    public ClaimCircumstance[] getCircumstanceOptions() {
        return ClaimCircumstance.values();
    }

    public LocalDate getToday() {
        return viewerZone.today();
    }

    public DeskUnit getUnit() {
        return units.stream().filter(u -> u.getCode().equals(unitCode)).findFirst().orElse(null);
    }

    public List<DeskUnit> getUnits() { return units; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<DeskParticipant> getFound() { return found; }
    public DeskParticipant getParticipant() { return participant; }
    public IncidentKind getIncidentKind() { return incidentKind; }
    public void setIncidentKind(IncidentKind incidentKind) { this.incidentKind = incidentKind; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate incidentDate) { this.incidentDate = incidentDate; }
    public String getIncidentPlace() { return incidentPlace; }
    public void setIncidentPlace(String incidentPlace) { this.incidentPlace = incidentPlace; }
    public String getIncidentCountry() { return incidentCountry; }
    public void setIncidentCountry(String incidentCountry) { this.incidentCountry = incidentCountry; }
    public List<BenefitLine> getBenefits() { return benefits; }
    public ClaimCircumstance[] getCircumstances() { return circumstances; }
    public void setCircumstances(ClaimCircumstance[] circumstances) { this.circumstances = circumstances; }
    public String getPayeeName() { return payeeName; }
    public void setPayeeName(String payeeName) { this.payeeName = payeeName; }
    public String getPayeeBankCode() { return payeeBankCode; }
    public void setPayeeBankCode(String payeeBankCode) { this.payeeBankCode = payeeBankCode; }
    public String getPayeeAccountNo() { return payeeAccountNo; }
    public void setPayeeAccountNo(String payeeAccountNo) { this.payeeAccountNo = payeeAccountNo; }
    public List<SignalLine> getWarnings() { return warnings; }
    public boolean isWarningShown() { return previewed != null; }
    public IntakeResult getFiled() { return filed; }
}

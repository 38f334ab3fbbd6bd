package id.go.bpjsketenagakerjaan.pmi.ui.desk;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentQuote;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.participant.control.PlacementTerms;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskParticipant;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Walk-in registration at a desk: register a CPMI/PMI with NIK (or the passport-only exception with its reason),
 * then record contributions (amount computed and shown, never typed) and contract extensions for a registered
 * worker found by NIK or passport. Calls one boundary: {@link DeskService}.
 */
@Named
@ViewScoped
public class DeskRegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "deskReg";

    @EJB
    DeskService desk;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private List<DeskUnit> units;
    private Long unitId;
    private int activeTab;

    // registration
    private boolean passportOnly;
    private String reasonWithoutNik;
    private String nik;
    private String passportNo;
    private LocalDate passportExpiry;
    private String fullName;
    private Sex sex;
    private LocalDate birthDate;
    private String addressLine;
    private PlacementChannel channel = PlacementChannel.AGENCY;
    private String agencyName;
    private String agencyLicence;
    private String destinationCountry;
    private String employerName;
    private String jobTitle;
    private LocalDate contractStart;
    private Integer contractMonths = 24;

    // existing participant
    private String search;
    private List<DeskParticipant> found = List.of();
    private DeskParticipant participant;
    private Long placementId;
    private Tranche tranche = Tranche.BEFORE_WORK;
    private Integer months;
    private LocalDate paidOn;
    private String paymentRef;
    private PaymentQuote quote;
    private Integer extensionMonths;

    @PostConstruct
    void init() {
        units = desk.units();
        unitId = units.size() == 1 ? units.get(0).getId() : null;
        paidOn = viewerZone.today();
    }

    public void register() {
        PlacementTerms terms = new PlacementTerms(channel, blank(agencyName), blank(agencyLicence),
                destinationCountry == null ? null : destinationCountry.strip().toUpperCase(), employerName, jobTitle,
                contractStart, contractMonths == null ? 0 : contractMonths);
        RegistrationForm form = new RegistrationForm(passportOnly ? null : nik, blank(passportNo), passportExpiry, null,
                fullName, sex, birthDate, addressLine, null, null, terms, null, unitId);
        try {
            participant = desk.register(form, passportOnly, reasonWithoutNik);
            found = List.of(participant);
            placementId = participant.getPlacements().isEmpty() ? null : participant.getPlacements().get(0).getId();
            tranche = channel == PlacementChannel.PERSEORANGAN ? Tranche.DURING_AFTER : Tranche.BEFORE_WORK;
            quote = null;
            activeTab = 1;
            messages.info(null, "desk.registered", participant.getFullName());
        } catch (InvalidInputException e) {
            registrationErrors().show(e);
        }
    }

    public void find() {
        participant = null;
        quote = null;
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
        placementId = chosen.getPlacements().isEmpty() ? null
                : chosen.getPlacements().get(chosen.getPlacements().size() - 1).getId();
        quote = null;
    }

    public void computeQuote() {
        quote = null;
        if (placementId == null) {
            messages.error(FORM + ":placement", "desk.choosePlacement");
            return;
        }
        try {
            quote = desk.quote(placementId, tranche, months == null ? 0 : months, null, paidOn);
        } catch (InvalidInputException e) {
            paymentErrors().show(e);
        }
    }

    public void recordPayment() {
        if (placementId == null) {
            messages.error(FORM + ":placement", "desk.choosePlacement");
            return;
        }
        try {
            ContributionPayment payment = desk.recordPayment(placementId, tranche, months == null ? 0 : months, null,
                    paidOn, paymentRef);
            messages.info(null, "desk.paymentRecorded", rupiah(payment.getAmount().amount()), payment.getPaidOn());
            quote = null;
            paymentRef = null;
        } catch (InvalidInputException e) {
            paymentErrors().show(e);
        }
    }

    public void extend() {
        if (placementId == null || participant == null) {
            messages.error(FORM + ":placement", "desk.choosePlacement");
            return;
        }
        long version = participant.getPlacements().stream().filter(p -> p.getId() == placementId).findFirst()
                .map(DeskParticipant.PlacementLine::getVersion).orElse(0L);
        try {
            participant = desk.extendContract(participant.getId(), placementId, extensionMonths == null ? 0 : extensionMonths, version);
            messages.info(null, "desk.extended", extensionMonths);
            tranche = Tranche.EXTENSION;
            months = extensionMonths;
            extensionMonths = null;
        } catch (InvalidInputException e) {
            new FieldMessages(FORM).map("extensionMonths", "tabs:extensionMonths").map("months", "tabs:extensionMonths").show(e);
        } catch (EJBException | OptimisticLockException e) {
            messages.error(null, "desk.stale");
            participant = desk.participant(participant.getId());
        }
    }

    private FieldMessages registrationErrors() {
        return new FieldMessages(FORM).map("serviceUnitId", "unit").map("nik", "tabs:nik").map("passportNo", "tabs:passportNo")
                .map("passportExpiry", "tabs:passportExpiry").map("reason", "tabs:reason").map("fullName", "tabs:fullName")
                .map("sex", "tabs:sex").map("birthDate", "tabs:birthDate").map("addressLine", "tabs:addressLine")
                .map("provinceCode", "tabs:addressLine").map("regencyCode", "tabs:addressLine")
                .map("placement", "tabs:channel").map("placement.channel", "tabs:channel")
                .map("placement.agencyName", "tabs:agencyName").map("placement.agencyLicence", "tabs:agencyLicence")
                .map("placement.destinationCountry", "tabs:destinationCountry")
                .map("placement.employerName", "tabs:employerName").map("placement.jobTitle", "tabs:jobTitle")
                .map("placement.contractStart", "tabs:contractStart").map("placement.contractMonths", "tabs:contractMonths");
    }

    private FieldMessages paymentErrors() {
        return new FieldMessages(FORM).map("tranche", "tabs:tranche").map("months", "tabs:months")
                .map("paidOn", "tabs:paidOn").map("paymentRef", "tabs:paymentRef").map("placementId", "tabs:placement");
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String rupiah(BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("id"));
        format.setMaximumFractionDigits(0);
        return "Rp " + format.format(amount);
    }

    public String getQuoteAmount() {
        return quote == null ? null : rupiah(quote.amount().amount());
    }

    public String getQuoteExplanation() {
        return quote == null ? null : quote.explanationText();
    }

    public Tranche[] getTranches() {
        return new Tranche[]{Tranche.BEFORE_WORK, Tranche.DURING_AFTER, Tranche.EXTENSION};
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public PlacementChannel[] getChannels() {
        return PlacementChannel.values();
    }

    public LocalDate getToday() {
        return viewerZone.today();
    }

    public List<DeskUnit> getUnits() { return units; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public boolean isPassportOnly() { return passportOnly; }
    public void setPassportOnly(boolean passportOnly) { this.passportOnly = passportOnly; }
    public String getReasonWithoutNik() { return reasonWithoutNik; }
    public void setReasonWithoutNik(String reasonWithoutNik) { this.reasonWithoutNik = reasonWithoutNik; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getPassportNo() { return passportNo; }
    public void setPassportNo(String passportNo) { this.passportNo = passportNo; }
    public LocalDate getPassportExpiry() { return passportExpiry; }
    public void setPassportExpiry(LocalDate passportExpiry) { this.passportExpiry = passportExpiry; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public PlacementChannel getChannel() { return channel; }
    public void setChannel(PlacementChannel channel) { this.channel = channel; }
    public String getAgencyName() { return agencyName; }
    public void setAgencyName(String agencyName) { this.agencyName = agencyName; }
    public String getAgencyLicence() { return agencyLicence; }
    public void setAgencyLicence(String agencyLicence) { this.agencyLicence = agencyLicence; }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) { this.destinationCountry = destinationCountry; }
    public String getEmployerName() { return employerName; }
    public void setEmployerName(String employerName) { this.employerName = employerName; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public LocalDate getContractStart() { return contractStart; }
    public void setContractStart(LocalDate contractStart) { this.contractStart = contractStart; }
    public Integer getContractMonths() { return contractMonths; }
    public void setContractMonths(Integer contractMonths) { this.contractMonths = contractMonths; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<DeskParticipant> getFound() { return found; }
    public DeskParticipant getParticipant() { return participant; }
    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long placementId) { this.placementId = placementId; }
    public Tranche getTranche() { return tranche; }
    public void setTranche(Tranche tranche) { this.tranche = tranche; }
    public Integer getMonths() { return months; }
    public void setMonths(Integer months) { this.months = months; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getPaymentRef() { return paymentRef; }
    public void setPaymentRef(String paymentRef) { this.paymentRef = paymentRef; }
    public PaymentQuote getQuote() { return quote; }
    public Integer getExtensionMonths() { return extensionMonths; }
    public void setExtensionMonths(Integer extensionMonths) { this.extensionMonths = extensionMonths; }
}

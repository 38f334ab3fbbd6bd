package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.shared.Masking;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A participant as the desk shows it: NIK masked, placements with what an officer may act on. */
public class DeskParticipant implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;
    private final String maskedNik;
    private final String passportNo;
    private final String kpjNo;
    private final ParticipantType type;
    private final String destinationCountry;
    private final boolean nikException;
    private final Instant registeredAt;
    private final List<PlacementLine> placements;
    private final String defaultAccountName;
    private final String defaultBankCode;
    private final String defaultAccountNo;

    /** One placement (work contract). */
    public static class PlacementLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final PlacementChannel channel;
        private final String agency;
        private final String destinationCountry;
        private final String employerName;
        private final String jobTitle;
        private final LocalDate contractStart;
        private final int contractMonths;
        private final int extensionMonths;
        private final LocalDate registeredOn;
        private final long version;

        PlacementLine(Placement p) {
            this.id = p.getId();
            this.channel = p.getChannel();
            this.agency = p.agencyLabel();
            this.destinationCountry = p.getDestinationCountry();
            this.employerName = p.getEmployerName();
            this.jobTitle = p.getJobTitle();
            this.contractStart = p.getContractStart();
            this.contractMonths = p.getContractMonths();
            this.extensionMonths = p.getExtensionMonths();
            this.registeredOn = p.getRegisteredOn();
            this.version = p.getVersion();
        }

        public long getId() { return id; }
        public PlacementChannel getChannel() { return channel; }
        public String getAgency() { return agency; }
        public String getDestinationCountry() { return destinationCountry; }
        public String getEmployerName() { return employerName; }
        public String getJobTitle() { return jobTitle; }
        public LocalDate getContractStart() { return contractStart; }
        public int getContractMonths() { return contractMonths; }
        public int getExtensionMonths() { return extensionMonths; }
        public int getTotalMonths() { return contractMonths + extensionMonths; }
        public LocalDate getRegisteredOn() { return registeredOn; }
        public long getVersion() { return version; }
        public String getLabel() {
            return destinationCountry + " · " + employerName + " · " + registeredOn + " (" + (contractMonths + extensionMonths) + " bln)";
        }
    }

    DeskParticipant(Participant p) {
        this.id = p.getId();
        this.fullName = p.getFullName();
        this.maskedNik = p.getNik() == null ? null : Masking.nik(p.getNik());
        this.passportNo = p.getPassportNo();
        this.kpjNo = p.getKpjNo();
        this.type = p.getType();
        this.destinationCountry = p.getDestinationCountry();
        this.nikException = p.isNikException();
        this.registeredAt = p.getRegisteredAt();
        this.placements = p.getPlacements().stream().map(PlacementLine::new).toList();
        var account = p.getBankAccounts().stream().findFirst();
        this.defaultAccountName = account.map(a -> a.getHolderName()).orElse(p.getFullName());
        this.defaultBankCode = account.map(a -> a.getBankCode()).orElse(null);
        this.defaultAccountNo = account.map(a -> a.getAccountNo()).orElse(null);
    }

    public long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getMaskedNik() { return maskedNik; }
    public String getPassportNo() { return passportNo; }
    public String getKpjNo() { return kpjNo; }
    public ParticipantType getType() { return type; }
    public String getDestinationCountry() { return destinationCountry; }
    public boolean isNikException() { return nikException; }
    public Instant getRegisteredAt() { return registeredAt; }
    public List<PlacementLine> getPlacements() { return placements; }
    public String getDefaultAccountName() { return defaultAccountName; }
    public String getDefaultBankCode() { return defaultBankCode; }
    public String getDefaultAccountNo() { return defaultAccountNo; }
}

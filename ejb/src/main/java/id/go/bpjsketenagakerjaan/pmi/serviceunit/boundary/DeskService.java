package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.ClaimIntakeService;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeRequest;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeResult;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageService;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentQuote;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantService;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.DeskChannel;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk-in desk of a branch, district or overseas unit, a lounge or an LTSA: one façade for the desk pages over
 * the registry, the coverage ledger and claim intake. A branch officer works only at their own unit (registrations
 * and claims at another unit are refused); the channel of a claim comes from the unit's type, never from the form.
 * Bad input comes back as {@link InvalidInputException} naming each field, with nothing written.
 */
@Stateless
@RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
public class DeskService {

    @EJB
    ParticipantService participants;

    @EJB
    CoverageService coverage;

    @EJB
    ClaimIntakeService intake;

    /** The units whose desk this user may work at: a branch officer their own, an adjudicator any. */
    public List<DeskUnit> units() {
        return intake.units().stream().map(DeskService::deskUnit).toList();
    }

    /** Participants by NIK (16 digits) or passport number; empty when none. */
    public List<DeskParticipant> find(String nikOrPassport) {
        String key = nikOrPassport == null ? "" : nikOrPassport.replaceAll("\\s", "").toUpperCase();
        if (key.isEmpty()) {
            throw new InvalidInputException("search", "Isi NIK atau nomor paspor.");
        }
        List<Participant> found = new ArrayList<>();
        if (key.matches("\\d{16}")) {
            participants.findByNik(key).ifPresent(found::add);
        } else {
            found.addAll(participants.findByPassport(key));
        }
        return found.stream().map(p -> new DeskParticipant(participants.find(p.getId()))).toList();
    }

    public DeskParticipant participant(long participantId) {
        return new DeskParticipant(participants.find(participantId));
    }

    /**
     * Registers a worker at the desk's unit: with a NIK, or (when {@code reasonWithoutNik} is given) on the
     * passport-only exception path.
     */
    public DeskParticipant register(RegistrationForm form, boolean passportOnly, String reasonWithoutNik) {
        requireDeskUnit(form == null ? null : form.serviceUnitId(), "serviceUnitId");
        Participant registered = passportOnly ? participants.registerPassportOnly(form, reasonWithoutNik)
                : participants.register(form);
        return participant(registered.getId());
    }

    /** The contribution a payment would be, computed (never typed in). */
    public PaymentQuote quote(long placementId, Tranche tranche, int months, Money jhtMonthly, LocalDate paidOn) {
        return coverage.quote(placementId, tranche, months, jhtMonthly, paidOn);
    }

    /** Records a contribution payment; the amount is computed by the ledger. */
    public ContributionPayment recordPayment(long placementId, Tranche tranche, int months, Money jhtMonthly,
                                             LocalDate paidOn, String paymentRef) {
        return coverage.recordPayment(placementId, tranche, months, jhtMonthly, paidOn, paymentRef);
    }

    /** Registers a contract extension; its months protect once the EXTENSION contribution is paid. */
    public DeskParticipant extendContract(long participantId, long placementId, int months, long expectedVersion) {
        participants.extendContract(placementId, months, expectedVersion);
        return participant(participantId);
    }

    /** The duplicate/fraud signals filing would raise, without writing anything. */
    public IntakeResult preview(IntakeRequest request) {
        return intake.preview(atDesk(request));
    }

    /** Files the claim(s) at the desk's unit with the unit's channel; duplicates are filed with their signal. */
    public IntakeResult file(IntakeRequest request) {
        return intake.file(atDesk(request));
    }

    private IntakeRequest atDesk(IntakeRequest request) {
        if (request == null) {
            throw new InvalidInputException("request", "Permohonan klaim kosong.");
        }
        DeskUnit unit = units().stream().filter(u -> u.getCode().equals(request.unitCode())).findFirst()
                .orElseThrow(() -> new InvalidInputException("unitCode",
                        "Pilih unit layanan tempat Anda bertugas."));
        return new IntakeRequest(request.participantId(), request.incidentKind(), request.incidentDate(),
                request.incidentPlace(), request.incidentCountry(), unit.getCode(), unit.getChannel(), request.benefits(),
                request.payeeName(), request.payeeBankCode(), request.payeeAccountNo(), request.circumstances());
    }

    private void requireDeskUnit(Long unitId, String field) {
        if (unitId == null || units().stream().noneMatch(u -> u.getId() == unitId)) {
            throw new InvalidInputException(field, "Pilih unit layanan tempat Anda bertugas.");
        }
    }

    private static DeskUnit deskUnit(ServiceUnit unit) {
        return new DeskUnit(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), DeskChannel.of(unit.getType()));
    }
}

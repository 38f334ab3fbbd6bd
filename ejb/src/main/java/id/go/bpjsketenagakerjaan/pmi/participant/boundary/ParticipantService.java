package id.go.bpjsketenagakerjaan.pmi.participant.boundary;

import id.go.bpjsketenagakerjaan.pmi.participant.control.BankAccountForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyMemberForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.BankAccount;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The participant registry: CPMI, PMI and PMI purna with identity, address, placements, family and bank accounts.
 * Read by case workers and managers; written by branch officers and adjudicators. Bad input comes back as an
 * {@link id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException} naming the field, with nothing written; an
 * edit based on a stale version fails with an {@link jakarta.persistence.OptimisticLockException} (wrapped by the
 * container). Entities returned have their placements, family and accounts loaded.
 */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER})
public class ParticipantService {

    @Inject
    ParticipantRegistry registry;

    @Resource
    SessionContext session;

    /** Registers a worker with a valid NIK and the first placement; starts as CPMI. */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public Participant register(RegistrationForm form) {
        return registry.register(form, caller());
    }

    /** The exception path for workers without NIK (often re-entry PMI): passport only, flagged for follow-up. */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public Participant registerPassportOnly(RegistrationForm form, String reasonWithoutNik) {
        return registry.registerPassportOnly(form, reasonWithoutNik, caller());
    }

    /** Ends the passport-only exception with the worker's NIK. */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public Participant supplyNik(long participantId, String nik, long expectedVersion) {
        return registry.supplyNik(participantId, nik, expectedVersion, caller());
    }

    /** Registers a contract extension; its months protect once paid (CoverageService.recordPayment, EXTENSION). */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public Placement extendContract(long placementId, int months, long expectedVersion) {
        return registry.extendContract(placementId, months, expectedVersion, caller());
    }

    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public FamilyMember addFamilyMember(long participantId, FamilyMemberForm form) {
        return registry.addFamilyMember(participantId, form, caller());
    }

    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public BankAccount addBankAccount(long participantId, BankAccountForm form) {
        return registry.addBankAccount(participantId, form, caller());
    }

    public Participant find(long participantId) {
        return registry.details(participantId);
    }

    public Optional<Participant> findByNik(String nik) {
        return registry.findByNik(nik);
    }

    /** Usually one; a passport may appear on more than one record until duplicates are merged. */
    public List<Participant> findByPassport(String passportNo) {
        return registry.findByPassport(passportNo);
    }

    /** Passport-only registrations still waiting for a NIK, oldest first. */
    public List<Participant> nikFollowUps(int max) {
        return registry.nikFollowUps(max);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

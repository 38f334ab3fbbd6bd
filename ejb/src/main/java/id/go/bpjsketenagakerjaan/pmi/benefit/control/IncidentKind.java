package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import static id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes.*;

import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.util.Set;

/**
 * What happened. Each kind names the programme that bears it (its cover is checked on the incident date),
 * the benefits that can be paid for it, and the ones considered even when nobody claimed them explicitly
 * (lump sums triggered by the event itself).
 */
public enum IncidentKind {
    WORK_ACCIDENT(Programme.JKK, Set.of(), Injury.PAYABLE),
    /** The incident date is the date of diagnosis (the 5-year claim limit runs from it). */
    OCCUPATIONAL_DISEASE(Programme.JKK, Set.of(), Injury.PAYABLE),
    /** Proven violence other than rape: medical care and its consequences. */
    VIOLENCE(Programme.JKK, Set.of(), Injury.PAYABLE),
    DEATH_WORK_ACCIDENT(Programme.JKK, Set.of(JKK_DEATH),
            Set.of(JKK_DEATH, MEDICAL_ID, MEDICAL_ABROAD, TRANSPORT, SCHOLARSHIP, JHT_BALANCE)),
    DEATH_OTHER(Programme.JKM, Set.of(JKM_DEATH_BA, JKM_DEATH_D),
            Set.of(JKM_DEATH_BA, JKM_DEATH_D, SCHOLARSHIP, JHT_BALANCE)),
    FAILED_DEPARTURE(Programme.JKK, Set.of(BenefitCodes.FAILED_DEPARTURE), Set.of(BenefitCodes.FAILED_DEPARTURE)),
    JOURNEY_LOSS(Programme.JKK, Set.of(BenefitCodes.JOURNEY_LOSS), Set.of(BenefitCodes.JOURNEY_LOSS)),
    /** Rape: the lump sum already includes any disability compensation. */
    RAPE(Programme.JKK, Set.of(BenefitCodes.RAPE),
            Set.of(BenefitCodes.RAPE, MEDICAL_ID, MEDICAL_ABROAD, HOME_CARE, TRANSPORT, BenefitCodes.PROBLEM_RETURN)),
    FAILED_PLACEMENT(Programme.JKK, Set.of(BenefitCodes.FAILED_PLACEMENT), Set.of(BenefitCodes.FAILED_PLACEMENT)),
    MISMATCHED_PLACEMENT(Programme.JKK, Set.of(BenefitCodes.MISMATCHED_PLACEMENT),
            Set.of(BenefitCodes.MISMATCHED_PLACEMENT)),
    TERMINATION_ACCIDENT(Programme.JKK, Set.of(BenefitCodes.TERMINATION_ACCIDENT),
            Set.of(BenefitCodes.TERMINATION_ACCIDENT)),
    TERMINATION_UNILATERAL(Programme.JKK, Set.of(BenefitCodes.TERMINATION_UNILATERAL),
            Set.of(BenefitCodes.TERMINATION_UNILATERAL)),
    PROBLEM_RETURN(Programme.JKK, Set.of(BenefitCodes.PROBLEM_RETURN), Set.of(BenefitCodes.PROBLEM_RETURN)),
    /** Withdrawal of the voluntary JHT savings. */
    JHT_WITHDRAWAL(Programme.JHT, Set.of(JHT_BALANCE), Set.of(JHT_BALANCE));

    /** Benefits for a living worker hurt or made ill; a holder class because enum constants cannot share a static field. */
    private static final class Injury {
        static final Set<String> PAYABLE = Set.of(MEDICAL_ID, MEDICAL_ABROAD, HOME_CARE, TRANSPORT, DISABILITY,
                DISABILITY_PERIODIC, PROSTHESIS, DENTURES, HEARING_AID, GLASSES, RETURN_TO_WORK,
                BenefitCodes.PROBLEM_RETURN, SCHOLARSHIP, JHT_BALANCE);
    }

    private final Programme programme;
    private final Set<String> automatic;
    private final Set<String> payable;

    IncidentKind(Programme programme, Set<String> automatic, Set<String> payable) {
        this.programme = programme;
        this.automatic = automatic;
        this.payable = payable;
    }

    public Programme programme() {
        return programme;
    }

    /** Benefits considered for every incident of this kind, claimed or not. */
    public Set<String> automaticBenefits() {
        return automatic;
    }

    /** Benefits that can be paid for an incident of this kind. */
    public Set<String> payableBenefits() {
        return payable;
    }

    public boolean isDeath() {
        return this == DEATH_WORK_ACCIDENT || this == DEATH_OTHER;
    }
}

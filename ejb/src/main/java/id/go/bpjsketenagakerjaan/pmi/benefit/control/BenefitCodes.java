package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** The catalogue codes the calculator knows by name (the column {@code benefit_version.code}). */
public final class BenefitCodes {

    public static final String MEDICAL_ID = "MEDICAL_ID";
    public static final String MEDICAL_ABROAD = "MEDICAL_ABROAD";
    public static final String HOME_CARE = "HOME_CARE";
    public static final String TRANSPORT = "TRANSPORT";
    public static final String DISABILITY = "DISABILITY";
    public static final String DISABILITY_PERIODIC = "DISABILITY_PERIODIC";
    public static final String JKK_DEATH = "JKK_DEATH";
    public static final String PROSTHESIS = "PROSTHESIS";
    public static final String DENTURES = "DENTURES";
    public static final String HEARING_AID = "HEARING_AID";
    public static final String GLASSES = "GLASSES";
    public static final String RETURN_TO_WORK = "RETURN_TO_WORK";
    public static final String FAILED_DEPARTURE = "FAILED_DEPARTURE";
    public static final String JOURNEY_LOSS = "JOURNEY_LOSS";
    public static final String RAPE = "RAPE";
    public static final String FAILED_PLACEMENT = "FAILED_PLACEMENT";
    public static final String MISMATCHED_PLACEMENT = "MISMATCHED_PLACEMENT";
    public static final String TERMINATION_ACCIDENT = "TERMINATION_ACCIDENT";
    public static final String TERMINATION_UNILATERAL = "TERMINATION_UNILATERAL";
    public static final String PROBLEM_RETURN = "PROBLEM_RETURN";
    public static final String JKM_DEATH_BA = "JKM_DEATH_BA";
    public static final String JKM_DEATH_D = "JKM_DEATH_D";
    public static final String SCHOLARSHIP = "SCHOLARSHIP";
    public static final String JHT_BALANCE = "JHT_BALANCE";

    private BenefitCodes() {
    }
}

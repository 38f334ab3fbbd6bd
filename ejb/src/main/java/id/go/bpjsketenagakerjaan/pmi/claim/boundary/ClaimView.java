package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseNote;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimAction;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the claim page shows, loaded in one call: the claim with its documents, signals and history, its case,
 * the participant with the NIK masked unless the viewer's role needs it, and the actions this viewer may take.
 */
public final class ClaimView implements Serializable {

    private final Claim claim;
    private final List<CaseNote> notes;
    private final String participantNik;
    private final boolean nikShownInFull;
    private final String passportNo;
    private final Set<ClaimAction> actions;
    private final SlaStatus slaStatus;
    private final LocalDate slaDueDate;

    ClaimView(Claim claim, List<CaseNote> notes, String participantNik, boolean nikShownInFull, String passportNo,
              Set<ClaimAction> actions, SlaStatus slaStatus, LocalDate slaDueDate) {
        this.claim = claim;
        this.notes = List.copyOf(notes);
        this.participantNik = participantNik;
        this.nikShownInFull = nikShownInFull;
        this.passportNo = passportNo;
        this.actions = Set.copyOf(actions);
        this.slaStatus = slaStatus;
        this.slaDueDate = slaDueDate;
    }

    /** For Expression Language: {@code #{view.can('APPROVE')}}. */
    public boolean can(String action) {
        return actions.contains(ClaimAction.valueOf(action));
    }

    public Claim getClaim() { return claim; }
    public CaseFile getCaseFile() { return claim.getCaseFile(); }
    public List<CaseNote> getNotes() { return notes; }
    public String getParticipantNik() { return participantNik; }
    public boolean isNikShownInFull() { return nikShownInFull; }
    public String getPassportNo() { return passportNo; }
    public Set<ClaimAction> getActions() { return actions; }
    public SlaStatus getSlaStatus() { return slaStatus; }
    public LocalDate getSlaDueDate() { return slaDueDate; }
}

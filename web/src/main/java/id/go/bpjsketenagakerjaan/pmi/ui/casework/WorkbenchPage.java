package id.go.bpjsketenagakerjaan.pmi.ui.casework;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.WorkQueueService;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.WorkQueueService.Workload;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.WorkQueueService.ClaimRef;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.WorkQueueService.Outcome;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.ui.claim.ClaimRowModel;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The adjudicator's workbench: my queue and the team queue, with SLA badges and bulk reassignment. */
@Named
@ViewScoped
public class WorkbenchPage implements Serializable {

    @EJB
    WorkQueueService queues;

    @Inject
    Messages messages;

    private ClaimRowModel mine;
    private ClaimRowModel team;
    private List<ClaimRow> selectedMine = new ArrayList<>();
    private List<ClaimRow> selectedTeam = new ArrayList<>();
    private List<String> adjudicators;
    private String reassignTo;
    private List<Outcome> outcomes = List.of();
    private String moveFrom;
    private List<Workload> workloads;

    @PostConstruct
    void init() {
        mine = new ClaimRowModel(new ClaimRowModel.Source() {
            @Override
            public long count(ClaimFilter filter) {
                return queues.countMine(filter);
            }

            @Override
            public List<ClaimRow> page(ClaimFilter filter, int first, int pageSize) {
                return queues.mine(filter, first, pageSize);
            }
        });
        team = new ClaimRowModel(new ClaimRowModel.Source() {
            @Override
            public long count(ClaimFilter filter) {
                return queues.countTeam(filter);
            }

            @Override
            public List<ClaimRow> page(ClaimFilter filter, int first, int pageSize) {
                return queues.team(filter, first, pageSize);
            }

            @Override
            public int countCap() {
                return WorkQueueService.TEAM_COUNT_CAP;
            }
        });
        adjudicators = queues.adjudicators();
    }

    public void reassign() {
        List<ClaimRow> selected = new ArrayList<>(selectedMine);
        selected.addAll(selectedTeam);
        if (selected.isEmpty() || reassignTo == null) {
            messages.error(null, "workbench.chooseClaimsAndUser");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            outcomes = queues.reassign(selected.stream().map(r -> new ClaimRef(r.getId(), r.getVersion(), r.getClaimNo())).toList(),
                    reassignTo);
            long done = outcomes.stream().filter(Outcome::done).count();
            messages.info(null, "workbench.reassigned", done, outcomes.size());
        } catch (ClaimTransitionException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        selectedMine = new ArrayList<>();
        selectedTeam = new ArrayList<>();
    }

    /** Supervisors: every open claim of one adjudicator to another (someone away). */
    public void moveAll() {
        if (moveFrom == null || reassignTo == null) {
            messages.error(null, "workbench.chooseFromAndTo");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            outcomes = queues.moveAll(moveFrom, reassignTo);
            long done = outcomes.stream().filter(Outcome::done).count();
            messages.info(null, "workbench.reassigned", done, outcomes.size());
            workloads = queues.workloads();
        } catch (ClaimTransitionException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<Workload> getWorkloads() {
        if (workloads == null) {
            workloads = queues.workloads();
        }
        return workloads;
    }

    public String getMoveFrom() { return moveFrom; }
    public void setMoveFrom(String moveFrom) { this.moveFrom = moveFrom; }
    public ClaimStatus[] getStatuses() { return ClaimStatus.values(); }
    public ClaimRowModel getMine() { return mine; }
    public ClaimRowModel getTeam() { return team; }
    public List<ClaimRow> getSelectedMine() { return selectedMine; }
    public void setSelectedMine(List<ClaimRow> selectedMine) { this.selectedMine = selectedMine; }
    public List<ClaimRow> getSelectedTeam() { return selectedTeam; }
    public void setSelectedTeam(List<ClaimRow> selectedTeam) { this.selectedTeam = selectedTeam; }
    public List<String> getAdjudicators() { return adjudicators; }
    public String getReassignTo() { return reassignTo; }
    public void setReassignTo(String reassignTo) { this.reassignTo = reassignTo; }
    public List<Outcome> getOutcomes() { return outcomes; }
}

package id.go.bpjsketenagakerjaan.pmi.ui.intake;

import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ImportMonitor;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ImportSummary;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The SISKOP2MI bulk imports with their progress; the page polls while one is still running. */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final int SHOWN = 50;

    @EJB
    ImportMonitor monitor;

    @Inject
    ViewerZone viewerZone;

    private List<ImportSummary> imports;
    private ImportSummary selected;
    private List<ImportSummary.Problem> problems = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    /** Called by the poll and after a selection: the figures change while an import runs. */
    public void refresh() {
        imports = monitor.recent(SHOWN);
        if (selected != null) {
            long id = selected.getId();
            selected = imports.stream().filter(i -> i.getId() == id).findFirst().orElse(null);
            problems = selected == null ? List.of() : monitor.rejectedRows(id);
        }
    }

    public void show(ImportSummary summary) {
        selected = summary;
        problems = monitor.rejectedRows(summary.getId());
    }

    public boolean isRunning() {
        return imports.stream().anyMatch(ImportSummary::isUnfinished);
    }

    public String at(Instant instant) {
        return viewerZone.atSeconds(instant);
    }

    public List<ImportSummary> getImports() { return imports; }
    public ImportSummary getSelected() { return selected; }
    public List<ImportSummary.Problem> getProblems() { return problems; }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.boundary;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageAssessor.TimelineWindow;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.util.List;

/**
 * A participant's coverage for the UI: every window of JKK and JKM per placement in order of start (JHT follows
 * JKM), and the leaves in Indonesia (inside the during-work window they are covered by JKM, not JKK).
 */
public record CoverageTimeline(long participantId, List<TimelineWindow> windows, List<Period> leavesInIndonesia) {

    public CoverageTimeline {
        windows = List.copyOf(windows);
        leavesInIndonesia = List.copyOf(leavesInIndonesia);
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision.Verdict;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may approve a claim's recommended amount, and how many approvals it needs. Plain Java: the levels come from
 * the table {@code authority_level}, the claim's facts from {@link ClaimEditors} and {@code payout_approval}.
 *
 * <p>The ladder: levels ordered by rank, each with an upper limit strictly above the one below, only the top one
 * may be unlimited. <b>The level a claim needs</b> is the lowest level whose limit covers the amount; that level's
 * {@code approvals_required} is how many <b>distinct</b> approvers the claim needs. <b>Every</b> approval must come
 * from an approver whose own limit covers the amount (a two-approval claim above the deputy threshold needs two
 * deputy directors, or a deputy and someone with an even higher limit).
 *
 * <p>Refused, in this order, whatever roles the approver holds: no recommended amount; the approver recommended it
 * (maker is never checker); the approver holds ADMIN (administrators set the limits and never approve); the approver
 * already approved it in this cycle; the approver edited it (see {@link ClaimEditors}); unacknowledged signals; no
 * authority level; the amount is above the approver's limit (ROUTED_UP, naming the level needed).
 */
public final class ApprovalPolicy {

    private final List<AuthorityRule> ladder;

    public ApprovalPolicy(List<AuthorityRule> levels) {
        this.ladder = validated(levels);
    }

    /** Checks a ladder as an administrator would change it; returns it sorted by rank or throws with the reason. */
    public static List<AuthorityRule> validated(List<AuthorityRule> levels) {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("Belum ada tingkat kewenangan persetujuan.");
        }
        List<AuthorityRule> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.comparingInt(AuthorityRule::rank));
        for (int i = 0; i < sorted.size(); i++) {
            AuthorityRule level = sorted.get(i);
            boolean top = i == sorted.size() - 1;
            if (level.upperLimit() == null && !top) {
                throw new IllegalArgumentException("Hanya tingkat tertinggi yang boleh tanpa batas; " + level.code()
                        + " berada di bawah " + sorted.get(i + 1).code() + ".");
            }
            if (level.upperLimit() != null && !level.upperLimit().isGreaterThan(Money.ZERO)) {
                throw new IllegalArgumentException("Batas " + level.code() + " harus lebih dari nol.");
            }
            if (i > 0 && level.rank() == sorted.get(i - 1).rank()) {
                throw new IllegalArgumentException("Tingkat " + level.code() + " dan " + sorted.get(i - 1).code()
                        + " memiliki urutan yang sama.");
            }
            if (i > 0 && level.upperLimit() != null && !level.upperLimit().isGreaterThan(sorted.get(i - 1).upperLimit())) {
                throw new IllegalArgumentException("Batas " + level.code() + " (" + level.upperLimit()
                        + ") harus lebih tinggi dari batas " + sorted.get(i - 1).code() + " (" + sorted.get(i - 1).upperLimit() + ").");
            }
        }
        return List.copyOf(sorted);
    }

    public List<AuthorityRule> ladder() {
        return ladder;
    }

    /** The lowest level whose limit covers the amount; empty when even the top level's limit is below it. */
    public Optional<AuthorityRule> requiredLevel(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return ladder.stream().filter(level -> level.covers(amount)).findFirst();
    }

    public Optional<AuthorityRule> level(String code) {
        return ladder.stream().filter(level -> level.code().equals(code)).findFirst();
    }

    public ApprovalDecision decide(ApprovalRequest request) {
        String claim = "Klaim " + request.claimNo();
        if (request.amount() == null || !request.amount().isGreaterThan(Money.ZERO)) {
            return refused(Verdict.REFUSED_NO_AMOUNT, claim + " belum memiliki jumlah rekomendasi yang dapat disetujui.", 0, null);
        }
        Optional<AuthorityRule> needed = requiredLevel(request.amount());
        if (needed.isEmpty()) {
            return refused(Verdict.ROUTED_UP, claim + " sebesar " + request.amount()
                    + " melebihi batas semua tingkat kewenangan; hubungi administrator.", 0, null);
        }
        AuthorityRule required = needed.get();
        int approvals = required.approvalsRequired();
        String approver = request.approver();
        if (Objects.equals(approver, request.recommendedBy())) {
            return refused(Verdict.REFUSED_MAKER, claim + " direkomendasikan oleh " + approver
                    + "; pemberi rekomendasi tidak boleh menyetujui klaimnya sendiri.", approvals, required);
        }
        if (request.approverRoles().contains(Roles.ADMIN)) {
            return refused(Verdict.REFUSED_ADMIN, approver + " memegang peran ADMIN; administrator mengatur batas "
                    + "kewenangan dan tidak boleh menyetujui pembayaran.", approvals, required);
        }
        if (request.priorApprovers().contains(approver)) {
            return refused(Verdict.REFUSED_ALREADY_APPROVED, claim + " sudah Anda setujui; persetujuan berikutnya harus "
                    + "dari orang lain.", approvals, required);
        }
        if (request.editors().contains(approver)) {
            return refused(Verdict.REFUSED_EDITOR, claim + " pernah Anda ubah atau proses (verifikasi, dokumen, "
                    + "penetapan); yang mengubah data klaim tidak boleh menyetujuinya.", approvals, required);
        }
        if (request.openSignals() > 0) {
            return refused(Verdict.REFUSED_OPEN_SIGNALS, claim + " masih memiliki " + request.openSignals()
                    + " sinyal duplikasi/kecurangan yang belum dikonfirmasi.", approvals, required);
        }
        Optional<AuthorityRule> own = request.approverLevel() == null ? Optional.empty() : level(request.approverLevel());
        if (own.isEmpty()) {
            return refused(Verdict.REFUSED_NO_AUTHORITY, approver + " belum memiliki tingkat kewenangan persetujuan.",
                    approvals, required);
        }
        if (!own.get().covers(request.amount())) {
            return refused(Verdict.ROUTED_UP, claim + " sebesar " + request.amount() + " melebihi batas " + own.get().code()
                    + " (" + own.get().limitText() + "); diteruskan ke tingkat " + required.code() + " ("
                    + required.limitText() + (approvals > 1 ? ", " + approvals + " persetujuan" : "") + ").", approvals, required);
        }
        int approvalNo = request.priorApprovers().size() + 1;
        if (approvalNo > approvals) {
            // reached when another approval committed between loading the claim and reading its approvals
            return refused(Verdict.REFUSED_ALREADY_APPROVED, claim + " sudah disetujui oleh "
                    + String.join(" dan ", request.priorApprovers()) + "; muat ulang klaim untuk melihat keputusannya.",
                    approvals, required);
        }
        if (approvalNo < approvals) {
            return new ApprovalDecision(Verdict.APPROVE_PARTIAL, "Persetujuan " + approvalNo + " dari " + approvals
                    + " untuk " + claim + " dicatat; menunggu persetujuan berikutnya dari orang lain.", approvalNo, approvals,
                    required.code());
        }
        return new ApprovalDecision(Verdict.APPROVE, claim + " disetujui" + (approvals > 1 ? " (persetujuan "
                + approvalNo + " dari " + approvals + ")" : "") + ".", approvalNo, approvals, required.code());
    }

    private static ApprovalDecision refused(Verdict verdict, String message, int approvals, AuthorityRule required) {
        return new ApprovalDecision(verdict, message, 0, approvals, required == null ? null : required.code());
    }
}

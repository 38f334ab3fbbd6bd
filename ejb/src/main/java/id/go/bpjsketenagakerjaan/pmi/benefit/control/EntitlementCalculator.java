package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import static id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes.*;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolver;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recommends what to pay for one claim, benefit by benefit, and explains each step.
 *
 * <p>For every benefit considered (those the incident kind triggers by itself, plus every code in the claimed
 * amounts) the checks run in this order, and the first that fails gives the reason:
 * <ol>
 *   <li>a version of the rule is in force on the incident date (the latest {@code validFrom} wins);</li>
 *   <li>no double payment (rape already includes disability) and the benefit is payable for this incident kind
 *       and programme;</li>
 *   <li>JKK claims are filed at most 5 years after the accident (diagnosis, for a disease);</li>
 *   <li>cover under the incident's programme is active on the incident date, in a phase the rule allows — the
 *       phase on that date sets the amount (e.g. JKM death Rp 42 jt before/after work, Rp 85 jt during);</li>
 *   <li>for a death, the claimant is the heir of the highest surviving rank;</li>
 *   <li>the benefit's own conditions and arithmetic, by {@link CalculationKind}.</li>
 * </ol>
 * The JHT balance (kind {@link CalculationKind#BALANCE}) is savings, not risk cover: steps 3 and 4 do not apply.
 */
public class EntitlementCalculator {

    private static final int JKK_CLAIM_LIMIT_YEARS = 5;
    private static final int DEFAULT_MAX_CHILDREN = 2;
    private static final int DEFAULT_MAX_CHILD_AGE = 23;
    private static final BigDecimal FULL_DISABILITY_PERCENT = BigDecimal.valueOf(100);

    private final List<BenefitRule> catalogue;
    private final PhaseResolver phaseResolver;

    public EntitlementCalculator(List<BenefitRule> catalogue) {
        this(catalogue, new PhaseResolver());
    }

    public EntitlementCalculator(List<BenefitRule> catalogue, PhaseResolver phaseResolver) {
        this.catalogue = List.copyOf(catalogue);
        this.phaseResolver = Objects.requireNonNull(phaseResolver, "phaseResolver");
        Set<String> versions = new HashSet<>();
        for (BenefitRule rule : this.catalogue) {
            if (!versions.add(rule.versionKey())) {
                throw new IllegalArgumentException("Katalog berisi versi ganda: " + rule.versionKey());
            }
        }
    }

    public EntitlementResult calculate(EntitlementRequest request) {
        Incident incident = request.incident();
        PhaseResolution phase = phaseResolver.phaseOn(request.coverage(), incident.date(), incident.kind().programme());
        List<BenefitDecision> decisions = considered(request).stream()
                .map(code -> decide(code, request, phase))
                .toList();
        return new EntitlementResult(phase, decisions);
    }

    /** The version of {@code code} in force on {@code day}: among overlapping versions the latest start wins. */
    public Optional<BenefitRule> ruleInForce(String code, LocalDate day) {
        return catalogue.stream()
                .filter(r -> r.code().equals(code) && r.isEffectiveOn(day))
                .max(Comparator.comparing(BenefitRule::validFrom));
    }

    private static Set<String> considered(EntitlementRequest request) {
        Incident incident = request.incident();
        IncidentKind kind = incident.kind();
        Set<String> codes = new LinkedHashSet<>(sorted(kind.automaticBenefits()));
        boolean injury = kind.payableBenefits().contains(DISABILITY);
        if (injury && incident.hasDisability()) {
            codes.add(DISABILITY);
        }
        if (injury && incident.totalPermanentDisability()) {
            codes.add(DISABILITY_PERIODIC);
        }
        if ((kind.isDeath() || incident.totalPermanentDisability()) && !incident.children().isEmpty()) {
            codes.add(SCHOLARSHIP);
        }
        codes.addAll(request.claimedAmounts().keySet());
        return codes;
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    private BenefitDecision decide(String code, EntitlementRequest request, PhaseResolution phase) {
        Incident incident = request.incident();
        Optional<BenefitRule> found = ruleInForce(code, incident.date());
        if (found.isEmpty()) {
            String reason = "Tidak ada versi aturan " + code + " yang berlaku pada tanggal insiden " + incident.date();
            return new BenefitDecision(code, code, false, Money.ZERO, null, null, false, reason, List.of(reason));
        }
        BenefitRule rule = found.get();
        Explanation ex = new Explanation(rule);
        ex.line("Aturan " + rule.code() + " – " + rule.nameId() + " (versi berlaku sejak " + rule.validFrom() + ")");
        ex.line("Dasar hukum: " + rule.legalBasis());
        ex.line("Insiden: " + incident.kind() + " pada " + incident.date()
                + (incident.country() == null ? "" : " di " + incident.country())
                + ", program " + incident.kind().programme());

        Optional<String> refusal = generalRefusal(rule, request, phase, ex);
        if (refusal.isPresent()) {
            return ex.notEligible(refusal.get());
        }
        return switch (rule.kind()) {
            case FIXED -> fixed(rule, request, ex);
            case CAP_AT_COST -> capAtCost(rule, request, ex);
            case TABLE_PERCENT_OF_BASE -> percentOfBase(rule, incident, ex);
            case TIERED_BY_MONTHS -> tieredByMonths(rule, incident, ex);
            case PER_CHILD_YEARLY -> perChildYearly(rule, request, ex);
            case IN_KIND -> inKind(rule, incident, ex);
            case BALANCE -> balance(rule, request, ex);
        };
    }

    private static Optional<String> generalRefusal(BenefitRule rule, EntitlementRequest request,
                                                   PhaseResolution phase, Explanation ex) {
        Incident incident = request.incident();
        IncidentKind kind = incident.kind();
        Programme programme = kind.programme();
        String code = rule.code();

        if (kind == IncidentKind.RAPE && (DISABILITY.equals(code) || DISABILITY_PERIODIC.equals(code))) {
            return Optional.of("Santunan cacat sudah termasuk dalam santunan perkosaan (tidak dibayar ganda)");
        }
        if (!kind.payableBenefits().contains(code)) {
            return Optional.of("Manfaat " + code + " tidak dapat dibayarkan untuk insiden jenis " + kind);
        }
        boolean balance = rule.kind() == CalculationKind.BALANCE;
        if (!balance && !rule.programmes().contains(programme)) {
            return Optional.of("Manfaat " + code + " dibayar dari program " + joined(rule.programmes())
                    + ", sedangkan insiden ini ditanggung program " + programme);
        }
        if (!balance && programme == Programme.JKK) {
            LocalDate limit = incident.date().plusYears(JKK_CLAIM_LIMIT_YEARS);
            if (request.claimDate().isAfter(limit)) {
                return Optional.of("Klaim JKK kedaluwarsa: diajukan " + request.claimDate()
                        + ", lebih dari 5 tahun setelah kecelakaan " + incident.date() + " (batas " + limit + ")");
            }
        }
        if (!balance) {
            if (!phase.isCovered()) {
                return Optional.of("Insiden " + incident.date() + " di luar masa perlindungan: " + phase.reason());
            }
            ex.line("Fase pada tanggal insiden: " + phase.phase().labelId() + " – " + phase.reason());
            if (!rule.phases().contains(phase.phase())) {
                return Optional.of("Manfaat " + code + " hanya untuk fase "
                        + rule.phases().stream().map(p -> p.code()).collect(Collectors.joining(", "))
                        + "; insiden terjadi pada fase " + phase.phase().code() + " (" + phase.phase().labelId() + ")");
            }
        }
        if (kind.isDeath()) {
            Optional<String> heirProblem = heirProblem(request.claimant());
            if (heirProblem.isPresent()) {
                return heirProblem;
            }
            ex.line("Ahli waris: " + request.claimant().name() + " (" + request.claimant().relation().labelId() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> heirProblem(Claimant claimant) {
        OptionalInt rank = claimant.relation().heirRank();
        if (rank.isEmpty()) {
            return Optional.of("Pengaju (" + claimant.relation().labelId() + ") bukan ahli waris peserta yang meninggal");
        }
        Optional<ClaimantRelation> higher = claimant.otherSurvivingRelations().stream()
                .filter(r -> r.heirRank().isPresent() && r.heirRank().getAsInt() < rank.getAsInt())
                .min(Comparator.comparingInt(r -> r.heirRank().getAsInt()));
        return higher.map(h -> "Pengaju " + claimant.relation().labelId() + " (urutan " + rank.getAsInt()
                + ") tidak berhak: masih ada ahli waris urutan " + h.heirRank().getAsInt() + " (" + h.labelId() + ")");
    }

    // ---- calculation kinds ------------------------------------------------------------------------------

    private static BenefitDecision fixed(BenefitRule rule, EntitlementRequest request, Explanation ex) {
        Incident incident = request.incident();
        if (FAILED_DEPARTURE.equals(rule.code())) {
            FailedDepartureCause cause = incident.failedDepartureCause();
            if (cause == null) {
                return ex.notEligible("Penyebab gagal berangkat belum diisi");
            }
            if (cause != FailedDepartureCause.OTHER_NOT_CPMI_FAULT) {
                return ex.notEligible("Gagal berangkat " + cause.labelId() + ": dikecualikan dari manfaat");
            }
            ex.line("Penyebab gagal berangkat: " + cause.labelId());
        }
        if (DISABILITY_PERIODIC.equals(rule.code()) && !incident.totalPermanentDisability()) {
            return ex.notEligible("Santunan berkala hanya untuk cacat total tetap (CTT)");
        }
        if (rule.amount() == null) {
            return ex.notEligible("Aturan " + rule.versionKey() + " belum memiliki nilai santunan");
        }
        Money total = rule.amount();
        if (!rule.params().isEmpty()) {
            Money sum = Money.ZERO;
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, String> part : rule.params().entrySet()) {
                Money value = Money.parse(part.getValue());
                sum = sum.plus(value);
                parts.add(part.getKey().replace('_', ' ') + " " + value);
            }
            ex.line("Rincian: " + String.join(" + ", parts) + " = " + sum
                    + (sum.equals(rule.amount()) ? "" : " (TIDAK SAMA dengan nilai aturan " + rule.amount() + ")"));
        }
        if (rule.cap() == null) {
            ex.line(rule.nameId() + ": santunan tetap " + total);
        } else {
            Money cost = request.claimedAmounts().getOrDefault(rule.code(), Money.ZERO);
            Money reimbursed = cost.min(rule.cap());
            total = total.plus(reimbursed);
            ex.line(rule.nameId() + ": santunan tetap " + rule.amount() + " + biaya tiket/transportasi " + cost
                    + ", batas " + rule.cap() + " → " + reimbursed + "; jumlah " + total);
        }
        return ex.eligible(total);
    }

    private static BenefitDecision capAtCost(BenefitRule rule, EntitlementRequest request, Explanation ex) {
        Incident incident = request.incident();
        Money claimed = request.claimedAmounts().get(rule.code());
        if (claimed == null || claimed.isZero()) {
            return ex.notEligible("Biaya " + rule.nameId() + " belum diajukan");
        }
        if (claimed.isNegative()) {
            return ex.notEligible("Biaya yang diajukan tidak boleh negatif: " + claimed);
        }
        StringBuilder arithmetic = new StringBuilder(rule.nameId()).append(": biaya ").append(claimed);
        Money net = claimed;
        if (MEDICAL_ABROAD.equals(rule.code())) {
            Money host = incident.hostInsurancePaid() == null ? Money.ZERO : incident.hostInsurancePaid();
            net = claimed.minus(host);
            arithmetic.append(" − asuransi negara penempatan ").append(host).append(" = ").append(net);
            if (!net.isGreaterThan(Money.ZERO)) {
                ex.line(arithmetic.toString());
                return ex.notEligible("Biaya sudah ditanggung seluruhnya oleh asuransi negara penempatan");
            }
        }
        Money cap = rule.cap();
        boolean capsPerMode = Arrays.stream(TransportMode.values()).anyMatch(m -> rule.params().containsKey(m.name()));
        if (capsPerMode) {
            TransportMode mode = incident.transportMode();
            if (mode == null) {
                return ex.notEligible("Moda transportasi belum diisi");
            }
            Optional<Money> modeCap = rule.moneyParam(mode.name());
            if (modeCap.isEmpty()) {
                return ex.notEligible("Aturan " + rule.versionKey() + " tidak memuat batas untuk moda " + mode.labelId());
            }
            cap = modeCap.get();
            arithmetic.append(", moda ").append(mode.labelId());
        }
        Money result = cap == null ? net : net.min(cap);
        arithmetic.append(cap == null ? ", tanpa batas" : ", batas " + cap).append(" → ").append(result);
        ex.line(arithmetic.toString());
        return ex.eligible(result);
    }

    private static BenefitDecision percentOfBase(BenefitRule rule, Incident incident, Explanation ex) {
        BigDecimal percent = incident.disabilityPercent();
        if (percent == null && incident.totalPermanentDisability()) {
            percent = FULL_DISABILITY_PERCENT;
        }
        if (percent == null || percent.signum() == 0) {
            return ex.notEligible("Persentase cacat belum ditetapkan dokter penasihat");
        }
        if (rule.amount() == null) {
            return ex.notEligible("Aturan " + rule.versionKey() + " belum memiliki nilai dasar");
        }
        Money value = rule.amount().timesPercent(percent);
        Money result = rule.cap() == null ? value : value.min(rule.cap());
        ex.line(rule.nameId() + ": cacat " + percent.stripTrailingZeros().toPlainString() + "% × dasar " + rule.amount()
                + " = " + value + (rule.cap() == null ? "" : ", batas " + rule.cap()) + " → " + result
                + (incident.totalPermanentDisability() ? " (cacat total tetap)" : ""));
        return ex.eligible(result);
    }

    private static BenefitDecision tieredByMonths(BenefitRule rule, Incident incident, Explanation ex) {
        if (incident.monthsWorked() == null) {
            return ex.notEligible("Masa kerja (bulan) belum diisi");
        }
        NavigableMap<Integer, Money> tiers = new TreeMap<>();
        rule.params().forEach((fromMonths, amount) -> tiers.put(Integer.parseInt(fromMonths), Money.parse(amount)));
        if (tiers.isEmpty()) {
            return ex.notEligible("Aturan " + rule.versionKey() + " belum memiliki tingkatan masa kerja");
        }
        int months = incident.monthsWorked();
        Map.Entry<Integer, Money> tier = tiers.floorEntry(months);
        if (tier == null) {
            return ex.notEligible("Masa kerja " + months + " bulan kurang dari tingkat terendah " + tiers.firstKey() + " bulan");
        }
        Integer next = tiers.higherKey(tier.getKey());
        ex.line(rule.nameId() + ": masa kerja " + months + " bulan, tingkat " + tier.getKey()
                + (next == null ? " bulan atau lebih" : "–<" + next + " bulan") + " → " + tier.getValue());
        return ex.eligible(tier.getValue());
    }

    private static BenefitDecision perChildYearly(BenefitRule rule, EntitlementRequest request, Explanation ex) {
        Incident incident = request.incident();
        if (!incident.kind().isDeath() && !incident.totalPermanentDisability()) {
            return ex.notEligible("Beasiswa hanya jika peserta meninggal dunia atau cacat total tetap (CTT)");
        }
        if (incident.children().isEmpty()) {
            return ex.notEligible("Tidak ada data anak");
        }
        int maxChildren = rule.intParam("maxChildren").orElse(DEFAULT_MAX_CHILDREN);
        int maxAge = rule.intParam("maxAge").orElse(DEFAULT_MAX_CHILD_AGE);
        LocalDate asOf = request.claimDate();
        Money total = Money.ZERO;
        int granted = 0;
        int position = 0;
        for (Child child : incident.children()) {
            position++;
            int age = child.ageOn(asOf);
            String who = "Anak " + position + " " + child.name() + " (" + child.level().labelId() + ", " + age + " tahun)";
            String exclusion = null;
            Optional<Money> rate = rule.moneyParam(child.level().name());
            if (child.level() == SchoolLevel.NONE) {
                exclusion = "tidak sedang sekolah/pelatihan";
            } else if (child.married()) {
                exclusion = "sudah menikah";
            } else if (child.working()) {
                exclusion = "sudah bekerja";
            } else if (age >= maxAge) {
                exclusion = "sudah berusia " + maxAge + " tahun atau lebih";
            } else if (granted >= maxChildren) {
                exclusion = "melebihi batas " + maxChildren + " anak";
            } else if (rate.isEmpty()) {
                exclusion = "tarif jenjang " + child.level().labelId() + " belum ada dalam aturan";
            }
            if (exclusion != null) {
                ex.line(who + ": tidak mendapat beasiswa, " + exclusion);
                continue;
            }
            granted++;
            total = total.plus(rate.get());
            ex.line(who + ": " + rate.get() + " per tahun");
        }
        if (granted == 0) {
            return ex.notEligible("Tidak ada anak yang memenuhi syarat beasiswa");
        }
        ex.line(rule.nameId() + " tahun ini untuk " + granted + " anak: " + total + " (dibayar per tahun atas permohonan)");
        return ex.eligible(total);
    }

    private static BenefitDecision inKind(BenefitRule rule, Incident incident, Explanation ex) {
        if (RETURN_TO_WORK.equals(rule.code())
                && (!incident.hasDisability() || incident.totalPermanentDisability())) {
            return ex.notEligible("Program kembali bekerja hanya untuk peserta dengan cacat sebagian");
        }
        ex.line(rule.nameId() + ": diberikan dalam bentuk layanan (natura), tanpa pembayaran uang");
        return ex.eligible(Money.ZERO);
    }

    private static BenefitDecision balance(BenefitRule rule, EntitlementRequest request, Explanation ex) {
        Money balance = request.claimedAmounts().get(rule.code());
        if (balance == null || !balance.isGreaterThan(Money.ZERO)) {
            return ex.notEligible("Saldo " + rule.nameId() + " belum diisi atau nol");
        }
        ex.line(rule.nameId() + ": saldo beserta hasil pengembangan menurut catatan JHT " + balance);
        return ex.eligible(balance);
    }

    private static String joined(Set<Programme> programmes) {
        return programmes.stream().map(Enum::name).collect(Collectors.joining("/"));
    }

    /** Collects the lines of one decision and builds it. */
    private static final class Explanation {
        private final BenefitRule rule;
        private final List<String> lines = new ArrayList<>();

        Explanation(BenefitRule rule) {
            this.rule = rule;
        }

        void line(String text) {
            lines.add(text);
        }

        BenefitDecision notEligible(String reason) {
            lines.add("Tidak layak: " + reason);
            return new BenefitDecision(rule.code(), rule.nameId(), false, Money.ZERO, rule.validFrom(),
                    rule.confidence(), false, reason, lines);
        }

        BenefitDecision eligible(Money amount) {
            boolean awaiting = rule.confidence().awaitsConfirmation();
            if (awaiting) {
                lines.add("Nilai menunggu konfirmasi (keyakinan sumber: " + rule.confidence() + ")");
            }
            lines.add("Direkomendasikan: " + amount);
            return new BenefitDecision(rule.code(), rule.nameId(), true, amount, rule.validFrom(),
                    rule.confidence(), awaiting, null, lines);
        }
    }
}

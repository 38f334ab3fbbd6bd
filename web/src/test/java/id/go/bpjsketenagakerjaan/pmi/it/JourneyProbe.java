package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditChainVerifier;
import id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.Entitlements;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test-only reads for JourneyIT: a participant a death benefit is due for, claim facts, the audit chain. */
@Stateless
public class JourneyProbe {

    public static final BigDecimal JKM_DEATH = new BigDecimal("85000000");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    Entitlements entitlements;

    @Inject
    HolidayCalendar calendar;

    /** A death the calculator pays for: who died, where, which JKM benefit their phase gives, to which heir, how much. */
    public record DeathCase(long participantId, String country, String benefitCode, ClaimantRelation heir, BigDecimal amount) {
    }

    /**
     * A demo participant without claims for whom the calculator pays a JKM death benefit for a death on {@code day}:
     * during work (JKM_DEATH_D) or before/after it (JKM_DEATH_BA), whichever their phase gives.
     */
    public DeathCase deathCase(LocalDate day) {
        List<Participant> candidates = em.createQuery("SELECT p FROM Participant p WHERE NOT EXISTS "
                + "(SELECT c.id FROM Claim c WHERE c.participant.id = p.id) ORDER BY p.id", Participant.class)
                .setMaxResults(300).getResultList();
        List<String> reasons = new ArrayList<>();
        for (Participant participant : candidates) {
            String country = participant.getPlacements().isEmpty() ? participant.getDestinationCountry()
                    : participant.getPlacements().get(participant.getPlacements().size() - 1).getDestinationCountry();
            if (country == null) {
                continue;
            }
            for (ClaimantRelation heir : List.of(ClaimantRelation.SPOUSE, ClaimantRelation.CHILD)) {
                for (String code : List.of("JKM_DEATH_D", "JKM_DEATH_BA")) {
                    try {
                        var decision = entitlements.calculate(participant.getId(),
                                Incident.builder(IncidentKind.DEATH_OTHER, day).country(country).build(),
                                new Claimant("Ahli Waris", heir, Set.of()), Map.of(code, Money.of(JKM_DEATH)),
                                LocalDate.now(ZoneId.of("Asia/Jakarta"))).result().decision(code);
                        if (decision.isPresent() && decision.get().eligible() && decision.get().recommended() != null) {
                            return new DeathCase(participant.getId(), country, code, heir, decision.get().recommended().amount());
                        }
                        if (reasons.size() < 6) {
                            reasons.add(participant.getId() + "/" + code + "/" + heir + ": "
                                    + decision.map(d -> d.reason()).orElse("tidak dihitung"));
                        }
                    } catch (RuntimeException e) {
                        if (reasons.size() < 6) {
                            reasons.add(participant.getId() + "/" + code + ": " + e);
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("Tidak ada peserta demo yang berhak atas santunan kematian JKM pada " + day + ": "
                + reasons);
    }

    public String assignedTo(long claimId) {
        return em.find(Claim.class, claimId).getAssignedTo();
    }

    public List<String> historyReasons(long claimId) {
        return em.find(Claim.class, claimId).getHistory().stream().map(e -> e.getTo() + "|" + e.getReason()).toList();
    }

    public List<ClaimStatusEvent> history(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return List.copyOf(claim.getHistory());
    }

    public List<Long> openClaimsOf(String adjudicator) {
        return em.createQuery("SELECT c.id FROM Claim c WHERE c.assignedTo = :a AND c.status NOT IN :closed", Long.class)
                .setParameter("a", adjudicator).setParameter("closed", List.of(ClaimStatus.PAID, ClaimStatus.CLOSED,
                        ClaimStatus.REJECTED, ClaimStatus.WITHDRAWN)).getResultList();
    }

    /** Open claims (as the queues define open) not assigned to {@code user}: the team queue, counted in full. */
    public long openClaimsNotHeldBy(String user) {
        return em.createQuery("SELECT COUNT(c) FROM Claim c WHERE (c.assignedTo IS NULL OR c.assignedTo <> :u) "
                + "AND c.status IN :open", Long.class).setParameter("u", user)
                .setParameter("open", java.util.Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList())
                .getSingleResult();
    }

    /** The team queue's first ids in its order, by one query over all open statuses. */
    public List<Long> oldestOpenNotHeldBy(String user, int count) {
        return em.createQuery("SELECT c.id FROM Claim c WHERE (c.assignedTo IS NULL OR c.assignedTo <> :u) "
                        + "AND c.status IN :open ORDER BY c.receivedAt, c.id", Long.class).setParameter("u", user)
                .setParameter("open", java.util.Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList())
                .setMaxResults(count).getResultList();
    }

    /** Audit details of one action on one subject, oldest first. */
    public List<String> audit(String action, String subject) {
        return em.createQuery("SELECT a.detail FROM AuditEntry a WHERE a.action = :action AND a.subject = :subject ORDER BY a.id",
                String.class).setParameter("action", action).setParameter("subject", subject).getResultList();
    }

    public List<String> auditActions(String subject) {
        return em.createQuery("SELECT a.action FROM AuditEntry a WHERE a.subject = :subject ORDER BY a.id", String.class)
                .setParameter("subject", subject).getResultList();
    }

    /** Null when every entry links to the one before it; otherwise the verifier's account of the first broken link. */
    public String auditChainProblem() {
        AuditChainVerifier verifier = new AuditChainVerifier();
        for (AuditEntry entry : em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.id", AuditEntry.class).getResultList()) {
            if (!verifier.accept(AuditChainVerifier.linkOf(entry))) {
                break;
            }
        }
        return verifier.brokenAt() == null ? null : verifier.problem();
    }

    public boolean isHoliday(LocalDate day) {
        return calendar.holidays().contains(day);
    }
}

-- When the SLA watch should look at a claim next (SlaEscalationRun): set at each status change while a clock runs,
-- moved on by the watch to the stage's next turn (due soon, deadline), cleared once escalated or when no clock runs.
-- The watch used to read every open claim in a clocked status each pass and sort them (hundreds of thousands at
-- national scale); with this column and its index it reads only the claims due a look.
ALTER TABLE claim ADD (sla_next_check_at TIMESTAMP);

-- Claims in a clocked status (SlaStage.of) not yet escalated in their current stage: look at them on the next pass,
-- which moves each to its next turn.
UPDATE claim SET sla_next_check_at = status_changed_at
 WHERE status IN ('RECEIVED', 'VERIFICATION', 'ADJUDICATION', 'RETURNED_FOR_CORRECTION', 'APPEALED', 'AWAITING_APPROVAL')
   AND (sla_escalated_at IS NULL OR sla_escalated_at < status_changed_at);

CREATE INDEX ix_claim_sla_check ON claim (sla_next_check_at, id);

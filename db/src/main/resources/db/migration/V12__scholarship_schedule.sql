-- Scholarship schedule (issue 5.5): how each year was proven, how a schedule ended, and later years paid by payment
-- batches exactly once. Oracle SQL that also runs on H2 in MODE=Oracle.

-- How a schedule ended: AGE (23), MARRIAGE or WORK; end_reason and ended_on (V5) hold the text and the date.
ALTER TABLE scholarship_schedule ADD end_kind VARCHAR2(10);
ALTER TABLE scholarship_schedule ADD CONSTRAINT ck_scholarship_schedule_end CHECK (
    (active = 1 AND end_kind IS NULL AND ended_on IS NULL)
    OR (active = 0 AND end_kind IN ('AGE', 'MARRIAGE', 'WORK') AND ended_on IS NOT NULL AND end_reason IS NOT NULL));

-- Year 1 is paid by the claim's own payment (with_claim = 1, proven by the claim's verified documents: CLAIM);
-- later years by their own payment after proof of school level: a DOCUMENT (its number/description in proof_note)
-- or an OFFICER's verification.
ALTER TABLE scholarship_year ADD with_claim NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE scholarship_year ADD proof_kind VARCHAR2(10);
ALTER TABLE scholarship_year ADD proof_note VARCHAR2(400);
ALTER TABLE scholarship_year ADD CONSTRAINT ck_scholarship_year_with_claim CHECK (with_claim IN (0, 1));
ALTER TABLE scholarship_year ADD CONSTRAINT ck_scholarship_year_proof_kind CHECK (
    proof_kind IS NULL OR proof_kind IN ('CLAIM', 'DOCUMENT', 'OFFICER'));
-- a year becomes payable only on proof, and an amount is never negative or zero
ALTER TABLE scholarship_year ADD CONSTRAINT ck_scholarship_year_proven CHECK (
    status NOT IN ('READY', 'PAID') OR (proof_kind IS NOT NULL AND school_level IS NOT NULL AND school_level <> 'NONE'));
ALTER TABLE scholarship_year ADD CONSTRAINT ck_scholarship_year_amount CHECK (amount IS NULL OR amount > 0);
ALTER TABLE scholarship_year ADD CONSTRAINT ck_scholarship_year_paid_ref CHECK (status <> 'PAID' OR payment_reference IS NOT NULL);
CREATE INDEX ix_scholarship_year_status ON scholarship_year (status, due_date);
CREATE INDEX ix_scholarship_schedule_claim ON scholarship_schedule (claim_id);

-- A later year is a payment line of its own: scholarship_year_id names it, and active_year_id equals it until the
-- payment is VOIDED (then NULL). UNIQUE (active_year_id) means a year has at most one payment that is not voided,
-- the same guard as UNIQUE (active_claim_id) for claims; a year's payment does not hold its claim's lock.
ALTER TABLE payment ADD scholarship_year_id NUMBER(19);
ALTER TABLE payment ADD active_year_id NUMBER(19);
ALTER TABLE payment ADD CONSTRAINT fk_payment_scholarship_year FOREIGN KEY (scholarship_year_id) REFERENCES scholarship_year (id);
ALTER TABLE payment ADD CONSTRAINT uq_payment_active_year UNIQUE (active_year_id);
ALTER TABLE payment DROP CONSTRAINT ck_payment_active;
ALTER TABLE payment ADD CONSTRAINT ck_payment_active CHECK (
    (scholarship_year_id IS NULL AND active_year_id IS NULL
        AND ((status = 'VOIDED' AND active_claim_id IS NULL)
             OR (status <> 'VOIDED' AND active_claim_id IS NOT NULL AND active_claim_id = claim_id)))
    OR (scholarship_year_id IS NOT NULL AND active_claim_id IS NULL
        AND ((status = 'VOIDED' AND active_year_id IS NULL)
             OR (status <> 'VOIDED' AND active_year_id IS NOT NULL AND active_year_id = scholarship_year_id))));
CREATE INDEX ix_payment_scholarship_year ON payment (scholarship_year_id);

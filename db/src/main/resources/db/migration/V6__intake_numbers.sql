-- Human-readable numbers for cases and claims come from sequences, so two intakes never share a number.
CREATE SEQUENCE case_no_seq START WITH 100000 INCREMENT BY 1 NOCACHE;
CREATE SEQUENCE claim_no_seq START WITH 100000 INCREMENT BY 1 NOCACHE;
-- Natural-duplicate look-ups at intake: same participant, benefit and incident date.
CREATE INDEX ix_claim_natural_key ON claim (participant_id, benefit_code, incident_date);

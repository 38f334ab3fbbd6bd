-- Case and claim numbers: NOCACHE made every number a write of the sequence itself, serialised across all intakes
-- (H2 flushes it under one database-wide lock; Oracle updates SEQ$ in a recursive transaction). Measured under the
-- intake benchmark, it was the longest wait of a filed claim. Cached, numbers stay unique and increasing within an
-- instance; a restart may skip up to 100 of them, which no one relies on (a rolled-back intake skipped one already).
ALTER SEQUENCE case_no_seq CACHE 100;
ALTER SEQUENCE claim_no_seq CACHE 100;

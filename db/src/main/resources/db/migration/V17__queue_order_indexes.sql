-- Issue 9: the queues' first pages read straight from an index in their order and stop after a page. A query with
-- the status equal to one value and ORDER BY status, <column>, id walks (status, <column>, id) in order; without the
-- id in the index the database sorts every claim of that status (60,000 awaiting approval and 72,000 in
-- verification in the 2 M-claim benchmark) before it can return the first twenty.

-- the team queue, oldest received first, one status at a time (ClaimQueryService)
DROP INDEX ix_claim_status_received;
CREATE INDEX ix_claim_status_received ON claim (status, received_at, id);

-- the approval queue, longest waiting first (PendingApprovals)
CREATE INDEX ix_claim_status_changed ON claim (status, status_changed_at, id);

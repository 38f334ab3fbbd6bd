-- Payout: authority levels as data (with the audit of admin changes) and users' levels; approvals (four eyes held by
-- UNIQUE keys); payment batches per bank and value date, payments with "paid at most once" held by the database;
-- accepted reconciliation files; the yearly scholarship schedule.
-- Oracle SQL that also runs on H2 in MODE=Oracle: Oracle types only, sequences instead of identity columns,
-- NUMBER(1) with a CHECK for flags, every constraint named.

CREATE SEQUENCE authority_level_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE authority_level_audit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE payout_approval_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE payment_batch_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE payment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reconciliation_record_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE scholarship_schedule_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE scholarship_year_seq START WITH 1000 INCREMENT BY 50;

-- The ladder: a claim needs the lowest level whose upper_limit covers its recommended amount (NULL = unlimited,
-- only the top level), and approvals_required distinct approvers each of whose own limit covers the amount.
CREATE TABLE authority_level (
    id                  NUMBER(19)    NOT NULL,
    code                VARCHAR2(30)  NOT NULL,
    rank_no             NUMBER(3)     NOT NULL,
    name_id             VARCHAR2(100) NOT NULL,
    upper_limit         NUMBER(15,2),
    approvals_required  NUMBER(1)     DEFAULT 1 NOT NULL,
    version             NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_authority_level PRIMARY KEY (id),
    CONSTRAINT uq_authority_level_code UNIQUE (code),
    CONSTRAINT uq_authority_level_rank UNIQUE (rank_no),
    CONSTRAINT ck_authority_level_limit CHECK (upper_limit IS NULL OR upper_limit > 0),
    CONSTRAINT ck_authority_level_approvals CHECK (approvals_required IN (1, 2))
);

INSERT INTO authority_level (id, code, rank_no, name_id, upper_limit, approvals_required, version)
VALUES (1, 'SUPERVISOR', 10, 'Supervisor (Kepala Bidang Pelayanan)', 50000000, 1, 0);
INSERT INTO authority_level (id, code, rank_no, name_id, upper_limit, approvals_required, version)
VALUES (2, 'BRANCH_HEAD', 20, 'Kepala Kantor Cabang', 150000000, 1, 0);
INSERT INTO authority_level (id, code, rank_no, name_id, upper_limit, approvals_required, version)
VALUES (3, 'DEPUTY_DIRECTOR', 30, 'Deputi Direktur Bidang Pelayanan (kantor pusat)', NULL, 2, 0);

CREATE TABLE authority_level_audit (
    id             NUMBER(19)     NOT NULL,
    level_code     VARCHAR2(30)   NOT NULL,
    changed_by     VARCHAR2(60)   NOT NULL,
    changed_at     TIMESTAMP      NOT NULL,
    old_limit      NUMBER(15,2),
    new_limit      NUMBER(15,2),
    old_approvals  NUMBER(1)      NOT NULL,
    new_approvals  NUMBER(1)      NOT NULL,
    note           VARCHAR2(1000),
    CONSTRAINT pk_authority_level_audit PRIMARY KEY (id),
    CONSTRAINT fk_authority_level_audit_level FOREIGN KEY (level_code) REFERENCES authority_level (code)
);
CREATE INDEX ix_authority_level_audit_level ON authority_level_audit (level_code, changed_at);

-- A user's approval authority; no row = none. Kept apart from app_user so the security module stays unchanged.
CREATE TABLE app_user_authority (
    user_id      NUMBER(19)    NOT NULL,
    level_code   VARCHAR2(30)  NOT NULL,
    assigned_by  VARCHAR2(60)  NOT NULL,
    assigned_at  TIMESTAMP     NOT NULL,
    version      NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_user_authority PRIMARY KEY (user_id),
    CONSTRAINT fk_app_user_authority_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_user_authority_level FOREIGN KEY (level_code) REFERENCES authority_level (code)
);
CREATE INDEX ix_app_user_authority_level ON app_user_authority (level_code);

-- Existing databases: the supervisor account gets the first level (an empty database gets it from the demo loader).
INSERT INTO app_user_authority (user_id, level_code, assigned_by, assigned_at, version)
SELECT id, 'SUPERVISOR', 'flyway', CURRENT_TIMESTAMP, 0 FROM app_user WHERE username = 'supervisor';

-- One approval; a cycle is one recommendation. The UNIQUE keys decide a race between two approvers and stop one
-- person approving twice.
CREATE TABLE payout_approval (
    id           NUMBER(19)    NOT NULL,
    claim_id     NUMBER(19)    NOT NULL,
    cycle_no     NUMBER(5)     NOT NULL,
    approval_no  NUMBER(1)     NOT NULL,
    approver     VARCHAR2(60)  NOT NULL,
    level_code   VARCHAR2(30)  NOT NULL,
    amount       NUMBER(15,2)  NOT NULL,
    approved_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_payout_approval PRIMARY KEY (id),
    CONSTRAINT fk_payout_approval_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT uq_payout_approval_no UNIQUE (claim_id, cycle_no, approval_no),
    CONSTRAINT uq_payout_approval_approver UNIQUE (claim_id, cycle_no, approver),
    CONSTRAINT ck_payout_approval_no CHECK (approval_no IN (1, 2))
);

CREATE TABLE payment_batch (
    id             NUMBER(19)    NOT NULL,
    batch_no       VARCHAR2(40)  NOT NULL,
    bank_code      VARCHAR2(10)  NOT NULL,
    value_date     DATE          NOT NULL,
    status         VARCHAR2(12)  NOT NULL,
    line_count     NUMBER(7)     DEFAULT 0 NOT NULL,
    total_amount   NUMBER(17,2)  DEFAULT 0 NOT NULL,
    file_sha256    VARCHAR2(64),
    file_content   CLOB,
    created_by     VARCHAR2(60)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    released_by    VARCHAR2(60),
    released_at    TIMESTAMP,
    reconciled_by  VARCHAR2(60),
    reconciled_at  TIMESTAMP,
    version        NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_payment_batch PRIMARY KEY (id),
    CONSTRAINT uq_payment_batch_no UNIQUE (batch_no),
    CONSTRAINT ck_payment_batch_status CHECK (status IN ('DRAFT', 'RELEASED', 'RECONCILED')),
    -- a released batch always has its file and checksum
    CONSTRAINT ck_payment_batch_released CHECK (status = 'DRAFT'
        OR (file_sha256 IS NOT NULL AND file_content IS NOT NULL AND released_at IS NOT NULL))
);
CREATE INDEX ix_payment_batch_bank_day ON payment_batch (bank_code, value_date, status);

-- active_claim_id = claim_id while the payment is not VOIDED, NULL after. UNIQUE (active_claim_id) therefore means:
-- a claim has at most one payment that is not voided. Oracle does not index an all-NULL key, and H2 (also in Oracle
-- mode) treats NULLs as distinct, so voided payments never collide.
CREATE TABLE payment (
    id               NUMBER(19)    NOT NULL,
    batch_id         NUMBER(19)    NOT NULL,
    claim_id         NUMBER(19)    NOT NULL,
    active_claim_id  NUMBER(19),
    reference        VARCHAR2(35)  NOT NULL,
    attempt_no       NUMBER(3)     NOT NULL,
    payee_name       VARCHAR2(200) NOT NULL,
    bank_code        VARCHAR2(10)  NOT NULL,
    account_no       VARCHAR2(34)  NOT NULL,
    amount           NUMBER(15,2)  NOT NULL,
    status           VARCHAR2(10)  NOT NULL,
    failure_reason   VARCHAR2(400),
    settled_by       VARCHAR2(60),
    settled_at       TIMESTAMP,
    reissued_as      VARCHAR2(35),
    version          NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT fk_payment_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    CONSTRAINT fk_payment_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT uq_payment_reference UNIQUE (reference),
    CONSTRAINT uq_payment_active_claim UNIQUE (active_claim_id),
    CONSTRAINT uq_payment_claim_attempt UNIQUE (claim_id, attempt_no),
    CONSTRAINT ck_payment_status CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'VOIDED')),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_active CHECK ((status = 'VOIDED' AND active_claim_id IS NULL)
        OR (status <> 'VOIDED' AND active_claim_id IS NOT NULL AND active_claim_id = claim_id)),
    CONSTRAINT ck_payment_failed_reason CHECK (status <> 'FAILED' OR failure_reason IS NOT NULL)
);
CREATE INDEX ix_payment_batch ON payment (batch_id);
CREATE INDEX ix_payment_claim ON payment (claim_id);
CREATE INDEX ix_payment_status ON payment (status);

CREATE TABLE reconciliation_record (
    id            NUMBER(19)    NOT NULL,
    batch_id      NUMBER(19)    NOT NULL,
    file_sha256   VARCHAR2(64)  NOT NULL,
    paid_count    NUMBER(7)     NOT NULL,
    paid_sum      NUMBER(17,2)  NOT NULL,
    failed_count  NUMBER(7)     NOT NULL,
    failed_sum    NUMBER(17,2)  NOT NULL,
    imported_by   VARCHAR2(60)  NOT NULL,
    imported_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_reconciliation_record PRIMARY KEY (id),
    CONSTRAINT uq_reconciliation_record_batch UNIQUE (batch_id),
    CONSTRAINT fk_reconciliation_record_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id)
);

CREATE TABLE scholarship_schedule (
    id           NUMBER(19)    NOT NULL,
    claim_id     NUMBER(19)    NOT NULL,
    child_name   VARCHAR2(200) NOT NULL,
    birth_date   DATE          NOT NULL,
    active       NUMBER(1)     DEFAULT 1 NOT NULL,
    end_reason   VARCHAR2(400),
    ended_on     DATE,
    created_by   VARCHAR2(60)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    version      NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_scholarship_schedule PRIMARY KEY (id),
    CONSTRAINT fk_scholarship_schedule_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT uq_scholarship_schedule_child UNIQUE (claim_id, child_name, birth_date),
    CONSTRAINT ck_scholarship_schedule_active CHECK (active IN (0, 1))
);

CREATE TABLE scholarship_year (
    id                 NUMBER(19)    NOT NULL,
    schedule_id        NUMBER(19)    NOT NULL,
    year_no            NUMBER(2)     NOT NULL,
    due_date           DATE          NOT NULL,
    status             VARCHAR2(16)  NOT NULL,
    school_level       VARCHAR2(10),
    amount             NUMBER(15,2),
    proof_by           VARCHAR2(60),
    proof_at           TIMESTAMP,
    note               VARCHAR2(400),
    payment_reference  VARCHAR2(35),
    CONSTRAINT pk_scholarship_year PRIMARY KEY (id),
    CONSTRAINT fk_scholarship_year_schedule FOREIGN KEY (schedule_id) REFERENCES scholarship_schedule (id),
    CONSTRAINT uq_scholarship_year_no UNIQUE (schedule_id, year_no),
    CONSTRAINT ck_scholarship_year_status CHECK (status IN ('PLANNED', 'AWAITING_PROOF', 'READY', 'PAID', 'NOT_PAID', 'CANCELLED')),
    CONSTRAINT ck_scholarship_year_level CHECK (school_level IS NULL OR school_level IN ('NONE', 'TK', 'SD', 'SMP', 'SMA', 'PT')),
    CONSTRAINT ck_scholarship_year_paid CHECK (status NOT IN ('READY', 'PAID') OR amount IS NOT NULL)
);

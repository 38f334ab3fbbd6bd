-- Append-only audit trail. Each entry carries the SHA-256 of the previous one, so a deleted or altered row breaks
-- the chain; audit_chain_head (one row) serialises appends across application instances.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE audit_entry (
    id          NUMBER(19)     NOT NULL,
    occurred_at TIMESTAMP      NOT NULL,
    actor       VARCHAR2(60)   NOT NULL,
    action      VARCHAR2(40)   NOT NULL,
    subject     VARCHAR2(200),
    detail      VARCHAR2(2000),
    prev_hash   VARCHAR2(64)   NOT NULL,
    hash        VARCHAR2(64)   NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT uq_audit_entry_hash UNIQUE (hash)
);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject);

CREATE TABLE audit_chain_head (
    id         NUMBER(1)     NOT NULL,
    last_id    NUMBER(19)    NOT NULL,
    last_hash  VARCHAR2(64)  NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

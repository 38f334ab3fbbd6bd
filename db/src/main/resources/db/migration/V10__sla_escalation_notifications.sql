-- Cluster-wide job leases: an instance runs a timed job only while it holds the job's lease, so a job fires once
-- per cluster however many instances run.
CREATE TABLE job_lease (
    name         VARCHAR2(40)  NOT NULL,
    owner        VARCHAR2(100),
    lease_until  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_job_lease PRIMARY KEY (name)
);
INSERT INTO job_lease (name, owner, lease_until) VALUES ('sla-escalation', NULL, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO job_lease (name, owner, lease_until) VALUES ('notification-sender', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- Notifications are written in the transaction of the change they report and sent after commit, with retries.
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE notification_outbox (
    id               NUMBER(19)     NOT NULL,
    recipient        VARCHAR2(100)  NOT NULL,
    subject          VARCHAR2(200)  NOT NULL,
    body             VARCHAR2(2000) NOT NULL,
    status           VARCHAR2(10)   NOT NULL,
    attempts         NUMBER(5)      DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP      NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR2(500),
    CONSTRAINT pk_notification_outbox PRIMARY KEY (id),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_notification_pending ON notification_outbox (status, next_attempt_at);

-- The SLA stage a claim was last warned or escalated for: each happens once per stage.
ALTER TABLE claim ADD (sla_warned_at TIMESTAMP, sla_escalated_at TIMESTAMP);

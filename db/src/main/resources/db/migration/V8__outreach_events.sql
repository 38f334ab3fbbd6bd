-- Outreach events of a service unit: "Dekati Kami" socialisation sessions and the like, with their audience and
-- attendance. Registrations that followed an event are not stored: they are attributed when read (placements
-- registered at the same unit within 30 days after the event, to the latest such event; see
-- serviceunit.control.OutreachAttribution). Oracle SQL that also runs on H2 in MODE=Oracle.

CREATE SEQUENCE outreach_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE outreach_event (
    id               NUMBER(19)     NOT NULL,
    service_unit_id  NUMBER(19)     NOT NULL,
    held_on          DATE           NOT NULL,
    title            VARCHAR2(200)  NOT NULL,
    place            VARCHAR2(200)  NOT NULL,
    audience         VARCHAR2(30)   NOT NULL,
    attendees        NUMBER(6)      DEFAULT 0 NOT NULL,
    note             VARCHAR2(1000),
    created_by       VARCHAR2(60)   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    version          NUMBER(10)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_outreach_event PRIMARY KEY (id),
    CONSTRAINT fk_outreach_event_unit FOREIGN KEY (service_unit_id) REFERENCES service_unit (id),
    CONSTRAINT ck_outreach_event_audience CHECK (audience IN
        ('CPMI', 'PMI_FAMILIES', 'PMI_PURNA', 'VILLAGE_OFFICIALS', 'P3MI', 'SCHOOL', 'GENERAL')),
    CONSTRAINT ck_outreach_event_attendees CHECK (attendees >= 0)
);
CREATE INDEX ix_outreach_event_unit ON outreach_event (service_unit_id, held_on);
-- the unit pages count open claims per unit and status
CREATE INDEX ix_claim_unit_status ON claim (service_unit_id, status);
-- throughput, payout and SLA trends read the status history by time and target status
CREATE INDEX ix_claim_status_event_to ON claim_status_event (to_status, occurred_at);

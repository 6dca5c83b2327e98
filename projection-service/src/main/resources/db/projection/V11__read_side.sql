-- The projection's replayable copy of both topics, in arrival order (seq). It is also the idempotent inbox: an event
-- id is logged once, and only a first delivery reaches the views. Append-only: views are rebuilt from it.
CREATE TABLE event_log (
    seq            BIGSERIAL    PRIMARY KEY,
    event_id       VARCHAR(255) NOT NULL UNIQUE,
    event_type     VARCHAR(100) NOT NULL,
    schema_version INT          NOT NULL,
    contact_id     VARCHAR(64)  NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    topic          VARCHAR(100) NOT NULL,
    payload        JSONB        NOT NULL,
    logged_at      TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX event_log_contact ON event_log (contact_id, seq);
CREATE INDEX event_log_occurred ON event_log (occurred_at);

CREATE FUNCTION event_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'event_log is append-only';
END $$;
CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON event_log
    FOR EACH STATEMENT EXECUTE FUNCTION event_log_is_append_only();

-- The views. Each holds one JSON document per key (state) and the columns its queries filter and sort on.
-- No serial columns and no foreign keys: a view's tables are replaced whole after a rebuild.

-- contacts: everything the front door knows about one contact (queue, dashboard, partner view, timescales).
DROP TABLE queue_item;
CREATE TABLE contact_case (
    id                   VARCHAR(64)  PRIMARY KEY,
    state                JSONB        NOT NULL,
    pack_id              VARCHAR(64),
    status               VARCHAR(30)  NOT NULL,
    rag                  VARCHAR(10),
    rag_rank             INT          NOT NULL,
    received_at          TIMESTAMPTZ,
    due_at               TIMESTAMPTZ,
    decided_at           TIMESTAMPTZ,
    allocated_to         VARCHAR(200),
    referrer_agency_name VARCHAR(200)
);
CREATE INDEX contact_case_queue ON contact_case (rag_rank DESC, due_at, received_at) WHERE status <> 'CLOSED';
CREATE INDEX contact_case_received ON contact_case (received_at);
CREATE INDEX contact_case_referrer ON contact_case (referrer_agency_name, received_at);

-- timeline: every event of a contact as a line of its history; its details are the logged payload (joined on seq).
CREATE TABLE timeline_entry (
    contact_id  VARCHAR(64)  NOT NULL,
    seq         BIGINT       NOT NULL,
    event_type  VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(200),
    summary     TEXT         NOT NULL,
    PRIMARY KEY (contact_id, seq)
);

-- chronology: which known child each child named in a contact is.
CREATE TABLE child_link (
    id         VARCHAR(80)  PRIMARY KEY,
    state      JSONB        NOT NULL,
    contact_id VARCHAR(64)  NOT NULL,
    child_id   VARCHAR(64),
    linked     BOOLEAN      NOT NULL
);
CREATE INDEX child_link_child ON child_link (child_id) WHERE linked;
CREATE INDEX child_link_contact ON child_link (contact_id);

-- escalations: each professional disagreement and its stages.
CREATE TABLE escalation (
    id            VARCHAR(64) PRIMARY KEY,
    state         JSONB       NOT NULL,
    contact_id    VARCHAR(64),
    raised_at     TIMESTAMPTZ,
    open          BOOLEAN     NOT NULL,
    current_stage INT
);
CREATE INDEX escalation_raised ON escalation (raised_at);
CREATE INDEX escalation_contact ON escalation (contact_id);

-- da-triage: each domestic-abuse notification on the weekly meeting's agenda.
CREATE TABLE da_triage_item (
    id               VARCHAR(64) PRIMARY KEY,
    state            JSONB       NOT NULL,
    first_meeting_at TIMESTAMPTZ,
    last_meeting_at  TIMESTAMPTZ,
    decided          BOOLEAN     NOT NULL
);
CREATE INDEX da_triage_item_meetings ON da_triage_item (first_meeting_at, last_meeting_at);

-- Rebuilds of views from event_log, with their progress.
CREATE TABLE rebuild_run (
    id           VARCHAR(40)  PRIMARY KEY,
    views        VARCHAR(400) NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    events_done  BIGINT       NOT NULL,
    events_total BIGINT       NOT NULL,
    started_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ,
    error        TEXT
);

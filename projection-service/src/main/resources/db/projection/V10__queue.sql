CREATE TABLE queue_item (
    contact_id      VARCHAR(64)  PRIMARY KEY,
    pack_id         VARCHAR(64)  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    referrer_agency VARCHAR(40),
    children        JSONB        NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    rag             VARCHAR(10),
    decision_due_at TIMESTAMPTZ
);
CREATE INDEX queue_item_open ON queue_item (status, received_at);

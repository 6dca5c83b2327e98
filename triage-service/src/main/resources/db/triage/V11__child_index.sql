-- Triage's own index of the children it has seen, to link a new contact to earlier ones (history for the decision).
CREATE TABLE child_index (
    child_id      VARCHAR(64)  PRIMARY KEY,
    nhs_number    VARCHAR(10),
    name_key      VARCHAR(200),
    date_of_birth DATE,
    postcode      VARCHAR(10)
);
CREATE INDEX child_index_nhs ON child_index (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX child_index_identity ON child_index (name_key, date_of_birth, postcode);

CREATE TABLE child_contact (
    child_id             VARCHAR(64) NOT NULL REFERENCES child_index (child_id),
    contact_id           VARCHAR(64) NOT NULL,
    child_index_in_contact INT       NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    social_care_response BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (child_id, contact_id)
);
CREATE INDEX child_contact_contact ON child_contact (contact_id);

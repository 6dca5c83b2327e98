-- Each child as one contact recorded them, and how sure the index is that it is the child it was linked to:
-- LINKED (matched, or new), POSSIBLE (the NHS number or name matched but the rest disagrees: not part of the child's
-- history until a worker confirms it), CONFIRMED, UNDONE (kept: the contact's child then gets an identity of its own).
ALTER TABLE child_contact ADD COLUMN link_status   VARCHAR(16) NOT NULL DEFAULT 'LINKED';
ALTER TABLE child_contact ADD COLUMN nhs_number    VARCHAR(10);
ALTER TABLE child_contact ADD COLUMN name_key      VARCHAR(200);
ALTER TABLE child_contact ADD COLUMN date_of_birth DATE;
ALTER TABLE child_contact ADD COLUMN postcode      VARCHAR(10);
CREATE INDEX child_contact_nhs ON child_contact (nhs_number) WHERE nhs_number IS NOT NULL;

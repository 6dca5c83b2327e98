-- Whether the contact was a domestic-abuse notification: the weekly DA triage agenda shows earlier ones for the household.
ALTER TABLE child_contact ADD COLUMN domestic_abuse BOOLEAN NOT NULL DEFAULT false;

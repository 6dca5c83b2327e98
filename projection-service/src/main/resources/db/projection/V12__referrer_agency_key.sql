-- A partner's referrals are found by its agency's name compared as everywhere else (AgencyNames: ignoring case and
-- outer spaces), through a column holding the name in that form.
ALTER TABLE contact_case ADD COLUMN referrer_agency_key VARCHAR(200);
UPDATE contact_case SET referrer_agency_key = lower(btrim(referrer_agency_name));
DROP INDEX contact_case_referrer;
CREATE INDEX contact_case_referrer_key ON contact_case (referrer_agency_key, received_at);

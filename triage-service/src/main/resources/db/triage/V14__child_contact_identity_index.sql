-- A child is matched by name, date of birth and postcode against what earlier contacts recorded as well as against the
-- index (ChildIndex.byNameDobPostcode): without this index every child of every contact read the whole of child_contact.
CREATE INDEX child_contact_identity ON child_contact (name_key, date_of_birth, postcode);

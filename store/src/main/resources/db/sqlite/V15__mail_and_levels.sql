-- Who wrote to whom and how far up it went: the References header of each email (newline-separated Message-IDs,
-- oldest first; NULL where the email was stored before it was kept) and the level of an official.
ALTER TABLE documents ADD COLUMN email_references TEXT;
ALTER TABLE cm_people ADD COLUMN level TEXT;

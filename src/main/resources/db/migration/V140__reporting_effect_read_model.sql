-- Reporting: the read model of effect monitoring (issue 13, docs/effect-monitoring.md). Pseudonymous like V111:
-- a subject is the HMAC pseudonym of a person, never the person id; no names, BSNs, addresses or offence texts.
-- Retention may erase the dossiers; these rows stay, so the effect figures of past cohorts keep their values.

-- The candidates of a selection run with the covariates the comparison matches on, as at the run's reference date.
CREATE TABLE reporting_selection_subject (
  run_id              UUID NOT NULL,
  reference_date      DATE NOT NULL,
  subject             UUID NOT NULL,
  category            TEXT NOT NULL,
  age_band            TEXT NOT NULL,
  gender              TEXT NOT NULL,
  antecedents_before  INTEGER NOT NULL CHECK (antecedents_before >= 0),
  months_since_last   INTEGER CHECK (months_since_last IS NULL OR months_since_last >= 0),
  PRIMARY KEY (run_id, subject)
);
CREATE INDEX reporting_selection_subject_date ON reporting_selection_subject (reference_date);
CREATE INDEX reporting_selection_subject_subject ON reporting_selection_subject (subject);

-- The registration dates of a subject's antecedents; antecedent_key is a pseudonym of the antecedent (the same
-- antecedent copied with several runs is one row).
CREATE TABLE reporting_antecedent (
  subject         UUID NOT NULL,
  antecedent_key  UUID NOT NULL,
  registered_on   DATE NOT NULL,
  PRIMARY KEY (subject, antecedent_key)
);
CREATE INDEX reporting_antecedent_subject_date ON reporting_antecedent (subject, registered_on);

-- ZRM (Zelfredzaamheid-Matrix) scores of a subject per assessment and domain, 1 (acute problems) to 5.
CREATE TABLE reporting_assessment_score (
  subject      UUID NOT NULL,
  assessed_on  DATE NOT NULL,
  domain       TEXT NOT NULL,
  score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (subject, assessed_on, domain)
);

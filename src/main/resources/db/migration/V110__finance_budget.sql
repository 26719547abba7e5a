-- Finance: the operating budget of the house per year, its lines and funders, the shared costs that the
-- district municipalities split by population, and the charges per partner (ICT workplaces, telephone,
-- copying). The budgets 2007, 2008 and 2009 are those of the kaderdocument (2006), section "Financiering"
-- table A (exploitatiebegroting) and table B (verdeling kosten); they are reference data, not demo data.

CREATE TABLE finance_budget (
  year          INTEGER PRIMARY KEY,
  total         NUMERIC(12, 2) NOT NULL CHECK (total >= 0),
  source        TEXT NOT NULL
);

-- One line of table A. funder says who pays the line according to table B: HEERLEN, JUSTICE_PARTNERS,
-- PROVINCE or SHARED_BY_POPULATION (the district municipalities, split by population).
CREATE TABLE finance_budget_line (
  year          INTEGER NOT NULL REFERENCES finance_budget (year),
  position      INTEGER NOT NULL,
  category      TEXT NOT NULL,
  description   TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('STRUCTURAL', 'INCIDENTAL')),
  amount        NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
  funder        TEXT NOT NULL CHECK (funder IN ('HEERLEN', 'JUSTICE_PARTNERS', 'PROVINCE', 'SHARED_BY_POPULATION')),
  PRIMARY KEY (year, position)
);

-- The contributions of table B as the document states them (the document's own figures, kept to compare).
CREATE TABLE finance_budget_contribution (
  year          INTEGER NOT NULL REFERENCES finance_budget (year),
  funder        TEXT NOT NULL CHECK (funder IN ('HEERLEN', 'OTHER_MUNICIPALITIES', 'JUSTICE_PARTNERS', 'PROVINCE')),
  amount        NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (year, funder)
);

-- Shared costs of a year and how the document split them: Heerlen's share, and the rest over the other
-- municipalities "naar inwoneraantal" (the document gives no amount per other municipality).
CREATE TABLE finance_shared_cost (
  year                    INTEGER PRIMARY KEY REFERENCES finance_budget (year),
  amount                  NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
  lead_municipality       TEXT NOT NULL,
  document_lead_share     NUMERIC(12, 2) NOT NULL,
  document_others_share   NUMERIC(12, 2) NOT NULL,
  CHECK (document_lead_share + document_others_share = amount)
);

-- Charges to a partner for a year: standard ICT workplaces (rate per workplace per year), telephone and
-- copying on a specified bill. No client data.
CREATE TABLE finance_charge (
  id            UUID PRIMARY KEY,
  year          INTEGER NOT NULL,
  partner_id    UUID NOT NULL,
  partner_name  TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('ICT_WORKPLACE', 'TELEPHONE', 'COPYING')),
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  unit_amount   NUMERIC(12, 2) NOT NULL CHECK (unit_amount >= 0),
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   UUID NOT NULL
);
CREATE INDEX finance_charge_by_year ON finance_charge (year, partner_name);

INSERT INTO finance_budget (year, total, source) VALUES
  (2007, 599000, 'Kaderdocument 2006, exploitatiebegroting A en verdeling B (2007, inclusief restant 2006)'),
  (2008, 440000, 'Kaderdocument 2006, exploitatiebegroting A en verdeling B (2008 en 2009)'),
  (2009, 440000, 'Kaderdocument 2006, exploitatiebegroting A en verdeling B (2008 en 2009)');

-- 2007. Structural 449,000 (Heerlen 195,000 + justice partners 254,000); incidental, "alleen 2007",
-- 150,000 from the provincial start-up subsidy. The text of the document lost the table's columns; the
-- lines marked incidental are the one-off set-up costs and the municipal deficit that table B's notes
-- assign to the province, and they add up to its 150,000.
INSERT INTO finance_budget_line (year, position, category, description, kind, amount, funder) VALUES
  (2007, 1,  'Huisvestingskosten', 'Huisvesting 2007', 'STRUCTURAL', 80000, 'HEERLEN'),
  (2007, 2,  'Huisvestingskosten', 'Huisvesting september 2006 – 31 december 2006', 'INCIDENTAL', 40000, 'PROVINCE'),
  (2007, 3,  'Initiële inrichtingskosten', 'Automatisering/ICT-netwerk inrichten', 'INCIDENTAL', 40000, 'PROVINCE'),
  (2007, 4,  'Initiële inrichtingskosten', 'Software ten behoeve van ketendossiers (Viadesk)', 'INCIDENTAL', 0, 'PROVINCE'),
  (2007, 5,  'Initiële inrichtingskosten', 'Privacyconvenant opstellen', 'INCIDENTAL', 15000, 'PROVINCE'),
  (2007, 6,  'Communicatie', 'Communicatie naar partners, burgers en bestuurders', 'STRUCTURAL', 10000, 'HEERLEN'),
  (2007, 7,  'Monitoring', 'Provinciale monitor inrichten, vullen en verwerken', 'INCIDENTAL', 10000, 'PROVINCE'),
  (2007, 8,  'Bureau documentatie', 'Procesondersteuner namens gemeente/partners', 'STRUCTURAL', 45000, 'HEERLEN'),
  (2007, 9,  'Bureau documentatie', 'Procesondersteuner namens OM', 'STRUCTURAL', 45000, 'JUSTICE_PARTNERS'),
  (2007, 10, 'Bureau documentatie', 'Gemeentelijk manager veiligheidshuis (na kwartiermaker)', 'STRUCTURAL', 30000, 'HEERLEN'),
  (2007, 11, 'Bureau documentatie', 'Kwartiermaker veiligheidshuis 2007', 'STRUCTURAL', 30000, 'HEERLEN'),
  (2007, 12, 'OM', 'Extra inzet OM: officieren, secretaris, schadebemiddelaar', 'STRUCTURAL', 80000, 'JUSTICE_PARTNERS'),
  (2007, 13, 'OM', 'Programmaleider (2006 en 2007)', 'STRUCTURAL', 54000, 'JUSTICE_PARTNERS'),
  (2007, 14, 'OM', 'Extra inzet justitiepartners', 'STRUCTURAL', 75000, 'JUSTICE_PARTNERS'),
  (2007, 15, 'Gemeentelijk tekort', 'Service- en exploitatiekosten (tweede jaar naar de deelnemende gemeenten)', 'INCIDENTAL', 45000, 'PROVINCE');

-- 2008 and 2009: 440,000 a year. Heerlen pays the roof, the direction and half of the administrative
-- support (185,000); communication and the service costs (55,000) are split over the district
-- municipalities by population; the justice partners pay 200,000.
INSERT INTO finance_budget_line (year, position, category, description, kind, amount, funder)
SELECT y.year, l.position, l.category, l.description, 'STRUCTURAL', l.amount, l.funder
FROM (VALUES (2008), (2009)) AS y (year)
CROSS JOIN (VALUES
  (1, 'Huisvestingskosten', 'Huisvesting (per jaar)', 80000, 'HEERLEN'),
  (2, 'Communicatie', 'Communicatie naar partners, burgers en bestuurders (te verdelen over de deelnemende gemeenten)', 10000, 'SHARED_BY_POPULATION'),
  (3, 'Bureau documentatie', 'Procesondersteuner namens gemeente/partners', 45000, 'HEERLEN'),
  (4, 'Bureau documentatie', 'Procesondersteuner namens OM', 45000, 'JUSTICE_PARTNERS'),
  (5, 'Bureau documentatie', 'Gemeentelijk manager veiligheidshuis', 60000, 'HEERLEN'),
  (6, 'OM', 'Extra inzet OM: officieren, secretaris, schadebemiddelaar', 80000, 'JUSTICE_PARTNERS'),
  (7, 'OM', 'Extra inzet justitiepartners', 75000, 'JUSTICE_PARTNERS'),
  (8, 'Gemeentelijk tekort', 'Service- en exploitatiekosten (te verdelen over de deelnemende gemeenten)', 45000, 'SHARED_BY_POPULATION')
) AS l (position, category, description, amount, funder);

INSERT INTO finance_budget_contribution (year, funder, amount) VALUES
  (2007, 'HEERLEN', 195000), (2007, 'OTHER_MUNICIPALITIES', 0), (2007, 'JUSTICE_PARTNERS', 254000), (2007, 'PROVINCE', 150000),
  (2008, 'HEERLEN', 216350), (2008, 'OTHER_MUNICIPALITIES', 23650), (2008, 'JUSTICE_PARTNERS', 200000), (2008, 'PROVINCE', 0),
  (2009, 'HEERLEN', 216350), (2009, 'OTHER_MUNICIPALITIES', 23650), (2009, 'JUSTICE_PARTNERS', 200000), (2009, 'PROVINCE', 0);

INSERT INTO finance_shared_cost (year, amount, lead_municipality, document_lead_share, document_others_share) VALUES
  (2008, 55000, 'Heerlen', 31350, 23650),
  (2009, 55000, 'Heerlen', 31350, 23650);

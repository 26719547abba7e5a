-- The house this deployment serves (exactly one row).
CREATE TABLE platform_house
(
  id         SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which module's demo data has been seeded; each seeder runs once per database.
CREATE TABLE platform_demo_seeding
(
  seeder    TEXT PRIMARY KEY,
  seeded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

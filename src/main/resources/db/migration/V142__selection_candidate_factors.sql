-- A selection run stores of each candidate's score breakdown only the factors' values, in ScoringFactor order
-- (FREQUENCY, RECENCY, GRAVITY, VIOLENCE, DOMESTIC_VIOLENCE, WEAPONS, PARTNER_SIGNALS): the weights are in the
-- run's rule-set version (which never changes) and every reader rebuilds value × weight = contribution from
-- them, as the run computed it. About 100 bytes instead of about 450 of JSON per candidate: storing the
-- candidates was half of a national run (docs/performance.md, "Selection run").
--
-- Adopted priority lists keep their own copy of the whole breakdown (selection_priority_list_entry.breakdown,
-- unchanged and still immutable).
ALTER TABLE selection_candidate ADD COLUMN factors DOUBLE PRECISION[];
UPDATE selection_candidate c
SET factors = ARRAY(SELECT (line ->> 'value')::double precision
                    FROM json_array_elements(c.breakdown) WITH ORDINALITY AS b(line, n)
                    ORDER BY n);
ALTER TABLE selection_candidate ALTER COLUMN factors SET NOT NULL;
ALTER TABLE selection_candidate DROP COLUMN breakdown;

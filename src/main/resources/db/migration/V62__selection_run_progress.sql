-- A national run reads about ten million antecedents before it classifies anyone: its progress counts the
-- antecedents read as well as the persons classified.
ALTER TABLE selection_run ADD COLUMN antecedents_read BIGINT NOT NULL DEFAULT 0;

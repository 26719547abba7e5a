-- A run builds its two candidate indexes at once, on two connections (V145). Parallel workers for either build
-- only compete with the other on the same cores: measured on two cores with 451,816 candidates, the two builds took
-- 0.30 s with PostgreSQL's default of two workers each and 0.275 s without.
ALTER FUNCTION selection_candidate_index_partition(UUID, TEXT) SET max_parallel_maintenance_workers = 0;

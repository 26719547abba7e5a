package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A module's part in retention and erasure (DESIGN.md §4 rule 11): every module that keeps personal data
 * implements this for its own tables, as a Spring bean; the {@link RetentionJob} asks them all. A person is
 * erased when at least one participant reports them {@link #expired} and none reports them {@link #retained}
 * (the whole person goes at once, from every module, in one transaction), and no legal hold covers them.
 * Periods come from {@link RetentionPeriods}, counted from the end of the involvement.
 */
public interface RetentionParticipant {

	/** Participants erase in ascending order: records that refer to others first, the person registry last. */
	int erasureOrder();

	/** Persons with records here whose retention ran out on or before {@code today} (all of them here). */
	Set<UUID> expired(LocalDate today);

	/** Persons with records here that must still be kept on {@code today} (open, or within their period). */
	Set<UUID> retained(LocalDate today);

	/** Both at once: what {@link #expired} and {@link #retained} say, for a participant that can answer in one go. */
	default Split split(LocalDate today) {
		return new Split(expired(today), retained(today));
	}

	/** The persons with records here split by {@link #split}. */
	record Split(Set<UUID> expired, Set<UUID> retained) {
	}

	/**
	 * Erases (or anonymises, where a pseudonymous statistic must stay) everything this module holds about the
	 * person, in the caller's transaction; says what went, as record type and ids, never content.
	 */
	List<Erased> erase(UUID person);

	/** Records tied to no person whose own period ran out (e.g. rejected import rows); in the caller's transaction. */
	default List<Erased> eraseExpiredRecords(LocalDate today) {
		return List.of();
	}

	/**
	 * What an erasure removed: the record type, how many records and their ids (as text). Where one erasure removes
	 * very many records (police antecedents past their period: up to millions at national scale), {@code ids} names
	 * the groups they came from instead (e.g. the import and the cut-off date), so an audit record stays small.
	 */
	record Erased(String recordType, int count, List<String> ids) {

		public Erased {
			ids = List.copyOf(ids);
		}

		/** One id per record erased. */
		public Erased(String recordType, List<String> ids) {
			this(recordType, ids.size(), ids);
		}
	}
}

package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A {@link RetentionParticipant} whose records of a person all expire on one day: the end of the person's last
 * involvement here plus the module's period. The module says when that is per person; the split into expired
 * and retained is the same for every module.
 */
public interface ByLastInvolvement extends RetentionParticipant {

	/** A person with records here, and the day those records may go (the last involvement plus the period). */
	record Involvement(UUID person, LocalDate expiresOn) {
	}

	/** Every person with records here, once each. */
	List<Involvement> involvements();

	@Override
	default Set<UUID> expired(LocalDate today) {
		return involvements().stream().filter(i -> !i.expiresOn().isAfter(today)).map(Involvement::person)
			.collect(Collectors.toSet());
	}

	@Override
	default Set<UUID> retained(LocalDate today) {
		return involvements().stream().filter(i -> i.expiresOn().isAfter(today)).map(Involvement::person)
			.collect(Collectors.toSet());
	}

	/** One look at the involvements for both halves (the retention job asks for both; each is a query over a module). */
	@Override
	default Split split(LocalDate today) {
		var halves = involvements().stream()
			.collect(Collectors.partitioningBy(i -> i.expiresOn().isAfter(today),
					Collectors.mapping(Involvement::person, Collectors.toSet())));
		return new Split(halves.get(false), halves.get(true));
	}
}

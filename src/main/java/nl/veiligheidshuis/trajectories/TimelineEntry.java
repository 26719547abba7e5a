package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the dossier timeline: what happened, when (the application's clock), who did it, and why.
 *
 * @param detail what the kind names: the intervention manager (assigned, reassigned), the origin (started),
 *        the closure reason (closed), the instrument (assessment), the plan version (plan changed), the
 *        partner (commitments)
 * @param previousDetail on a reassignment, the intervention manager before; on a counter-proposal, the date
 *        proposed
 */
public record TimelineEntry(UUID id, TimelineKind kind, OffsetDateTime at, UUID actorId, String actorName,
		@Nullable TrajectoryState from, @Nullable TrajectoryState to, @Nullable String reason, @Nullable String detail,
		@Nullable String previousDetail) {
}

package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An owner partner was asked to commit to an intervention's planned start. Carries no client data: the
 * e-mail notice made from it names only the partner, the date and the link.
 */
public record CommitmentRequested(UUID interventionId, UUID ownerId, LocalDate plannedStart) {
}

package nl.veiligheidshuis.trajectories;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * What an owner partner's professional sees of one intervention to commit to: the intervention as planned
 * now, the open request (or {@code null} when none is open), and the trajectory to read more in its dossier.
 */
@PersonalData
public record CommitmentRequest(UUID trajectoryId, Intervention intervention, @Nullable Commitment open) {
}

package nl.veiligheidshuis.platform;

/**
 * What the page header shows of the signed-in user. The identity module's principal implements it, so
 * the layout needs no knowledge of how users are stored.
 */
public interface UserProfile {

	/** The user account's id, e.g. the recipient of inbox messages. */
	java.util.UUID id();

	String displayName();

	String organisationName();

	/** The id of the partner organisation the user works for. */
	java.util.UUID organisation();

	/** Whether the user administers the system (the header then shows the "Beheer" section). */
	default boolean administrator() {
		return false;
	}
}

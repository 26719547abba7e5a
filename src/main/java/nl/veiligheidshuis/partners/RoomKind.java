package nl.veiligheidshuis.partners;

/** The kinds of room in the house. */
public enum RoomKind {
	MEETING_ROOM, FLEX_DESK, INTERVIEW_ROOM, OFFICE
}

package nl.veiligheidshuis.platform;

/** An upload that is not stored; {@link #messageKey()} says why, in Dutch, to the user. */
public class DocumentRejected extends RuntimeException {

	private final String messageKey;

	public DocumentRejected(String messageKey) {
		super("Document rejected: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}

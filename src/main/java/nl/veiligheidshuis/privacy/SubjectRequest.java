package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request of a data subject (AVG art. 15–17) and its handling. */
public record SubjectRequest(UUID id, Kind kind, UUID personId, LocalDate receivedOn, LocalDate deadline,
		@Nullable LocalDate extendedTo, @Nullable String extensionReason, @Nullable String requestText, Status status,
		@Nullable String decision, @Nullable String legalGround, Instant registeredAt, @Nullable Instant decidedAt,
		List<Step> steps) {

	public enum Kind {
		/** Inzage (art. 15). */
		ACCESS,
		/** Rectificatie (art. 16). */
		RECTIFICATION,
		/** Wissen (art. 17). */
		ERASURE
	}

	public enum Status {
		/** Received, not yet decided. */
		OPEN,
		/** Granted in full. */
		GRANTED,
		/** Granted in part; the decision says what not and why. */
		PARTLY_GRANTED,
		/** Refused, with the legal ground. */
		REFUSED
	}

	/** The exceptions of art. 17(3) to the right to erasure. */
	public enum ErasureException {
		/** 17(3)(a): freedom of expression and information. */
		FREEDOM_OF_EXPRESSION,
		/** 17(3)(b): a legal obligation or a task in the public interest. */
		LEGAL_OBLIGATION_OR_PUBLIC_TASK,
		/** 17(3)(c): public health. */
		PUBLIC_HEALTH,
		/** 17(3)(d): archiving, research or statistics in the public interest. */
		ARCHIVING_RESEARCH_STATISTICS,
		/** 17(3)(e): legal claims. */
		LEGAL_CLAIMS
	}

	/** One step of the handling. */
	public record Step(Instant at, String actorName, String step, @Nullable String detail) {

		/** The time, for formatting. */
		public java.time.OffsetDateTime atTime() {
			return at.atOffset(java.time.ZoneOffset.UTC);
		}
	}

	/** The date the answer is due: the deadline, or the extended one. */
	public LocalDate dueOn() {
		return extendedTo != null ? extendedTo : deadline;
	}
}

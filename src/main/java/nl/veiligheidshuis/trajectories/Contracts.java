package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.PdfRendering;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.DataCategory;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.privacy.TrajectoryNotFound;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * Offer and contract (DESIGN.md §4 rule 6): the intervention manager offers a plan that every owner partner
 * confirmed (after escalation: the same or a revised plan, confirmed again); the client accepts — the date and
 * both signatures recorded, the contract generated then as a PDF in Dutch and kept as it was signed, a scanned
 * signed copy optional — or refuses with a reason, which escalates. The contract and the scan are client data:
 * served only through the trajectory (need-to-know), audited as an export.
 */
@Service
public class Contracts {

	static final String AUDIT_OBJECT = "contract";
	static final String TEMPLATE = "trajectories/contract-pdf";

	private final Trajectories trajectories;
	private final InterventionPlans plans;
	private final StoredPlans storedPlans;
	private final StoredExecution stored;
	private final Persons persons;
	private final PdfRendering pdfs;
	private final Documents documents;
	private final TrajectoryAccess access;
	private final AuditLog auditLog;
	private final Clock clock;

	Contracts(Trajectories trajectories, InterventionPlans plans, StoredPlans storedPlans, StoredExecution stored,
			Persons persons, PdfRendering pdfs, Documents documents, TrajectoryAccess access, AuditLog auditLog, Clock clock) {
		this.trajectories = trajectories;
		this.plans = plans;
		this.storedPlans = storedPlans;
		this.stored = stored;
		this.persons = persons;
		this.pdfs = pdfs;
		this.documents = documents;
		this.access = access;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Offers the current plan to the client (PARTNER_CHECK or ESCALATED → OFFERED). Needs the right to offer.
	 *
	 * @throws TrajectoryRefused listing every violated rule: not now, not every commitment confirmed, stale
	 */
	@Transactional
	public void offer(UUID trajectoryId, long version, @Nullable String reason, UserProfile user) {
		requireOffer(trajectoryId);
		offer(trajectoryId, version, reason, actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void offer(UUID trajectoryId, long version, @Nullable String reason, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<String> violations = new ArrayList<>();
		if (!Transition.OFFER.allowedFrom(trajectory.state())) {
			violations.add(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		if (!plans.allCommitmentsConfirmed(trajectoryId)) {
			violations.add(OfferRules.NOT_CONFIRMED);
		}
		refuseWhenAny(violations, trajectory, version);
		trajectories.change(trajectoryId, version, actor, at,
				t -> Trajectories.move(t, Transition.OFFER, Assessments.blankToNull(reason), actor, at));
		stored.offer(trajectoryId, storedPlans.currentNumber(trajectoryId), actor, at);
	}

	/**
	 * Records the client's acceptance (OFFERED → CONTRACTED): the date and both signatures; the contract is
	 * generated now and kept. A scanned signed copy may come along (PDF only, checked by content and size).
	 *
	 * @throws TrajectoryRefused no open offer, a date in the future or before the offer, a scan that is no PDF, stale
	 */
	@Transactional
	public void accept(UUID trajectoryId, AcceptanceForm form, @Nullable Scan scan, UserProfile user) {
		requireOffer(trajectoryId);
		accept(trajectoryId, form, scan, actorOf(user), now());
	}

	/** A scanned signed contract as uploaded. */
	public record Scan(String fileName, byte[] content) {
	}

	/** Also used by the demo seeding. */
	void accept(UUID trajectoryId, AcceptanceForm form, @Nullable Scan scan, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		long version = Objects.requireNonNull(form.getVersion());
		LocalDate acceptedOn = Objects.requireNonNull(form.getAcceptedOn());
		Offer open = stored.openOffer(trajectoryId).orElse(null);
		List<String> violations = new ArrayList<>();
		if (open == null || trajectory.state() != TrajectoryState.OFFERED) {
			violations.add(OfferRules.NO_OPEN_OFFER);
		}
		if (acceptedOn.isAfter(at.atZoneSameInstant(clock.getZone()).toLocalDate())) {
			violations.add(OfferRules.ACCEPTED_IN_FUTURE);
		}
		if (open != null && acceptedOn.isBefore(open.offeredAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
			violations.add(OfferRules.ACCEPTED_BEFORE_OFFER);
		}
		if (scan != null && !isPdf(scan.content())) {
			violations.add(OfferRules.SCAN_NOT_PDF);
		}
		refuseWhenAny(violations, trajectory, version);
		Offer offer = Objects.requireNonNull(open);
		PersonName name = persons.names(List.of(trajectory.personId())).get(trajectory.personId());
		String client = name == null ? "" : name.displayName();
		String manager = Objects.requireNonNullElse(trajectory.interventionManagerName(), actor.name());
		byte[] contract = render(trajectory, offer, acceptedOn, client, manager, name == null ? null : name.dateOfBirth(),
				false);
		trajectories.change(trajectoryId, version, actor, at, t -> {
			Trajectories.move(t, Transition.ACCEPT, null, actor, at);
			t.note(TimelineKind.CONTRACT_SIGNED, actor, at, null, acceptedOn.toString(), null);
			if (scan != null) {
				t.note(TimelineKind.CONTRACT_SCAN_ADDED, actor, at, null, null, null);
			}
		});
		stored.accept(offer.id(), acceptedOn, client, manager, contract, at);
		if (scan != null) {
			stored.attachScan(offer.id(), scan.fileName(), scan.content());
		}
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, offer.id())
			.concerning(trajectory.personId()));
	}

	/**
	 * Records the client's refusal with the reason (OFFERED → ESCALATED): pressure and coercion follow.
	 *
	 * @throws TrajectoryRefused no open offer, stale
	 */
	@Transactional
	public void refuse(UUID trajectoryId, long version, String reason, UserProfile user) {
		requireOffer(trajectoryId);
		refuse(trajectoryId, version, reason, actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void refuse(UUID trajectoryId, long version, String reason, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		Offer open = stored.openOffer(trajectoryId).orElse(null);
		List<String> violations = new ArrayList<>();
		if (open == null || trajectory.state() != TrajectoryState.OFFERED) {
			violations.add(OfferRules.NO_OPEN_OFFER);
		}
		refuseWhenAny(violations, trajectory, version);
		String stated = reason.strip();
		trajectories.change(trajectoryId, version, actor, at, t -> Trajectories.move(t, Transition.REFUSE, stated, actor, at));
		stored.refuse(Objects.requireNonNull(open).id(), stated, at);
	}

	private byte[] render(Trajectory trajectory, Offer offer, LocalDate acceptedOn, String client, String manager,
			@Nullable LocalDate dateOfBirth, boolean dateOfBirthWithheld) {
		Map<String, Object> contents = new HashMap<>();
		contents.put("client", client);
		contents.put("dateOfBirth", dateOfBirth);
		contents.put("dateOfBirthWithheld", dateOfBirthWithheld);
		contents.put("targetGroup", trajectory.targetGroup());
		contents.put("manager", manager);
		contents.put("acceptedOn", acceptedOn);
		contents.put("offeredOn", offer.offeredAt().atZoneSameInstant(clock.getZone()).toLocalDate());
		contents.put("planNumber", offer.planNumber());
		contents.put("interventions", storedPlans.interventions(trajectory.id(), offer.planNumber()));
		contents.put("firstStartDue", acceptedOn.plusDays(ExecutionDeadlines.FIRST_START_DAYS));
		return pdfs.render(TEMPLATE, contents);
	}

	/**
	 * The contract in force (the newest accepted offer) as it was generated at acceptance, for who may read the
	 * trajectory; audited as an export concerning the client. None (404) before acceptance. A reader with whose
	 * organisation the privacy covenant does not share identifying data gets a copy rendered now from the same
	 * offer without the date of birth (field-level data minimisation: an export carries only what its recipient may see).
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public byte[] contract(UUID trajectoryId) {
		TrajectoryRights rights = access.requireRead(trajectoryId);
		byte[] generated = stored.contract(trajectoryId).orElse(null);
		if (generated == null || rights.sees(DataCategory.IDENTITY)) {
			return export(trajectoryId, generated);
		}
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		Offer accepted = stored.offers(trajectoryId).stream().filter(Offer::accepted)
			.max(Comparator.comparing(offer -> Objects.requireNonNull(offer.answeredAt())))
			.orElseThrow(TrajectoryNotFound::new);
		return export(trajectoryId, render(trajectory, accepted, Objects.requireNonNull(accepted.acceptedOn()),
				Objects.requireNonNullElse(accepted.clientSignatureName(), ""),
				Objects.requireNonNullElse(accepted.managerSignatureName(), ""), null, true));
	}

	/**
	 * The scanned signed copy of the contract in force, like {@link #contract}. A scan cannot be redacted: a reader
	 * with whose organisation the covenant does not share identifying data does not get it (404).
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public byte[] signedScan(UUID trajectoryId) {
		if (!access.requireRead(trajectoryId).sees(DataCategory.IDENTITY)) {
			throw new TrajectoryNotFound();
		}
		return export(trajectoryId, stored.signedScan(trajectoryId).orElse(null));
	}

	private byte[] export(UUID trajectoryId, byte @Nullable [] content) {
		access.requireRead(trajectoryId);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		if (content == null) {
			throw new TrajectoryNotFound();
		}
		auditLog.record(AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				trajectoryId).concerning(trajectory.personId()));
		return content;
	}

	/** Whether an upload is a PDF the house's document store would take (by content and size, not by its name). */
	boolean isPdf(byte[] content) {
		return content.length >= 5 && new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")
				&& content.length <= documents.maxSize().toBytes();
	}

	private void requireOffer(UUID trajectoryId) {
		if (!access.requireRead(trajectoryId).offer()) {
			throw new AccessDeniedException("Not allowed on this trajectory");
		}
	}

	static void refuseWhenAny(List<String> violations, Trajectory trajectory, long version) {
		Set<String> all = new LinkedHashSet<>(violations);
		if (trajectory.version() != version) {
			all.add(TrajectoryRefused.STALE);
		}
		if (!all.isEmpty()) {
			throw new TrajectoryRefused(List.copyOf(all));
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	static Trajectory.Actor actorOf(UserProfile user) {
		return new Trajectory.Actor(user.id(), user.displayName());
	}
}

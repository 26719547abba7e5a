package nl.veiligheidshuis.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.persons.SourceRecord;
import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.ResponsiblePartners;

/**
 * Referrals and signals: partners bring persons in, the secretariat triages them. The public API of the
 * intake module for them: submitting (resolved to a registry person in the same transaction, so a referral
 * is never half-written), reading within {@link ReferralVisibility}, the triage decisions (each sent back to
 * the referrer's inbox, an accepted one published as {@link ReferralAccepted}), and the read models of
 * selection ({@link #countsByPerson}, {@link #acceptedReferrals}). Every read of a referral, list or single,
 * and every change is audited for the person concerned.
 */
@Service
public class Referrals {

	static final String AUDIT_OBJECT = "referral";
	/** Lists show at most this many referrals, newest first (the triage queue: oldest first). */
	static final int MAX_LISTED = 200;
	/** The page of one referral, also the link of the inbox message about it. */
	static final String PAGE = "/aanmeldingen/";

	private final JdbcClient jdbc;
	private final Persons persons;
	private final OrganisationDirectory organisations;
	private final Notifications notifications;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ResponsiblePartners responsiblePartners;

	Referrals(JdbcClient jdbc, Persons persons, OrganisationDirectory organisations, Notifications notifications,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock, ResponsiblePartners responsiblePartners) {
		this.responsiblePartners = responsiblePartners;
		this.jdbc = jdbc;
		this.persons = persons;
		this.organisations = organisations;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/** A referral as received: its id and the reference the referrer and the house use for it. */
	public record Received(UUID id, String reference) {
	}

	/**
	 * Receives a referral or signal of the referrer's organisation, which stays responsible for the data:
	 * resolves the person through the registry (a source record of that organisation, with the referral's
	 * reference) and stores the referral, all in one transaction.
	 */
	@Transactional
	@PreAuthorize(ReferralVisibility.MAY_REFER)
	public Received submit(ReferralSubmission submission, UserProfile referrer) {
		return receive(submission, referrer.id(), referrer.displayName(), referrer.organisation(),
				referrer.organisationName(), OffsetDateTime.now(clock));
	}

	/** Also used by the demo seeding, which receives referrals of demo users at given moments. */
	Received receive(ReferralSubmission s, UUID referrerId, String referrerName, UUID organisationId,
			String organisationName, OffsetDateTime receivedAt) {
		OffsetDateTime at = receivedAt.withOffsetSameInstant(ZoneOffset.UTC);
		long number = jdbc.sql("SELECT nextval('intake_referral_number')").query(Long.class).single();
		String reference = "%s-%d-%05d".formatted(s.kind() == ReferralKind.SIGNAL ? "SG" : "AM",
				at.atZoneSameInstant(clock.getZone()).getYear(), number);
		UUID person = persons.resolve(new SourceRecord(organisationId, organisationName, reference, s.bsn(), s.givenNames(),
				s.surnamePrefix(), s.surname(), null, s.dateOfBirth(), s.gender(), s.street(), s.houseNumber(), s.postalCode(),
				s.city(), null, null)).personId();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO intake_referral (id, reference, kind, status, organisation_id, organisation_name, referrer_id,
				  referrer_name, received_at, person_id, bsn, given_names, surname_prefix, surname, date_of_birth, gender,
				  street, house_number, postal_code, city, target_groups, reason, goal, person_informed, not_informed_reason)
				VALUES (:id, :reference, :kind, 'OPEN', :organisation, :organisationName, :referrer, :referrerName, :at,
				  :person, :bsn, :given, :prefix, :surname, :birth, :gender, :street, :houseNumber, :postalCode, :city,
				  :targetGroups, :reason, :goal, :informed, :notInformedReason)""")
			.param("id", id).param("reference", reference).param("kind", s.kind().name())
			.param("organisation", organisationId).param("organisationName", organisationName)
			.param("referrer", referrerId).param("referrerName", referrerName).param("at", at).param("person", person)
			.param("bsn", s.bsn()).param("given", s.givenNames()).param("prefix", s.surnamePrefix())
			.param("surname", s.surname()).param("birth", s.dateOfBirth()).param("gender", s.gender())
			.param("street", s.street()).param("houseNumber", s.houseNumber()).param("postalCode", s.postalCode())
			.param("city", s.city())
			.param("targetGroups", s.targetGroups().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("reason", s.reason()).param("goal", s.goal()).param("informed", s.personInformed())
			.param("notInformedReason", s.notInformedReason())
			.update();
		Map<UUID, String> names = organisations.all().stream()
			.collect(Collectors.toMap(OrganisationDirectory.Organisation::id, OrganisationDirectory.Organisation::name));
		for (UUID participant : s.proposedParticipants()) {
			String name = names.get(participant);
			if (name == null) {
				throw new IllegalArgumentException("Proposed participant is not a partner of the register");
			}
			jdbc.sql("INSERT INTO intake_referral_participant (referral_id, organisation_id, organisation_name) VALUES (:r, :o, :n)")
				.param("r", id).param("o", participant).param("n", name).update();
		}
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(person));
		// The referring partner stays responsible for these data (model privacy protocol 2018).
		responsiblePartners.responsible(person, organisationId, ProcessingActivities.REFERRAL, AUDIT_OBJECT, id.toString());
		return new Received(id, reference);
	}

	/**
	 * One referral, when the signed-in user may see it. Audited as a read for the person; a refused look at
	 * an existing referral is audited as denied and answered as not found.
	 */
	@Transactional
	@PreAuthorize(ReferralVisibility.MAY_REFER)
	public Optional<Referral> find(UUID id) {
		Optional<Referral> referral = load(id);
		if (referral.isEmpty()) {
			return referral;
		}
		boolean allowed = ReferralVisibility.current().sees(referral.get().organisationId());
		AuditEntry entry = AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(referral.get().personId());
		auditLog.record(allowed ? entry : entry.denied());
		return allowed ? referral : Optional.empty();
	}

	/**
	 * The referrals the signed-in user may see, newest first: all for the secretariat and the house manager,
	 * their organisation's for everyone else. Audited as one read concerning every person listed.
	 */
	@Transactional
	@PreAuthorize(ReferralVisibility.MAY_REFER)
	public List<ReferralSummary> visible() {
		ReferralVisibility visibility = ReferralVisibility.current();
		List<ReferralSummary> found = switch (visibility.scope()) {
			case ALL -> summaries("TRUE ORDER BY received_at DESC", Map.of());
			case OWN_ORGANISATION -> summaries("organisation_id = :organisation ORDER BY received_at DESC",
					Map.of("organisation", Objects.requireNonNull(visibility.organisation())));
			case NONE -> List.of();
		};
		auditList(found, "referral-list");
		return found;
	}

	/** The triage queue: open referrals, oldest first. Audited as one read concerning every person listed. */
	@Transactional
	@PreAuthorize(ReferralVisibility.MAY_TRIAGE)
	public List<ReferralSummary> openQueue() {
		List<ReferralSummary> open = summaries("status = 'OPEN' ORDER BY received_at, reference", Map.of());
		auditList(open, "referral-triage-queue");
		return open;
	}

	/** How many referrals wait in the triage queue (no person data: for the navigation and the home page). */
	@Transactional(readOnly = true)
	@PreAuthorize(ReferralVisibility.MAY_TRIAGE)
	public int openCount() {
		return jdbc.sql("SELECT count(*) FROM intake_referral WHERE status = 'OPEN'").query(Integer.class).single();
	}

	/** Thrown when a referral that is no longer open is decided again. */
	public static class NotOpen extends RuntimeException {

		NotOpen() {
			super("The referral was already decided");
		}
	}

	/**
	 * Decides an open referral: accepted (a candidate for selection, published as {@link ReferralAccepted}),
	 * referred elsewhere, or rejected, each with its reason. The referrer gets an inbox message with the
	 * referral's reference and a link, no person data. Audited as a change for the person.
	 *
	 * @return false when there is no such referral
	 * @throws NotOpen when it was decided already (also by someone else at the same moment)
	 */
	@Transactional
	@PreAuthorize(ReferralVisibility.MAY_TRIAGE)
	public boolean decide(UUID id, TriageDecision decision, UserProfile decider) {
		return decide(id, decision, decider.id(), decider.displayName(), OffsetDateTime.now(clock));
	}

	/** Also used by the demo seeding, which decides as the demo secretariat at given moments. */
	boolean decide(UUID id, TriageDecision decision, UUID deciderId, String deciderName, OffsetDateTime at) {
		Optional<Referral> found = load(id);
		if (found.isEmpty()) {
			return false;
		}
		Referral referral = found.get();
		OffsetDateTime now = at.withOffsetSameInstant(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				UPDATE intake_referral SET status = :status, decided_at = :now, decided_by = :by, decided_by_name = :byName,
				  decision_reason = :reason, referred_to = :referredTo
				WHERE id = :id AND status = 'OPEN'""")
			.param("status", decision.outcome().name()).param("now", now).param("by", deciderId)
			.param("byName", deciderName).param("reason", decision.reason().strip())
			.param("referredTo", decision instanceof TriageDecision.ReferElsewhere elsewhere ? elsewhere.referredTo().strip() : null)
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new NotOpen();
		}
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(referral.personId()));
		notifications.notify(referrerOf(id), "referral.notification." + decision.outcome().name(),
				List.of(referral.reference()), PAGE + id);
		if (decision instanceof TriageDecision.Accept) {
			events.publishEvent(new ReferralAccepted(id, referral.personId(), referral.kind(), referral.targetGroups(),
					referral.organisationId(), now));
		}
		return true;
	}

	/**
	 * Per person, the partner referrals and signals received in {@code [from, to]} (dates in the house's
	 * time zone), rejected ones not counted: the partner-signals factor of selection. Ids and counts only.
	 */
	@Transactional(readOnly = true)
	public List<ReferralCount> countsByPerson(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT person_id, count(*) FILTER (WHERE kind = 'REFERRAL') AS referrals,
				       count(*) FILTER (WHERE kind = 'SIGNAL') AS signals, count(DISTINCT organisation_id) AS organisations
				FROM intake_referral
				WHERE status <> 'REJECTED' AND received_at >= :from AND received_at < :to
				GROUP BY person_id ORDER BY person_id""")
			.param("from", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query((rs, n) -> new ReferralCount(rs.getObject("person_id", UUID.class), rs.getInt("referrals"),
					rs.getInt("signals"), rs.getInt("organisations")))
			.list();
	}

	/**
	 * Every accepted referral and signal, oldest first, as the events that announced them: which persons are
	 * candidates for selection through a partner referral. Ids, target groups and times only.
	 */
	@Transactional(readOnly = true)
	public List<ReferralAccepted> acceptedReferrals() {
		return jdbc.sql("""
				SELECT id, person_id, kind, target_groups, organisation_id, decided_at FROM intake_referral
				WHERE status = 'ACCEPTED' ORDER BY decided_at, id""")
			.query((rs, n) -> new ReferralAccepted(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					ReferralKind.valueOf(rs.getString("kind")), targetGroups(rs.getArray("target_groups")),
					rs.getObject("organisation_id", UUID.class), rs.getObject("decided_at", OffsetDateTime.class)))
			.list();
	}

	private UUID referrerOf(UUID id) {
		return jdbc.sql("SELECT referrer_id FROM intake_referral WHERE id = :id").param("id", id).query(UUID.class).single();
	}

	private void auditList(List<ReferralSummary> listed, String objectType) {
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, objectType, null)
			.concerning(listed.stream().map(ReferralSummary::personId).toList()));
	}

	private List<ReferralSummary> summaries(String whereAndOrder, Map<String, Object> params) {
		String columns = """
				SELECT id, reference, kind, status, organisation_name, received_at, person_id, given_names, surname_prefix,
				       surname, date_of_birth, target_groups
				FROM intake_referral""";
		return jdbc.sql(columns + " WHERE " + whereAndOrder + " LIMIT " + MAX_LISTED)
			.params(params)
			.query((rs, n) -> new ReferralSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
					ReferralKind.valueOf(rs.getString("kind")), ReferralStatus.valueOf(rs.getString("status")),
					rs.getString("organisation_name"), rs.getObject("received_at", OffsetDateTime.class),
					rs.getObject("person_id", UUID.class),
					ReferralSummary.fullName(rs.getString("given_names"), rs.getString("surname_prefix"), rs.getString("surname")),
					rs.getObject("date_of_birth", LocalDate.class), targetGroups(rs.getArray("target_groups"))))
			.list();
	}

	private Optional<Referral> load(UUID id) {
		List<String> participants = jdbc.sql(
				"SELECT organisation_name FROM intake_referral_participant WHERE referral_id = :id ORDER BY organisation_name")
			.param("id", id).query(String.class).list();
		return jdbc.sql("SELECT * FROM intake_referral WHERE id = :id").param("id", id)
			.query((rs, n) -> referral(rs, participants)).optional();
	}

	private static Referral referral(ResultSet rs, List<String> participants) throws SQLException {
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
				ReferralKind.valueOf(rs.getString("kind")), ReferralStatus.valueOf(rs.getString("status")),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("referrer_name"),
				rs.getObject("received_at", OffsetDateTime.class), rs.getObject("person_id", UUID.class), rs.getString("bsn"),
				rs.getString("given_names"), rs.getString("surname_prefix"), rs.getString("surname"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("street"),
				rs.getString("house_number"), rs.getString("postal_code"), rs.getString("city"),
				targetGroups(rs.getArray("target_groups")), rs.getString("reason"), rs.getString("goal"), participants,
				rs.getBoolean("person_informed"), rs.getString("not_informed_reason"),
				decidedAt == null ? null : new Referral.Decision(decidedAt, rs.getString("decided_by_name"),
						rs.getString("decision_reason"), rs.getString("referred_to")));
	}

	private static Set<TargetGroup> targetGroups(@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(TargetGroup::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetGroup.class)));
	}
}

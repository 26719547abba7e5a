package nl.veiligheidshuis.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.persons.SourceRecord;
import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.CovenantCoverage;
import nl.veiligheidshuis.privacy.DataCategory;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * The public API of the victims module: incidents with persons in roles, victims with their support offers,
 * repeat victimisation, domestic-violence cases (risk checklist, safety plan, restraining order, last case
 * conference, repeat case) and the light path of early intervention.
 * <p>
 * Need-to-know (docs/security.md): the secretariat and the house manager see every record. Any other user sees a
 * victim's records only when their organisation is involved with that victim: it registered an incident in which the
 * person is a victim, it makes a support offer to the victim, or it opened a domestic-violence case with the victim
 * in it. Being involved with the perpetrator (their trajectory, an incident as suspect) gives no such right. An
 * incident is visible to its source partner and to those who may see one of its victims; a case to the partner that
 * opened it and to those who may see one of its victims; an early signal to its source partner. Anything else answers
 * {@link VictimsNotFound} (404) and is audited as denied. Every read and change concerning a person is audited.
 * <p>
 * And the covenant half of need-to-know (DESIGN.md §4 rule 8), as for trajectories: besides being involved, the
 * organisation must be a party to the covenant today and a privacy covenant in force must cover the target group for
 * it with victim data shared — victim or domestic-violence victim for incidents, victims and support offers;
 * domestic-violence victim for cases — and, for early signals, first offender with judicial data shared.
 * Otherwise the same 404, and such a partner cannot register an incident or an early signal either (a refusal
 * naming the rule: it may not process that data under the covenant). The house's own intervention managers are no
 * partner: for them only involvement counts.
 */
@Service
public class Victims {

	/** Who records incidents, support and signals. */
	public static final String MAY_WORK = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER', 'INTERVENTION_MANAGER', 'PARTNER_PROFESSIONAL')";

	static final String PAGE = "/slachtoffers";
	private static final ProcessingPurpose PURPOSE = ProcessingPurpose.PERSON_CENTRED_APPROACH;

	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Persons persons;
	private final OrganisationDirectory organisations;
	private final AuditLog auditLog;
	private final VictimRules rules;
	private final Clock clock;
	private final TransactionTemplate separately;
	private final CovenantCoverage coverage;

	Victims(JdbcClient jdbc, Persons persons, OrganisationDirectory organisations, AuditLog auditLog, VictimRules rules,
			Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			CovenantCoverage coverage) {
		this.coverage = coverage;
		this.events = events;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.persons = persons;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.rules = rules;
	}

	// ---------------------------------------------------------------- commands and views

	/** A person of an incident: a registered person by id, or names and date of birth resolved by the registry. */
	@PersonalData
	public record PersonInput(@Nullable IncidentRole role, @Nullable UUID personId, @Nullable String givenNames,
			@Nullable String surname, @Nullable LocalDate dateOfBirth) {

		boolean blank() {
			return role == null && personId == null && (surname == null || surname.isBlank()) && (givenNames == null || givenNames.isBlank())
					&& dateOfBirth == null;
		}
	}

	public record IncidentCommand(@Nullable LocalDate occurredOn, @Nullable IncidentKind kind, @Nullable String description,
			List<PersonInput> persons) {
	}

	@PersonalData
	public record PersonInRole(UUID personId, String name, @Nullable LocalDate dateOfBirth, String role) {
	}

	@PersonalData
	public record IncidentView(UUID id, LocalDate occurredOn, IncidentKind kind, @Nullable String description,
			UUID sourceOrganisationId, String sourceOrganisation, OffsetDateTime registeredAt, List<PersonInRole> persons) {
	}

	public record SupportOfferCommand(@Nullable SupportKind kind, @Nullable UUID organisationId, @Nullable LocalDate offeredOn,
			@Nullable Consent consent) {
	}

	@PersonalData
	public record SupportOfferView(UUID id, SupportKind kind, UUID organisationId, String organisation, LocalDate offeredOn,
			Consent consent, @Nullable String outcome, @Nullable LocalDate outcomeRecordedOn) {
	}

	@PersonalData
	public record VictimSummary(UUID personId, String name, int incidentsInWindow, boolean repeatVictim,
			@Nullable LocalDate lastIncidentOn) {
	}

	public record CaseReference(UUID id, boolean repeatCase) {
	}

	@PersonalData
	public record VictimView(UUID personId, String name, @Nullable LocalDate dateOfBirth, boolean repeatVictim,
			int incidentsInWindow, int minIncidents, LocalDate windowStart, List<IncidentView> incidents,
			List<SupportOfferView> supportOffers, List<CaseReference> cases) {
	}

	public record AssessmentView(UUID id, String instrument, List<RiskFactor> factors, int score, RiskGrade grade,
			LocalDate assessedOn) {
	}

	@PersonalData
	public record OrderView(UUID id, UUID personId, String personName, LocalDate imposedOn, LocalDate endsOn,
			LocalDate latestEnd, @Nullable LocalDate extendedOn, boolean running) {
	}

	@PersonalData
	public record CaseSummary(UUID id, OffsetDateTime openedAt, String victims, boolean repeatCase,
			@Nullable RiskGrade latestGrade, @Nullable LocalDate lastConferenceOn) {
	}

	@PersonalData
	public record CaseView(UUID id, OffsetDateTime openedAt, List<PersonInRole> persons, @Nullable LocalDate lastConferenceOn,
			boolean repeatCase, boolean conferenceProposed, List<IncidentView> incidents, @Nullable String safetyPlan,
			@Nullable OffsetDateTime safetyPlanUpdatedAt, List<AssessmentView> assessments, List<OrderView> restrainingOrders) {
	}

	@PersonalData
	public record SignalCommand(@Nullable SignalKind kind, @Nullable String givenNames, @Nullable String surname,
			@Nullable LocalDate dateOfBirth, @Nullable LocalDate signalledOn, @Nullable String description,
			@Nullable ReferralTarget referredTo) {
	}

	@PersonalData
	public record SignalView(UUID id, UUID personId, String name, @Nullable LocalDate dateOfBirth, SignalKind kind,
			LocalDate signalledOn, String description, ReferralTarget referredTo, @Nullable String outcome,
			@Nullable LocalDate outcomeRecordedOn, boolean escalated, @Nullable String escalationReason,
			String sourceOrganisation) {
	}

	// ---------------------------------------------------------------- incidents

	/** Registers an incident for the caller's organisation (the source partner); every rule is checked at once. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public UUID recordIncident(IncidentCommand command) {
		Caller caller = caller();
		List<String> violations = new ArrayList<>();
		if (!caller.covered(Covered.VICTIMS)) {
			violations.add("victims.rule.notCovered");
		}
		if (command.occurredOn() == null) {
			violations.add("victims.rule.occurredOn");
		}
		else if (command.occurredOn().isAfter(rules.today())) {
			violations.add("victims.rule.occurredInFuture");
		}
		if (command.kind() == null) {
			violations.add("victims.rule.kind");
		}
		if (command.description() != null && command.description().length() > 4000) {
			violations.add("victims.rule.descriptionTooLong");
		}
		List<PersonInput> given = command.persons().stream().filter(p -> !p.blank()).toList();
		if (given.isEmpty() || given.stream().noneMatch(p -> p.role() == IncidentRole.VICTIM)) {
			violations.add("victims.rule.victimNeeded");
		}
		checkPersons(given, violations);
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations.stream().distinct().toList());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_incident (id, occurred_on, kind, description, source_organisation_id,
				  source_organisation_name, registered_by, registered_at)
				VALUES (:id, :on, :kind, :description, :org, :orgName, :by, :at)""")
			.param("id", id).param("on", command.occurredOn()).param("kind", command.kind().name())
			.param("description", blankToNull(command.description())).param("org", caller.organisation())
			.param("orgName", caller.organisationName()).param("by", caller.userId()).param("at", now).update();
		Set<UUID> concerned = new LinkedHashSet<>();
		Set<UUID> victims = new LinkedHashSet<>();
		for (PersonInput person : given) {
			UUID personId = person.personId() != null ? person.personId()
					: persons.resolve(new SourceRecord(caller.organisation(), caller.organisationName(), null, null,
							blankToNull(person.givenNames()), null, person.surname().strip(), null, person.dateOfBirth(), null,
							null, null, null, null, null, null)).personId();
			if (!concerned.add(personId)) {
				throw new VictimsRefused(List.of("victims.rule.personTwice"));
			}
			jdbc.sql("INSERT INTO victims_incident_person (incident_id, person_id, role) VALUES (:i, :p, :r)")
				.param("i", id).param("p", personId).param("r", person.role().name()).update();
			if (person.role() == IncidentRole.VICTIM) {
				victims.add(personId);
			}
		}
		auditLog.record(AuditEntry.of(AuditAction.CREATE, PURPOSE, "incident", id).concerning(concerned));
		events.publishEvent(new IncidentRecorded(id, victims, command.occurredOn(),
				command.kind() == IncidentKind.DOMESTIC_VIOLENCE));
		return id;
	}

	private void checkPersons(List<PersonInput> given, List<String> violations) {
		Set<UUID> ids = new HashSet<>();
		for (PersonInput person : given) {
			if (person.role() == null) {
				violations.add("victims.rule.role");
			}
			if (person.personId() != null) {
				if (!ids.add(person.personId())) {
					violations.add("victims.rule.personTwice");
				}
			}
			else if (person.surname() == null || person.surname().isBlank()) {
				violations.add("victims.rule.surname");
			}
			else if (person.surname().length() > 200 || (person.givenNames() != null && person.givenNames().length() > 200)) {
				violations.add("victims.rule.nameTooLong");
			}
			if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(rules.today())) {
				violations.add("victims.rule.dateOfBirth");
			}
		}
		if (!ids.isEmpty() && persons.names(ids).size() != ids.size()) {
			violations.add("victims.rule.unknownPerson");
		}
	}

	/** The incidents the caller may see, newest first. Audited for every person shown. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public List<IncidentView> visibleIncidents() {
		Caller caller = caller();
		List<IncidentView> visible = incidents("TRUE", Map.of()).stream().filter(i -> mayRead(caller, i)).toList();
		visible.forEach(i -> audit(AuditAction.READ, "incident", i.id(), personIds(i)));
		return visible;
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public IncidentView incident(UUID incidentId) {
		Caller caller = caller();
		IncidentView incident = incidents("i.id = :id", Map.of("id", incidentId)).stream().findFirst()
			.orElseThrow(VictimsNotFound::new);
		if (!mayRead(caller, incident)) {
			denied("incident", incidentId, personIds(incident));
		}
		audit(AuditAction.READ, "incident", incidentId, personIds(incident));
		return incident;
	}

	// ---------------------------------------------------------------- victims

	/** The victims the caller may see, repeat victims first; {@code repeatOnly} leaves out the others. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public List<VictimSummary> visibleVictims(boolean repeatOnly) {
		Caller caller = caller();
		Map<UUID, List<LocalDate>> dates = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.person_id, i.occurred_on FROM victims_incident_person p JOIN victims_incident i ON i.id = p.incident_id
				WHERE p.role = 'VICTIM' ORDER BY i.occurred_on DESC""")
			.query(rs -> {
				dates.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
			});
		Set<UUID> readable = caller.seesAll() ? dates.keySet()
				: caller.covered(Covered.VICTIMS) ? readableVictims(caller, dates.keySet()) : Set.of();
		Map<UUID, PersonName> names = persons.names(readable);
		LocalDate from = rules.windowStart();
		LocalDate today = rules.today();
		List<VictimSummary> victims = new ArrayList<>();
		for (UUID person : readable) {
			List<LocalDate> days = dates.get(person);
			boolean repeat = rules.isRepeatVictim(days);
			if (repeatOnly && !repeat) {
				continue;
			}
			int inWindow = (int) days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(today)).count();
			victims.add(new VictimSummary(person, nameOf(names, person), inWindow, repeat, days.getFirst()));
		}
		victims.sort(Comparator.comparing(VictimSummary::repeatVictim).reversed()
			.thenComparing(VictimSummary::lastIncidentOn, Comparator.nullsLast(Comparator.reverseOrder())));
		victims.forEach(v -> audit(AuditAction.READ, "victim", v.personId(), List.of(v.personId())));
		return victims;
	}

	/** One victim's record: repeat flag, incidents as victim, support offers, cases. 404 beyond need-to-know. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public VictimView victim(UUID personId) {
		Caller caller = caller();
		requireVictim(caller, personId);
		List<IncidentView> incidents = incidents(
				"i.id IN (SELECT incident_id FROM victims_incident_person WHERE person_id = :p AND role = 'VICTIM')",
				Map.of("p", personId));
		List<LocalDate> days = incidents.stream().map(IncidentView::occurredOn).toList();
		LocalDate from = rules.windowStart();
		LocalDate today = rules.today();
		int inWindow = (int) days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(today)).count();
		List<CaseReference> cases = jdbc.sql("SELECT case_id FROM victims_dv_case_person WHERE person_id = :p ORDER BY case_id")
			.param("p", personId).query(UUID.class).list().stream()
			.map(c -> new CaseReference(c, repeatCase(c))).toList();
		PersonName name = persons.names(List.of(personId)).get(personId);
		audit(AuditAction.READ, "victim", personId, List.of(personId));
		return new VictimView(personId, name == null ? "" : name.displayName(), name == null ? null : name.dateOfBirth(),
				rules.isRepeatVictim(days), inWindow, rules.minIncidents(), from, incidents, supportOffers(personId), cases);
	}

	/** Offers support to a victim; the offering organisation (default the caller's) becomes involved with the victim. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public UUID offerSupport(UUID personId, SupportOfferCommand command) {
		Caller caller = caller();
		requireVictim(caller, personId);
		List<String> violations = new ArrayList<>();
		if (command.kind() == null) {
			violations.add("victims.rule.supportKind");
		}
		if (command.consent() == null) {
			violations.add("victims.rule.consent");
		}
		LocalDate offeredOn = command.offeredOn() == null ? rules.today() : command.offeredOn();
		if (offeredOn.isAfter(rules.today())) {
			violations.add("victims.rule.offeredInFuture");
		}
		UUID organisation = command.organisationId() == null ? caller.organisation() : command.organisationId();
		Optional<String> organisationName = organisations.all().stream().filter(o -> o.id().equals(organisation))
			.map(OrganisationDirectory.Organisation::name).findFirst();
		if (organisationName.isEmpty()) {
			violations.add("victims.rule.organisation");
		}
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_support_offer (id, person_id, kind, organisation_id, organisation_name, offered_on, consent,
				  recorded_by, recorded_at) VALUES (:id, :p, :kind, :org, :orgName, :on, :consent, :by, :at)""")
			.param("id", id).param("p", personId).param("kind", command.kind().name()).param("org", organisation)
			.param("orgName", organisationName.get()).param("on", offeredOn).param("consent", command.consent().name())
			.param("by", caller.userId()).param("at", OffsetDateTime.now(clock)).update();
		audit(AuditAction.CREATE, "support-offer", id, List.of(personId));
		return id;
	}

	/** Records the victim's consent (again) and the outcome of a support offer. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public void recordOutcome(UUID personId, UUID offerId, @Nullable Consent consent, @Nullable String outcome) {
		Caller caller = caller();
		requireVictim(caller, personId);
		Integer exists = jdbc.sql("SELECT count(*) FROM victims_support_offer WHERE id = :id AND person_id = :p")
			.param("id", offerId).param("p", personId).query(Integer.class).single();
		if (exists == 0) {
			throw new VictimsNotFound();
		}
		List<String> violations = new ArrayList<>();
		if (consent == null) {
			violations.add("victims.rule.consent");
		}
		if (outcome == null || outcome.isBlank()) {
			violations.add("victims.rule.outcome");
		}
		else if (outcome.length() > 4000) {
			violations.add("victims.rule.descriptionTooLong");
		}
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations);
		}
		jdbc.sql("UPDATE victims_support_offer SET consent = :c, outcome = :o, outcome_recorded_on = :on WHERE id = :id")
			.param("c", consent.name()).param("o", outcome.strip()).param("on", rules.today()).param("id", offerId).update();
		audit(AuditAction.UPDATE, "support-offer", offerId, List.of(personId));
	}

	/** How many victims are repeat victims today (no personal data: the secretariat's "Mijn werk"). */
	@Transactional(readOnly = true)
	public int repeatVictimCount() {
		return jdbc.sql("""
				SELECT count(*) FROM (SELECT p.person_id FROM victims_incident_person p
				  JOIN victims_incident i ON i.id = p.incident_id
				  WHERE p.role = 'VICTIM' AND i.occurred_on BETWEEN :from AND :today
				  GROUP BY p.person_id HAVING count(*) >= :min) r""")
			.param("from", rules.windowStart()).param("today", rules.today()).param("min", rules.minIncidents())
			.query(Integer.class).single();
	}

	// ---------------------------------------------------------------- domestic-violence cases

	/**
	 * Opens a domestic-violence case from a domestic-violence incident the caller may see: its suspects become the
	 * perpetrators, its victims the victims, the children present the children. A person already in an open case of
	 * the same incident's persons joins no second case: the existing case is returned.
	 */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public UUID openCase(UUID incidentId) {
		Caller caller = caller();
		IncidentView incident = incident(incidentId);
		if (incident.kind() != IncidentKind.DOMESTIC_VIOLENCE) {
			throw new VictimsRefused(List.of("victims.rule.notDomesticViolence"));
		}
		List<UUID> victimIds = incident.persons().stream().filter(p -> p.role().equals(IncidentRole.VICTIM.name()))
			.map(PersonInRole::personId).toList();
		Optional<UUID> existing = jdbc.sql("""
				SELECT case_id FROM victims_dv_case_person WHERE person_id = ANY(:ids) AND role = 'VICTIM' LIMIT 1""")
			.param("ids", victimIds.toArray(UUID[]::new)).query(UUID.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_dv_case (id, opened_at, opened_by, opened_by_organisation)
				VALUES (:id, :at, :by, :org)""")
			.param("id", id).param("at", OffsetDateTime.now(clock)).param("by", caller.userId())
			.param("org", caller.organisation()).update();
		for (PersonInRole person : incident.persons()) {
			CaseRole role = switch (IncidentRole.valueOf(person.role())) {
				case SUSPECT -> CaseRole.PERPETRATOR;
				case VICTIM -> CaseRole.VICTIM;
				case CHILD_PRESENT -> CaseRole.CHILD;
				case WITNESS -> null;
			};
			if (role != null) {
				jdbc.sql("INSERT INTO victims_dv_case_person (case_id, person_id, role) VALUES (:c, :p, :r)")
					.param("c", id).param("p", person.personId()).param("r", role.name()).update();
			}
		}
		audit(AuditAction.CREATE, "dv-case", id, casePersons(id).keySet());
		return id;
	}

	/** The cases the caller may see. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public List<CaseSummary> visibleCases() {
		Caller caller = caller();
		List<UUID> ids = jdbc.sql("SELECT id FROM victims_dv_case ORDER BY opened_at DESC").query(UUID.class).list();
		List<CaseSummary> visible = new ArrayList<>();
		for (UUID id : ids) {
			Map<UUID, CaseRole> members = casePersons(id);
			if (!mayReadCase(caller, id, members)) {
				continue;
			}
			List<UUID> victims = members.entrySet().stream().filter(e -> e.getValue() == CaseRole.VICTIM).map(Map.Entry::getKey)
				.toList();
			Map<UUID, PersonName> names = persons.names(victims);
			String victimNames = String.join(", ", victims.stream().map(v -> nameOf(names, v)).sorted().toList());
			List<AssessmentView> assessments = assessments(id);
			visible.add(new CaseSummary(id, openedAt(id), victimNames, repeatCase(id),
					assessments.isEmpty() ? null : assessments.getFirst().grade(), lastConference(id)));
			audit(AuditAction.READ, "dv-case", id, members.keySet());
		}
		return visible;
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public CaseView caseView(UUID caseId) {
		Caller caller = caller();
		Map<UUID, CaseRole> members = requireCase(caller, caseId);
		Map<UUID, PersonName> names = persons.names(members.keySet());
		List<PersonInRole> people = members.entrySet().stream()
			.map(e -> new PersonInRole(e.getKey(), nameOf(names, e.getKey()),
					names.get(e.getKey()) == null ? null : names.get(e.getKey()).dateOfBirth(), e.getValue().name()))
			.sorted(Comparator.comparing(PersonInRole::role).thenComparing(PersonInRole::name)).toList();
		record Facts(OffsetDateTime openedAt, @Nullable LocalDate lastConference, @Nullable String plan,
				@Nullable OffsetDateTime planAt) {
		}
		Facts facts = jdbc.sql("""
				SELECT opened_at, last_conference_on, safety_plan, safety_plan_updated_at FROM victims_dv_case WHERE id = :id""")
			.param("id", caseId)
			.query((rs, n) -> new Facts(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.single();
		List<IncidentView> incidents = caseIncidents(members.keySet());
		List<AssessmentView> assessments = assessments(caseId);
		List<OrderView> orders = jdbc.sql("""
				SELECT id, person_id, imposed_on, ends_on, extended_on FROM victims_restraining_order WHERE case_id = :c
				ORDER BY imposed_on DESC, id""")
			.param("c", caseId)
			.query((rs, n) -> {
				LocalDate imposed = rs.getObject(3, LocalDate.class);
				LocalDate ends = rs.getObject(4, LocalDate.class);
				UUID person = rs.getObject(2, UUID.class);
				return new OrderView(rs.getObject(1, UUID.class), person, nameOf(names, person), imposed, ends,
						VictimRules.orderLatestEnd(imposed), rs.getObject(5, LocalDate.class),
						!rules.today().isBefore(imposed) && !rules.today().isAfter(ends));
			})
			.list();
		audit(AuditAction.READ, "dv-case", caseId, members.keySet());
		return new CaseView(caseId, facts.openedAt(), people, facts.lastConference(),
				rules.isRepeatCase(facts.lastConference(), dvDates(incidents)), conferenceProposed(caseId), incidents,
				facts.plan(), facts.planAt(), assessments, orders);
	}

	/** Records the day of the case's last case conference (the secretariat, from the agenda). */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')")
	public void recordConference(UUID caseId, @Nullable LocalDate heldOn) {
		Map<UUID, CaseRole> members = requireCase(caller(), caseId);
		if (heldOn == null || heldOn.isAfter(rules.today())) {
			throw new VictimsRefused(List.of("victims.rule.conferenceDate"));
		}
		jdbc.sql("UPDATE victims_dv_case SET last_conference_on = greatest(coalesce(last_conference_on, :d), :d) WHERE id = :id")
			.param("d", heldOn).param("id", caseId).update();
		audit(AuditAction.UPDATE, "dv-case", caseId, members.keySet());
	}

	/** Records a risk assessment with the checklist; a HIGH grade proposes a case conference to the secretariat. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public RiskGrade assessRisk(UUID caseId, Collection<RiskFactor> present, @Nullable LocalDate assessedOn) {
		Caller caller = caller();
		Map<UUID, CaseRole> members = requireCase(caller, caseId);
		LocalDate on = assessedOn == null ? rules.today() : assessedOn;
		if (on.isAfter(rules.today())) {
			throw new VictimsRefused(List.of("victims.rule.assessedInFuture"));
		}
		Set<RiskFactor> factors = present.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(present);
		int score = rules.score(factors);
		RiskGrade grade = rules.grade(score);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_risk_assessment (id, case_id, instrument, factors, score, grade, assessed_on, assessed_by,
				  recorded_at) VALUES (:id, :c, :i, :f, :s, :g, :on, :by, :at)""")
			.param("id", id).param("c", caseId).param("i", VictimRules.INSTRUMENT)
			.param("f", factors.stream().map(Enum::name).toArray(String[]::new)).param("s", score).param("g", grade.name())
			.param("on", on).param("by", caller.userId()).param("at", OffsetDateTime.now(clock)).update();
		audit(AuditAction.CREATE, "risk-assessment", id, members.keySet());
		return grade;
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public void recordSafetyPlan(UUID caseId, @Nullable String plan) {
		Map<UUID, CaseRole> members = requireCase(caller(), caseId);
		if (plan == null || plan.isBlank()) {
			throw new VictimsRefused(List.of("victims.rule.safetyPlan"));
		}
		if (plan.length() > 20000) {
			throw new VictimsRefused(List.of("victims.rule.descriptionTooLong"));
		}
		jdbc.sql("UPDATE victims_dv_case SET safety_plan = :p, safety_plan_updated_at = :at WHERE id = :id")
			.param("p", plan.strip()).param("at", OffsetDateTime.now(clock)).param("id", caseId).update();
		audit(AuditAction.UPDATE, "dv-case", caseId, members.keySet());
	}

	/** Records a restraining order against a perpetrator of the case: ten days from the day it is imposed. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public UUID imposeRestrainingOrder(UUID caseId, @Nullable UUID perpetratorId, @Nullable LocalDate imposedOn) {
		Map<UUID, CaseRole> members = requireCase(caller(), caseId);
		List<String> violations = new ArrayList<>();
		if (perpetratorId == null || members.get(perpetratorId) != CaseRole.PERPETRATOR) {
			violations.add("victims.rule.orderPerson");
		}
		if (imposedOn == null || imposedOn.isAfter(rules.today())) {
			violations.add("victims.rule.orderDate");
		}
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_restraining_order (id, case_id, person_id, imposed_on, ends_on, recorded_at)
				VALUES (:id, :c, :p, :on, :ends, :at)""")
			.param("id", id).param("c", caseId).param("p", perpetratorId).param("on", imposedOn)
			.param("ends", VictimRules.orderEnd(imposedOn)).param("at", OffsetDateTime.now(clock)).update();
		audit(AuditAction.CREATE, "restraining-order", id, members.keySet());
		return id;
	}

	/** Extends a running restraining order to a later day, at most four weeks from the day it was imposed. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public void extendRestrainingOrder(UUID caseId, UUID orderId, @Nullable LocalDate newEnd) {
		Map<UUID, CaseRole> members = requireCase(caller(), caseId);
		record Order(LocalDate imposedOn, LocalDate endsOn) {
		}
		Order order = jdbc.sql("SELECT imposed_on, ends_on FROM victims_restraining_order WHERE id = :id AND case_id = :c FOR UPDATE")
			.param("id", orderId).param("c", caseId)
			.query((rs, n) -> new Order(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).optional()
			.orElseThrow(VictimsNotFound::new);
		if (newEnd == null) {
			throw new VictimsRefused(List.of("victims.rule.extensionDate"));
		}
		List<String> violations = rules.extensionViolations(order.imposedOn(), order.endsOn(), newEnd);
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations);
		}
		jdbc.sql("UPDATE victims_restraining_order SET ends_on = :e, extended_on = :today WHERE id = :id")
			.param("e", newEnd).param("today", rules.today()).param("id", orderId).update();
		audit(AuditAction.UPDATE, "restraining-order", orderId, members.keySet());
	}

	/** The cases whose latest assessment is HIGH with no case conference on or after it (no personal data). */
	@Transactional(readOnly = true)
	public List<UUID> casesProposedForConference() {
		return jdbc.sql("""
				SELECT c.id FROM victims_dv_case c
				JOIN LATERAL (SELECT grade, assessed_on FROM victims_risk_assessment a WHERE a.case_id = c.id
				              ORDER BY a.recorded_at DESC, a.id LIMIT 1) last ON TRUE
				WHERE last.grade = 'HIGH' AND (c.last_conference_on IS NULL OR c.last_conference_on < last.assessed_on)
				ORDER BY c.opened_at""")
			.query(UUID.class).list();
	}

	/** How many cases are repeat cases today (no personal data). */
	@Transactional(readOnly = true)
	public int repeatCaseCount() {
		// The rule of VictimRules.isRepeatCase in one query (it runs on every view of "Mijn werk"); PostgreSQL reads the
		// ISO-8601 period as an interval and adds months as java.time does.
		return jdbc.sql("""
				SELECT count(*) FROM victims_dv_case c WHERE c.last_conference_on IS NOT NULL AND EXISTS (
				  SELECT 1 FROM victims_dv_case_person cp
				  JOIN victims_incident_person ip ON ip.person_id = cp.person_id AND ip.role IN ('SUSPECT', 'VICTIM')
				  JOIN victims_incident i ON i.id = ip.incident_id AND i.kind = 'DOMESTIC_VIOLENCE'
				  WHERE cp.case_id = c.id AND i.occurred_on > c.last_conference_on
				    AND i.occurred_on <= c.last_conference_on + CAST(:window AS interval))""")
			.param("window", rules.window().toString()).query(Integer.class).single();
	}

	// ---------------------------------------------------------------- early intervention

	/** Registers an early signal (first offender, Halt) for the caller's organisation, with its referral. */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public UUID recordSignal(SignalCommand command) {
		Caller caller = caller();
		List<String> violations = new ArrayList<>();
		if (!caller.covered(Covered.SIGNALS)) {
			violations.add("victims.rule.signalNotCovered");
		}
		if (command.kind() == null) {
			violations.add("victims.rule.signalKind");
		}
		if (command.surname() == null || command.surname().isBlank()) {
			violations.add("victims.rule.surname");
		}
		else if (command.surname().length() > 200 || (command.givenNames() != null && command.givenNames().length() > 200)) {
			violations.add("victims.rule.nameTooLong");
		}
		if (command.dateOfBirth() == null || command.dateOfBirth().isAfter(rules.today())) {
			violations.add("victims.rule.dateOfBirth");
		}
		else if (command.kind() == SignalKind.HALT && command.signalledOn() != null
				&& !command.dateOfBirth().plusYears(18).isAfter(command.signalledOn())) {
			violations.add("victims.rule.haltMinor");
		}
		if (command.signalledOn() == null || command.signalledOn().isAfter(rules.today())) {
			violations.add("victims.rule.signalledOn");
		}
		if (command.description() == null || command.description().isBlank()) {
			violations.add("victims.rule.description");
		}
		else if (command.description().length() > 4000) {
			violations.add("victims.rule.descriptionTooLong");
		}
		if (command.referredTo() == null) {
			violations.add("victims.rule.referredTo");
		}
		if (!violations.isEmpty()) {
			throw new VictimsRefused(violations);
		}
		UUID personId = persons.resolve(new SourceRecord(caller.organisation(), caller.organisationName(), null, null,
				blankToNull(command.givenNames()), null, command.surname().strip(), null, command.dateOfBirth(), null, null, null,
				null, null, null, null)).personId();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO victims_early_signal (id, person_id, kind, signalled_on, description, referred_to,
				  source_organisation_id, source_organisation_name, registered_by, registered_at)
				VALUES (:id, :p, :kind, :on, :d, :to, :org, :orgName, :by, :at)""")
			.param("id", id).param("p", personId).param("kind", command.kind().name()).param("on", command.signalledOn())
			.param("d", command.description().strip()).param("to", command.referredTo().name())
			.param("org", caller.organisation()).param("orgName", caller.organisationName()).param("by", caller.userId())
			.param("at", OffsetDateTime.now(clock)).update();
		audit(AuditAction.CREATE, "early-signal", id, List.of(personId));
		return id;
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public List<SignalView> visibleSignals() {
		Caller caller = caller();
		List<SignalView> visible = caller.seesAll() || caller.covered(Covered.SIGNALS)
				? signals(caller.seesAll() ? "TRUE" : "s.source_organisation_id = :org", Map.of("org", caller.organisation()))
				: List.of();
		visible.forEach(s -> audit(AuditAction.READ, "early-signal", s.id(), List.of(s.personId())));
		return visible;
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public SignalView signal(UUID signalId) {
		return requireSignal(caller(), signalId, AuditAction.READ);
	}

	@Transactional
	@PreAuthorize(MAY_WORK)
	public void recordSignalOutcome(UUID signalId, @Nullable String outcome) {
		SignalView signal = requireSignal(caller(), signalId, AuditAction.UPDATE);
		if (outcome == null || outcome.isBlank()) {
			throw new VictimsRefused(List.of("victims.rule.outcome"));
		}
		if (outcome.length() > 4000) {
			throw new VictimsRefused(List.of("victims.rule.descriptionTooLong"));
		}
		jdbc.sql("UPDATE victims_early_signal SET outcome = :o, outcome_recorded_on = :on WHERE id = :id")
			.param("o", outcome.strip()).param("on", rules.today()).param("id", signal.id()).update();
	}

	/**
	 * Escalates the light path: the signal is marked for the house manager, who decides on a trajectory (a trajectory
	 * starts only from the priority list or an accepted urgent referral, so this module cannot start one itself).
	 */
	@Transactional
	@PreAuthorize(MAY_WORK)
	public void escalateSignal(UUID signalId, @Nullable String reason) {
		SignalView signal = requireSignal(caller(), signalId, AuditAction.UPDATE);
		if (signal.escalated()) {
			throw new VictimsRefused(List.of("victims.rule.alreadyEscalated"));
		}
		if (reason == null || reason.isBlank()) {
			throw new VictimsRefused(List.of("victims.rule.escalationReason"));
		}
		if (reason.length() > 4000) {
			throw new VictimsRefused(List.of("victims.rule.descriptionTooLong"));
		}
		jdbc.sql("UPDATE victims_early_signal SET escalated_at = :at, escalation_reason = :r WHERE id = :id")
			.param("at", OffsetDateTime.now(clock)).param("r", reason.strip()).param("id", signalId).update();
	}

	/** How many early signals are escalated (no personal data: the house manager's "Mijn werk"). */
	@Transactional(readOnly = true)
	public int escalatedSignalCount() {
		return jdbc.sql("SELECT count(*) FROM victims_early_signal WHERE escalated_at IS NOT NULL").query(Integer.class).single();
	}

	// ---------------------------------------------------------------- need-to-know

	private boolean mayRead(Caller caller, IncidentView incident) {
		if (caller.seesAll()) {
			return true;
		}
		if (!caller.covered(Covered.VICTIMS)) {
			return false;
		}
		if (incident.sourceOrganisationId().equals(caller.organisation())) {
			return true;
		}
		Set<UUID> victims = new HashSet<>();
		incident.persons().stream().filter(p -> p.role().equals(IncidentRole.VICTIM.name()))
			.forEach(p -> victims.add(p.personId()));
		return !readableVictims(caller, victims).isEmpty();
	}

	private boolean mayReadCase(Caller caller, UUID caseId, Map<UUID, CaseRole> members) {
		if (caller.seesAll()) {
			return true;
		}
		if (!caller.covered(Covered.CASES)) {
			return false;
		}
		UUID openedBy = jdbc.sql("SELECT opened_by_organisation FROM victims_dv_case WHERE id = :id").param("id", caseId)
			.query(UUID.class).single();
		if (openedBy.equals(caller.organisation())) {
			return true;
		}
		Set<UUID> victims = new HashSet<>();
		members.forEach((person, role) -> {
			if (role == CaseRole.VICTIM) {
				victims.add(person);
			}
		});
		return !readableVictims(caller, victims).isEmpty();
	}

	/** Of these persons, the victims the caller's organisation is involved with. */
	private Set<UUID> readableVictims(Caller caller, Collection<UUID> candidates) {
		if (candidates.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(jdbc.sql("""
				SELECT p.person_id FROM victims_incident_person p JOIN victims_incident i ON i.id = p.incident_id
				WHERE p.role = 'VICTIM' AND i.source_organisation_id = :org AND p.person_id = ANY(:ids)
				UNION SELECT person_id FROM victims_support_offer WHERE organisation_id = :org AND person_id = ANY(:ids)
				UNION SELECT cp.person_id FROM victims_dv_case_person cp JOIN victims_dv_case c ON c.id = cp.case_id
				WHERE cp.role = 'VICTIM' AND c.opened_by_organisation = :org AND cp.person_id = ANY(:ids)""")
			.param("org", caller.organisation()).param("ids", candidates.toArray(UUID[]::new)).query(UUID.class).list())
			.stream().filter(candidates::contains).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
	}

	private void requireVictim(Caller caller, UUID personId) {
		Integer known = jdbc.sql("""
				SELECT count(*) FROM (SELECT person_id FROM victims_incident_person WHERE person_id = :p AND role = 'VICTIM'
				  UNION SELECT person_id FROM victims_dv_case_person WHERE person_id = :p AND role = 'VICTIM') v""")
			.param("p", personId).query(Integer.class).single();
		if (known == 0) {
			throw new VictimsNotFound();
		}
		if (!caller.seesAll()
				&& (!caller.covered(Covered.VICTIMS) || readableVictims(caller, List.of(personId)).isEmpty())) {
			denied("victim", personId, List.of(personId));
		}
	}

	private Map<UUID, CaseRole> requireCase(Caller caller, UUID caseId) {
		Integer known = jdbc.sql("SELECT count(*) FROM victims_dv_case WHERE id = :id").param("id", caseId).query(Integer.class)
			.single();
		if (known == 0) {
			throw new VictimsNotFound();
		}
		Map<UUID, CaseRole> members = casePersons(caseId);
		if (!mayReadCase(caller, caseId, members)) {
			denied("dv-case", caseId, members.keySet());
		}
		return members;
	}

	private SignalView requireSignal(Caller caller, UUID signalId, AuditAction action) {
		SignalView signal = signals("s.id = :id", Map.of("id", signalId)).stream().findFirst()
			.orElseThrow(VictimsNotFound::new);
		boolean own = jdbc.sql("SELECT source_organisation_id = :org FROM victims_early_signal WHERE id = :id")
			.param("org", caller.organisation()).param("id", signalId).query(Boolean.class).single();
		if (!caller.seesAll() && (!own || !caller.covered(Covered.SIGNALS))) {
			denied("early-signal", signalId, List.of(signal.personId()));
		}
		audit(action, "early-signal", signalId, List.of(signal.personId()));
		return signal;
	}

	/** Audits the refused look in a transaction of its own (the 404 rolls the caller's back) and answers 404. */
	private void denied(String objectType, Object objectId, Collection<UUID> concerned) {
		AuditEntry entry = AuditEntry.of(AuditAction.READ, PURPOSE, objectType, objectId).concerning(concerned).denied();
		separately.executeWithoutResult(status -> auditLog.record(entry));
		throw new VictimsNotFound();
	}

	private void audit(AuditAction action, String objectType, Object objectId, Collection<UUID> concerned) {
		auditLog.record(AuditEntry.of(action, PURPOSE, objectType, objectId).concerning(concerned));
	}

	// ---------------------------------------------------------------- reading helpers

	private List<IncidentView> incidents(String where, Map<String, Object> params) {
		record Row(UUID id, LocalDate on, IncidentKind kind, @Nullable String description, UUID org, String orgName,
				OffsetDateTime at) {
		}
		var spec = jdbc.sql("""
				SELECT id, occurred_on, kind, description, source_organisation_id, source_organisation_name, registered_at
				FROM victims_incident i WHERE """ + " " + where + " ORDER BY occurred_on DESC, registered_at DESC, id");
		for (Map.Entry<String, Object> param : params.entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		List<Row> rows = spec.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
				IncidentKind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class))).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<UUID[]>> members = new HashMap<>();
		Map<UUID, List<String>> roles = new HashMap<>();
		jdbc.sql("SELECT incident_id, person_id, role FROM victims_incident_person WHERE incident_id = ANY(:ids)")
			.param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
			.query(rs -> {
				UUID incident = rs.getObject(1, UUID.class);
				members.computeIfAbsent(incident, k -> new ArrayList<>()).add(new UUID[] { rs.getObject(2, UUID.class) });
				roles.computeIfAbsent(incident, k -> new ArrayList<>()).add(rs.getString(3));
			});
		Set<UUID> all = new HashSet<>();
		members.values().forEach(list -> list.forEach(a -> all.add(a[0])));
		Map<UUID, PersonName> names = persons.names(all);
		List<IncidentView> views = new ArrayList<>();
		for (Row row : rows) {
			List<PersonInRole> people = new ArrayList<>();
			List<UUID[]> ids = members.getOrDefault(row.id(), List.of());
			List<String> r = roles.getOrDefault(row.id(), List.of());
			for (int i = 0; i < ids.size(); i++) {
				UUID person = ids.get(i)[0];
				PersonName name = names.get(person);
				people.add(new PersonInRole(person, nameOf(names, person), name == null ? null : name.dateOfBirth(), r.get(i)));
			}
			people.sort(Comparator.comparing((PersonInRole p) -> IncidentRole.valueOf(p.role())).thenComparing(PersonInRole::name));
			views.add(new IncidentView(row.id(), row.on(), row.kind(), row.description(), row.org(), row.orgName(), row.at(),
					people));
		}
		return views;
	}

	private List<SupportOfferView> supportOffers(UUID personId) {
		return jdbc.sql("""
				SELECT id, kind, organisation_id, organisation_name, offered_on, consent, outcome, outcome_recorded_on
				FROM victims_support_offer WHERE person_id = :p ORDER BY offered_on DESC, recorded_at DESC""")
			.param("p", personId)
			.query((rs, n) -> new SupportOfferView(rs.getObject(1, UUID.class), SupportKind.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class),
					Consent.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class)))
			.list();
	}

	private Map<UUID, CaseRole> casePersons(UUID caseId) {
		Map<UUID, CaseRole> members = new LinkedHashMap<>();
		jdbc.sql("SELECT person_id, role FROM victims_dv_case_person WHERE case_id = :c ORDER BY role, person_id")
			.param("c", caseId).query(rs -> {
				members.put(rs.getObject(1, UUID.class), CaseRole.valueOf(rs.getString(2)));
			});
		return members;
	}

	/** The domestic-violence incidents of the case's perpetrators and victims. */
	private List<IncidentView> caseIncidents(Collection<UUID> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		return incidents("""
				i.kind = 'DOMESTIC_VIOLENCE' AND i.id IN (SELECT incident_id FROM victims_incident_person
				  WHERE person_id = ANY(:ids) AND role IN ('SUSPECT', 'VICTIM'))""",
				Map.of("ids", members.toArray(UUID[]::new)));
	}

	private boolean repeatCase(UUID caseId) {
		LocalDate last = lastConference(caseId);
		if (last == null) {
			return false;
		}
		return rules.isRepeatCase(last, dvDates(caseIncidents(casePersons(caseId).keySet())));
	}

	private boolean conferenceProposed(UUID caseId) {
		return casesProposedForConference().contains(caseId);
	}

	private @Nullable LocalDate lastConference(UUID caseId) {
		return jdbc.sql("SELECT last_conference_on FROM victims_dv_case WHERE id = :id").param("id", caseId)
			.query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
	}

	private OffsetDateTime openedAt(UUID caseId) {
		return jdbc.sql("SELECT opened_at FROM victims_dv_case WHERE id = :id").param("id", caseId)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
	}

	private List<AssessmentView> assessments(UUID caseId) {
		return jdbc.sql("""
				SELECT id, instrument, factors, score, grade, assessed_on FROM victims_risk_assessment WHERE case_id = :c
				ORDER BY recorded_at DESC, id""")
			.param("c", caseId)
			.query((rs, n) -> new AssessmentView(rs.getObject(1, UUID.class), rs.getString(2),
					Arrays.stream((String[]) rs.getArray(3).getArray()).map(RiskFactor::valueOf).sorted().toList(), rs.getInt(4),
					RiskGrade.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
			.list();
	}

	private List<SignalView> signals(String where, Map<String, Object> params) {
		record Row(UUID id, UUID person, SignalKind kind, LocalDate on, String description, ReferralTarget to,
				@Nullable String outcome, @Nullable LocalDate outcomeOn, boolean escalated, @Nullable String reason,
				String org) {
		}
		var spec = jdbc.sql("""
				SELECT id, person_id, kind, signalled_on, description, referred_to, outcome, outcome_recorded_on,
				  escalated_at IS NOT NULL, escalation_reason, source_organisation_name
				FROM victims_early_signal s WHERE """ + " " + where + " ORDER BY signalled_on DESC, registered_at DESC");
		for (Map.Entry<String, Object> param : params.entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		List<Row> rows = spec.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				SignalKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
				ReferralTarget.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9),
				rs.getString(10), rs.getString(11))).list();
		Map<UUID, PersonName> names = persons.names(rows.stream().map(Row::person).toList());
		return rows.stream().map(r -> new SignalView(r.id(), r.person(), nameOf(names, r.person()),
				names.get(r.person()) == null ? null : names.get(r.person()).dateOfBirth(), r.kind(), r.on(), r.description(),
				r.to(), r.outcome(), r.outcomeOn(), r.escalated(), r.reason(), r.org())).toList();
	}

	private static List<LocalDate> dvDates(List<IncidentView> incidents) {
		return incidents.stream().filter(i -> i.kind() == IncidentKind.DOMESTIC_VIOLENCE).map(IncidentView::occurredOn).toList();
	}

	private static List<UUID> personIds(IncidentView incident) {
		return incident.persons().stream().map(PersonInRole::personId).toList();
	}

	private static String nameOf(Map<UUID, PersonName> names, UUID person) {
		PersonName name = names.get(person);
		return name == null ? "" : name.displayName();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** What a privacy covenant must cover for a partner to read records of the victims module (rule 8). */
	enum Covered {
		/** Incidents, victims and their support offers. */
		VICTIMS,
		/** Domestic-violence cases. */
		CASES,
		/** Early signals (first offenders). */
		SIGNALS
	}

	/**
	 * The signed-in user: the secretariat and the house manager see all victim records; for anyone else, what the
	 * privacy covenants in force cover for their organisation today.
	 */
	record Caller(UUID userId, UUID organisation, String organisationName, boolean seesAll, Set<Covered> covers) {

		boolean covered(Covered what) {
			return seesAll || covers.contains(what);
		}
	}

	private Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserProfile profile)) {
			throw new AccessDeniedException("No signed-in user");
		}
		boolean all = authentication.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority()))
			.anyMatch(a -> a.equals("ROLE_SECRETARIAT") || a.equals("ROLE_HOUSE_MANAGER"));
		// the house's own intervention managers are no partner: the covenant rule is for partner professionals
		boolean house = authentication.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority()))
			.anyMatch(a -> a.equals("ROLE_INTERVENTION_MANAGER"));
		Set<Covered> covers = EnumSet.noneOf(Covered.class);
		if (house) {
			covers.addAll(EnumSet.allOf(Covered.class));
		}
		else if (!all) {
			UUID organisation = profile.organisation();
			boolean domesticViolence = coverage.covers(organisation, TargetGroup.DOMESTIC_VIOLENCE_VICTIM, DataCategory.VICTIM);
			if (domesticViolence || coverage.covers(organisation, TargetGroup.VICTIM, DataCategory.VICTIM)) {
				covers.add(Covered.VICTIMS);
			}
			if (domesticViolence) {
				covers.add(Covered.CASES);
			}
			if (coverage.covers(organisation, TargetGroup.FIRST_OFFENDER, DataCategory.JUDICIAL)) {
				covers.add(Covered.SIGNALS);
			}
		}
		return new Caller(profile.id(), profile.organisation(), profile.organisationName(), all, covers);
	}
}

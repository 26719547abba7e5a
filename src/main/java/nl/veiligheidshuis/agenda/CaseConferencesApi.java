package nl.veiligheidshuis.agenda;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * {@code /api/v1/case-conferences}: case conferences with their items, scenarios, computed invitations, minutes,
 * decisions, action items and outcomes. Need-to-know per item: an item the caller's organisation is not invited
 * to is left out of every answer and answers 404 itself; a conference without an item visible to the caller
 * answers 404. Invalid input: 400 listing every invalid field; a broken rule: 409 listing every violated rule.
 */
@RestController
@Tag(name = "casusoverleg", description = "Casusoverleggen: agenda, scenario's, uitnodigingen, notulen, besluiten, actiepunten, uitkomsten")
class CaseConferencesApi {

	static final String PATH = ApiPaths.V1 + "/case-conferences";
	private static final String ONE = PATH + "/{conferenceId}";
	private static final String ITEM = ONE + "/items/{itemId}";

	record ConferenceList(List<ConferenceSummary> caseConferences) {
	}

	record PlanRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @NotNull UUID roomId,
			@NotNull UUID chairId, @NotNull UUID minuteTakerId) {
	}

	record ItemRequest(@Nullable UUID trajectoryId, @Nullable @Size(max = 200) String subject) {
	}

	record ScenarioRequest(@NotBlank @Size(max = 4000) String description, @NotEmpty Set<UUID> partnerIds) {
	}

	record ExternalInviteeRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organisation,
			@NotBlank @Email @Size(max = 320) String email) {
	}

	record AttendanceRequest(@NotNull Map<String, Boolean> attendance) {
	}

	record MinutesRequest(@NotNull @Size(max = 20000) String minutes) {
	}

	record DecisionRequest(@NotBlank @Size(max = 4000) String text) {
	}

	record ActionItemRequest(@NotBlank @Size(max = 4000) String description, @NotNull UUID ownerUserId,
			@NotNull LocalDate dueOn, @Nullable @Size(max = 2000) String condition) {
	}

	record OutcomeRequest(@NotBlank @Size(max = 20000) String text, @NotNull Boolean clientInformed,
			@Nullable @Size(max = 2000) String notInformedReason, @Nullable Boolean sendToExternalInvitees) {
	}

	record Created(UUID id) {
	}

	private final CaseConferences conferences;

	CaseConferencesApi(CaseConferences conferences) {
		this.conferences = conferences;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De casusoverleggen vanaf een datum (standaard vandaag) met ten minste één agendapunt dat u mag zien")
	ConferenceList list(@RequestParam(required = false) @Nullable LocalDate from) {
		return new ConferenceList(conferences.visibleFrom(from == null ? LocalDate.now() : from));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Casusoverleg plannen (secretariaat of manager): tijd, ruimte, voorzitter, notulist")
	ResponseEntity<ConferenceView> plan(@Valid @RequestBody PlanRequest request, @AuthenticationPrincipal UserProfile caller) {
		UUID id = conferences.plan(new CaseConferences.PlanCommand(request.startsAt(), request.endsAt(), request.roomId(),
				request.chairId(), request.minuteTakerId()), caller);
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(conferences.view(id));
	}

	@GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén casusoverleg met alleen de agendapunten die u mag zien en de daaruit berekende uitnodigingen")
	ConferenceView conference(@PathVariable UUID conferenceId) {
		return conferences.view(conferenceId);
	}

	@PostMapping(path = ONE + "/cancellation", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Casusoverleg afgelasten; genodigden krijgen een e-mail zonder cliëntgegevens")
	ConferenceView cancel(@PathVariable UUID conferenceId) {
		conferences.cancel(conferenceId);
		return conferences.view(conferenceId);
	}

	@PostMapping(path = ONE + "/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Uitnodigingen versturen aan alle genodigden (e-mail met link, zonder cliëntgegevens)")
	ResponseEntity<Void> invite(@PathVariable UUID conferenceId) {
		conferences.sendInvitations(conferenceId);
		return ResponseEntity.accepted().build();
	}

	@PutMapping(path = ONE + "/attendance", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Aanwezigheid vastleggen per genodigde (partner:<id> of external:<id>)")
	ConferenceView attendance(@PathVariable UUID conferenceId, @Valid @RequestBody AttendanceRequest request) {
		conferences.recordAttendance(conferenceId, request.attendance());
		return conferences.view(conferenceId);
	}

	@PostMapping(path = ONE + "/items", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Agendapunt toevoegen: over een traject (de interventiemanager) of een algemeen onderwerp")
	ResponseEntity<ConferenceView.Item> addItem(@PathVariable UUID conferenceId, @Valid @RequestBody ItemRequest request,
			@AuthenticationPrincipal UserProfile caller) {
		UUID id = conferences.addItem(conferenceId, request.trajectoryId(), request.subject(), caller);
		return ResponseEntity.created(URI.create(PATH + "/" + conferenceId + "/items/" + id)).body(item(conferenceId, id));
	}

	@GetMapping(path = ITEM, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén agendapunt: scenario's, genodigden, notulen, besluiten, actiepunten en uitkomsten")
	ConferenceView.Item item(@PathVariable UUID conferenceId, @PathVariable UUID itemId) {
		return conferences.view(conferenceId).items().stream().filter(i -> i.id().equals(itemId)).findFirst()
			.orElseThrow(ConferenceNotFound::new);
	}

	@PostMapping(path = ITEM + "/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Scenario voorbereiden (interventiemanager): de partners die het nodig heeft worden voor dit punt uitgenodigd")
	ConferenceView.Item addScenario(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody ScenarioRequest request, @AuthenticationPrincipal UserProfile caller) {
		conferences.addScenario(conferenceId, itemId, request.description(), request.partnerIds(), caller);
		return item(conferenceId, itemId);
	}

	@PostMapping(path = ITEM + "/external-invitees", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ad-hocgenodigde toevoegen (extern, zonder toegang tot het systeem)")
	ConferenceView.Item addExternal(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody ExternalInviteeRequest request) {
		conferences.addExternalInvitee(conferenceId, itemId, request.name(), request.organisation(), request.email());
		return item(conferenceId, itemId);
	}

	@PutMapping(path = ITEM + "/minutes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Notulen van een agendapunt vastleggen")
	ConferenceView.Item minutes(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody MinutesRequest request) {
		conferences.recordMinutes(conferenceId, itemId, request.minutes());
		return item(conferenceId, itemId);
	}

	@PostMapping(path = ITEM + "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Besluit vastleggen (bijvoorbeeld wie casusregisseur wordt, welk scenario gekozen is)")
	ResponseEntity<Created> decision(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody DecisionRequest request, @AuthenticationPrincipal UserProfile caller) {
		return ResponseEntity.status(201).body(new Created(conferences.recordDecision(conferenceId, itemId, request.text(),
				caller)));
	}

	@PostMapping(path = ITEM + "/action-items", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Actiepunt vastleggen: omschrijving, eigenaar (persoon van een partner), deadline, voorwaarde")
	ResponseEntity<Created> actionItem(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody ActionItemRequest request, @AuthenticationPrincipal UserProfile caller) {
		return ResponseEntity.status(201).body(new Created(conferences.addActionItem(conferenceId, itemId,
				new CaseConferences.ActionItemCommand(request.description(), request.ownerUserId(), request.dueOn(),
						request.condition()), caller)));
	}

	@PostMapping(path = ONE + "/action-items/{actionItemId}/completion")
	@Operation(summary = "Actiepunt afronden (eigenaar of secretariaat); het komt niet meer terug op de agenda")
	ResponseEntity<Void> complete(@PathVariable UUID conferenceId, @PathVariable UUID actionItemId) {
		conferences.completeActionItem(conferenceId, actionItemId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = ITEM + "/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Uitkomst publiceren (voorzitter): nieuwe versie, met of de cliënt is geïnformeerd en zo niet, waarom; optioneel per e-mail naar de externe genodigden van het punt (geregistreerd als verstrekking)")
	ResponseEntity<ConferenceView.Item> outcome(@PathVariable UUID conferenceId, @PathVariable UUID itemId,
			@Valid @RequestBody OutcomeRequest request, @AuthenticationPrincipal UserProfile caller) {
		conferences.publishOutcome(conferenceId, itemId, request.text(), Objects.requireNonNull(request.clientInformed()),
				request.notInformedReason(), Boolean.TRUE.equals(request.sendToExternalInvitees()), caller);
		return ResponseEntity.status(201).body(item(conferenceId, itemId));
	}
}

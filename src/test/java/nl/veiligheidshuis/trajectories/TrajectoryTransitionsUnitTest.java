package nl.veiligheidshuis.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.platform.TargetGroup;

/** The transition table of DESIGN.md §2, every state against every step, and what each step records. */
class TrajectoryTransitionsUnitTest {

	private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
	private static final Trajectory.Actor ACTOR = new Trajectory.Actor(UUID.randomUUID(), "Ingrid Maas");

	/** The arrows of the diagram, written out by hand: the table must be exactly this. */
	private static Map<TrajectoryState, Set<TrajectoryState>> expected() {
		Map<TrajectoryState, Set<TrajectoryState>> arrows = new EnumMap<>(TrajectoryState.class);
		arrows.put(TrajectoryState.SELECTED, EnumSet.of(TrajectoryState.ASSIGNED));
		arrows.put(TrajectoryState.ASSIGNED, EnumSet.of(TrajectoryState.ASSESSMENT));
		arrows.put(TrajectoryState.ASSESSMENT, EnumSet.of(TrajectoryState.PLANNING));
		arrows.put(TrajectoryState.PLANNING, EnumSet.of(TrajectoryState.PARTNER_CHECK));
		arrows.put(TrajectoryState.PARTNER_CHECK, EnumSet.of(TrajectoryState.OFFERED, TrajectoryState.PLANNING));
		arrows.put(TrajectoryState.OFFERED, EnumSet.of(TrajectoryState.CONTRACTED, TrajectoryState.ESCALATED));
		arrows.put(TrajectoryState.CONTRACTED, EnumSet.of(TrajectoryState.IN_EXECUTION));
		arrows.put(TrajectoryState.IN_EXECUTION, EnumSet.of(TrajectoryState.COMPLETED, TrajectoryState.ESCALATED));
		arrows.put(TrajectoryState.ESCALATED, EnumSet.of(TrajectoryState.OFFERED, TrajectoryState.PLANNING));
		arrows.put(TrajectoryState.COMPLETED, EnumSet.of(TrajectoryState.AFTERCARE));
		arrows.put(TrajectoryState.AFTERCARE, EnumSet.noneOf(TrajectoryState.class));
		arrows.put(TrajectoryState.CLOSED, EnumSet.noneOf(TrajectoryState.class));
		arrows.forEach((state, to) -> {
			if (state.open()) {
				to.add(TrajectoryState.CLOSED);
			}
		});
		return arrows;
	}

	@Test
	void the_table_has_exactly_the_arrows_of_the_design_and_any_open_trajectory_can_close() {
		assertThat(Transition.table()).isEqualTo(expected());
	}

	@Test
	void every_step_succeeds_exactly_from_the_states_the_table_allows_and_refuses_from_all_others() {
		List<String> wrong = new ArrayList<>();
		for (TrajectoryState from : TrajectoryState.values()) {
			for (Transition transition : Transition.values()) {
				Trajectory trajectory = in(from);
				if (transition == Transition.ASSIGN && from.open() && from != TrajectoryState.SELECTED) {
					// not a move: another intervention manager takes over in the same state
					apply(trajectory, transition);
					if (trajectory.state() != from || trajectory.newEntries().getFirst().kind() != TimelineKind.REASSIGNED) {
						wrong.add("reassignment in " + from + " changed the state or recorded no handover");
					}
					continue;
				}
				boolean allowed = expected().get(from).contains(transition.to()) && Transition.between(from, transition.to())
					.filter(transition::equals).isPresent();
				try {
					apply(trajectory, transition);
					if (!allowed) {
						wrong.add(transition + " from " + from + " was allowed");
					}
					else if (trajectory.state() != transition.to()) {
						wrong.add(transition + " from " + from + " ended in " + trajectory.state());
					}
					else if (trajectory.events().stream().noneMatch(e -> e instanceof TrajectoryStateChanged changed
							&& changed.from() == from && changed.to() == transition.to() && changed.transition() == transition)) {
						wrong.add(transition + " from " + from + " published no event");
					}
					else if (trajectory.newEntries().size() != 1 || !trajectory.newEntries().getFirst().at().equals(AT)
							|| !trajectory.newEntries().getFirst().actorName().equals("Ingrid Maas")) {
						wrong.add(transition + " from " + from + " recorded " + trajectory.newEntries());
					}
				}
				catch (TrajectoryRefused refused) {
					if (allowed) {
						wrong.add(transition + " from " + from + " was refused");
					}
					else if (!refused.rules().equals(List.of(TrajectoryRefused.NOT_ALLOWED_NOW))) {
						wrong.add(transition + " from " + from + " refused with " + refused.rules());
					}
					else if (trajectory.state() != from || !trajectory.events().isEmpty() || !trajectory.newEntries().isEmpty()) {
						wrong.add(transition + " from " + from + " changed the trajectory although refused");
					}
				}
			}
		}
		assertThat(wrong).as("cells of the transition table that do not hold").isEmpty();
	}

	@Test
	void a_reassignment_keeps_the_state_and_names_who_had_it_before() {
		Trajectory trajectory = in(TrajectoryState.PLANNING);
		UUID other = UUID.randomUUID();

		trajectory.assign(other, "Youssef Bakker", "Verlof", ACTOR, AT);

		assertThat(trajectory.state()).isEqualTo(TrajectoryState.PLANNING);
		TimelineEntry entry = trajectory.newEntries().getFirst();
		assertThat(entry.kind()).isEqualTo(TimelineKind.REASSIGNED);
		assertThat(entry.detail()).isEqualTo("Youssef Bakker");
		assertThat(entry.previousDetail()).isEqualTo("Eerdere Manager");
		assertThat(entry.reason()).isEqualTo("Verlof");
		assertThat(trajectory.events()).containsExactly(new TrajectoryAssigned(trajectory.id(), other, PREVIOUS_MANAGER, AT));
	}

	@Test
	void the_same_manager_cannot_be_assigned_twice_and_a_closed_trajectory_is_not_reassigned() {
		assertThatThrownBy(() -> in(TrajectoryState.ASSIGNED).assign(PREVIOUS_MANAGER, "Eerdere Manager", null, ACTOR, AT))
			.isInstanceOfSatisfying(TrajectoryRefused.class,
					refused -> assertThat(refused.rules()).containsExactly("trajectory.rule.alreadyAssigned"));
		assertThatThrownBy(() -> in(TrajectoryState.CLOSED).assign(UUID.randomUUID(), "Nieuw", null, ACTOR, AT))
			.isInstanceOfSatisfying(TrajectoryRefused.class,
					refused -> assertThat(refused.rules()).containsExactly(TrajectoryRefused.NOT_ALLOWED_NOW));
	}

	@Test
	void closing_for_another_reason_needs_words_and_records_the_reason() {
		assertThatThrownBy(() -> in(TrajectoryState.OFFERED).close(ClosureReason.OTHER, "  ", ACTOR, AT))
			.isInstanceOf(TrajectoryRefused.class);

		Trajectory trajectory = in(TrajectoryState.OFFERED).close(ClosureReason.DECEASED, null, ACTOR, AT);

		assertThat(trajectory.state()).isEqualTo(TrajectoryState.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(ClosureReason.DECEASED);
		assertThat(trajectory.newEntries()).extracting(TimelineEntry::kind, TimelineEntry::from, TimelineEntry::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TimelineKind.CLOSED, TrajectoryState.OFFERED, "DECEASED"));
		assertThat(trajectory.events()).hasAtLeastOneElementOfType(TrajectoryClosed.class);
	}

	@Test
	void a_trajectory_starts_selected_with_its_participants_and_an_urgent_start_needs_a_reason() {
		Trajectory started = Trajectory.fromPriorityList(UUID.randomUUID(), TargetGroup.PROLIFIC_OFFENDER, UUID.randomUUID(),
				List.of(), ACTOR, AT);
		assertThat(started.state()).isEqualTo(TrajectoryState.SELECTED);
		assertThat(started.newEntries()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.STARTED);
		assertThat(started.events()).hasOnlyElementsOfType(TrajectoryStarted.class);

		assertThatThrownBy(() -> Trajectory.fromUrgentReferral(UUID.randomUUID(), TargetGroup.PROLIFIC_OFFENDER,
				UUID.randomUUID(), " ", List.of(), ACTOR, AT)).isInstanceOf(TrajectoryRefused.class);
	}

	private static final UUID PREVIOUS_MANAGER = UUID.randomUUID();

	private static Trajectory in(TrajectoryState state) {
		boolean assigned = state != TrajectoryState.SELECTED;
		return new Trajectory(UUID.randomUUID(), UUID.randomUUID(), TargetGroup.PROLIFIC_OFFENDER,
				TrajectoryOrigin.PRIORITY_LIST, UUID.randomUUID(), null, null, AT.minusDays(10), 3, state, AT.minusDays(1),
				assigned ? PREVIOUS_MANAGER : null, assigned ? "Eerdere Manager" : null,
				state == TrajectoryState.CLOSED ? ClosureReason.MOVED : null, null, List.of());
	}

	private static void apply(Trajectory trajectory, Transition transition) {
		switch (transition) {
			case ASSIGN -> trajectory.assign(UUID.randomUUID(), "Nieuwe Manager", null, ACTOR, AT);
			case START_ASSESSMENT -> trajectory.startAssessment(ACTOR, AT, null);
			case START_PLANNING -> trajectory.startPlanning(ACTOR, AT, null);
			case SEND_TO_PARTNER_CHECK -> trajectory.sendToPartnerCheck(ACTOR, AT, null);
			case REVISE_PLAN -> trajectory.revisePlan(ACTOR, AT, null);
			case OFFER -> trajectory.offer(ACTOR, AT, null);
			case ACCEPT -> trajectory.accept(ACTOR, AT, null);
			case REFUSE -> trajectory.refuse(ACTOR, AT, "Weigert");
			case START_EXECUTION -> trajectory.startExecution(ACTOR, AT, null);
			case DROP_OUT -> trajectory.dropOut(ACTOR, AT, "Haakt af");
			case COMPLETE -> trajectory.complete(ACTOR, AT, null);
			case START_AFTERCARE -> trajectory.startAftercare(ACTOR, AT, null);
			case CLOSE -> trajectory.close(ClosureReason.DESELECTED, null, ACTOR, AT);
		}
	}
}

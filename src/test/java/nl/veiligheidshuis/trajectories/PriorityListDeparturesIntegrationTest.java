package nl.veiligheidshuis.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.selection.PriorityListAdopted;

/** A client who leaves the priority list: their intervention manager is told, with a link to the trajectory. */
@HouseIntegrationTest
class PriorityListDeparturesIntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDirectory users;

	@Test
	void the_intervention_manager_hears_that_a_client_left_the_list_and_others_hear_nothing() {
		var trajectory = jdbc.sql("""
				SELECT id, person_id, intervention_manager FROM trajectories_trajectory
				WHERE state <> 'CLOSED' AND intervention_manager IS NOT NULL ORDER BY started_at LIMIT 1""")
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) })
			.single();
		UUID manager = trajectory[2];
		UUID otherManager = users.withRole("INTERVENTION_MANAGER").stream().map(UserDirectory.Member::id)
			.filter(id -> !id.equals(manager)).findFirst().orElseThrow();
		long before = countLeftList(manager);
		long otherBefore = countLeftList(otherManager);

		transactions.executeWithoutResult(status -> events.publishEvent(
				new PriorityListAdopted(UUID.randomUUID(), 99, List.of(), List.of(trajectory[1], UUID.randomUUID()))));

		assertThat(countLeftList(manager)).isEqualTo(before + 1);
		assertThat(notifications.unreadFor(manager).stream().filter(n -> n.messageKey().equals("trajectory.notice.leftList")))
			.anyMatch(n -> ("/trajecten/" + trajectory[0]).equals(n.link()) && n.arguments().equals(List.of("99")));
		assertThat(countLeftList(otherManager)).isEqualTo(otherBefore);
	}

	private long countLeftList(UUID user) {
		return notifications.unreadFor(user).stream().filter(n -> n.messageKey().equals("trajectory.notice.leftList")).count();
	}
}

package nl.veiligheidshuis.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;

/** A fresh demo house shows a client in every state of the path (DESIGN.md §2): the living demo. */
@HouseIntegrationTest
class DemoStatesIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_demo_has_a_trajectory_in_every_state() {
		List<String> states = jdbc.sql("SELECT DISTINCT state FROM trajectories_trajectory").query(String.class).list();
		for (TrajectoryState state : TrajectoryState.values()) {
			assertThat(states).as("a demo trajectory in %s", state).contains(state.name());
		}
	}
}

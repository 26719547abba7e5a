package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonIndexUnitTest {

	@Test
	void numbers_persons_in_order_of_appearance_and_finds_them_again_after_growing() {
		PersonIndex index = new PersonIndex(4);
		List<UUID> ids = new ArrayList<>();
		for (int k = 0; k < 10_000; k++) {
			ids.add(UUID.randomUUID());
			assertThat(index.indexOf(ids.get(k))).isEqualTo(k);
		}
		for (int k = 0; k < ids.size(); k++) {
			assertThat(index.indexOf(ids.get(k))).isEqualTo(k);
			assertThat(index.id(k)).isEqualTo(ids.get(k));
		}
		assertThat(index.size()).isEqualTo(10_000);
	}

	@Test
	void ids_that_differ_in_one_half_only_are_different_persons() {
		PersonIndex index = new PersonIndex(16);
		assertThat(index.indexOf(1, 2)).isZero();
		assertThat(index.indexOf(1, 3)).isEqualTo(1);
		assertThat(index.indexOf(2, 2)).isEqualTo(2);
		assertThat(index.indexOf(0, 0)).isEqualTo(3);
		assertThat(index.indexOf(1, 2)).isZero();
		assertThat(index.indexOf(0, 0)).isEqualTo(3);
	}
}

package nl.veiligheidshuis.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LargestRemainderUnitTest {

	@Test
	void the_district_split_of_55000_euros_adds_up_to_the_cent_and_gives_Heerlen_31756_euros_70() {
		long[] parts = LargestRemainder.split(5_500_000, List.of(91_528L, 12_950L, 16_026L, 29_623L, 8_392L));
		assertThat(parts).containsExactly(3_175_670, 449_315, 556_041, 1_027_804, 291_170);
		assertThat(LongStream.of(parts).sum()).isEqualTo(5_500_000);
	}

	@Test
	void every_part_is_within_a_cent_of_its_exact_share_and_the_parts_always_add_up() {
		Random random = new Random(20261128);
		for (int round = 0; round < 2_000; round++) {
			int n = 1 + random.nextInt(8);
			List<Long> weights = LongStream.range(0, n).map(i -> random.nextInt(200_000)).boxed().toList();
			if (weights.stream().mapToLong(Long::longValue).sum() == 0) {
				continue;
			}
			long total = random.nextLong(10_000_000_000L);
			long[] parts = LargestRemainder.split(total, weights);
			assertThat(LongStream.of(parts).sum()).isEqualTo(total);
			double weightSum = weights.stream().mapToLong(Long::longValue).sum();
			for (int i = 0; i < n; i++) {
				double exact = total * (weights.get(i) / weightSum);
				assertThat(Math.abs(parts[i] - exact)).isLessThan(1.0 + 1e-6 * total / weightSum);
			}
		}
	}

	@Test
	void nothing_to_split_over_is_refused() {
		assertThatThrownBy(() -> LargestRemainder.split(100, List.of(0L, 0L))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LargestRemainder.split(-1, List.of(1L))).isInstanceOf(IllegalArgumentException.class);
	}
}

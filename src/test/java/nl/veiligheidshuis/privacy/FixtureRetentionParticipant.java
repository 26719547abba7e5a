package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A participant that holds no data and can be told to hold a run up (to show a second node does not run meanwhile)
 * or to fail at the n-th person (a crash mid-run). Inert unless a test arms it. It erases last, so a crash
 * comes after every module deleted that person's rows in the transaction: they must come back.
 */
@Component
class FixtureRetentionParticipant implements RetentionParticipant {

	private volatile CountDownLatch entered = new CountDownLatch(0);
	private volatile CountDownLatch proceed = new CountDownLatch(0);
	private volatile int failAt = -1;
	private final AtomicInteger calls = new AtomicInteger();

	/** The next erase signals {@code entered} and waits for {@code proceed}. */
	void holdUp(CountDownLatch entered, CountDownLatch proceed) {
		this.entered = entered;
		this.proceed = proceed;
	}

	/** Erasing the {@code k+1}-th person from now throws. */
	void failAfter(int k) {
		calls.set(0);
		failAt = k;
	}

	void disarm() {
		failAt = -1;
		entered = new CountDownLatch(0);
		proceed = new CountDownLatch(0);
	}

	@Override
	public int erasureOrder() {
		return 2000;
	}

	@Override
	public Set<UUID> expired(LocalDate today) {
		return Set.of();
	}

	@Override
	public Set<UUID> retained(LocalDate today) {
		return Set.of();
	}

	@Override
	public List<Erased> erase(UUID person) {
		entered.countDown();
		try {
			proceed.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (failAt >= 0 && calls.getAndIncrement() == failAt) {
			throw new IllegalStateException("Crash injected while erasing");
		}
		return List.of();
	}
}

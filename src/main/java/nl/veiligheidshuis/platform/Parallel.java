package nl.veiligheidshuis.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A few pieces of one large job at once, a platform thread each (a national selection run reads and writes on as
 * many database connections as the machine has cores). Returns when all have ended; the first failure is thrown.
 */
public final class Parallel {

	/** One piece of the job. */
	@FunctionalInterface
	public interface Task {

		void run() throws Exception;
	}

	private Parallel() {
	}

	/** Runs the tasks at once, threads named {@code name-0}, {@code name-1}, ...; {@code failure} names the job in an error. */
	public static void runAll(String name, String failure, List<Task> tasks) {
		List<Thread> threads = new ArrayList<>();
		AtomicReference<Throwable> first = new AtomicReference<>();
		for (Task task : tasks) {
			threads.add(Thread.ofPlatform().name(name + "-" + threads.size()).start(() -> {
				try {
					task.run();
				}
				catch (Throwable e) {
					first.compareAndSet(null, e);
				}
			}));
		}
		try {
			for (Thread thread : threads) {
				thread.join();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(failure, e);
		}
		if (first.get() instanceof RuntimeException e) {
			throw e;
		}
		if (first.get() != null) {
			throw new IllegalStateException(failure, first.get());
		}
	}
}

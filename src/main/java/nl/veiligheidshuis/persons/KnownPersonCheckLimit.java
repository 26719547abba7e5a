package nl.veiligheidshuis.persons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.UserProfile;

/**
 * At most {@code vh.persons.known-person-check.per-minute} checks per user in any minute (sliding
 * window), so that the check cannot be used to sweep the registry. Kept in memory per node: with several
 * nodes each allows the limit.
 */
@Component
class KnownPersonCheckLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perMinute;
	private final Clock clock;
	private final Map<UUID, Deque<Instant>> checks = new ConcurrentHashMap<>();

	KnownPersonCheckLimit(@Value("${vh.persons.known-person-check.per-minute:30}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Counts a check of the signed-in user; false when the user has used up the minute's checks. */
	boolean tryAcquire() {
		UUID user = SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof UserProfile profile
						? profile.id() : new UUID(0, 0);
		Instant now = clock.instant();
		Deque<Instant> recent = checks.computeIfAbsent(user, u -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
				recent.pollFirst();
			}
			if (recent.size() >= perMinute) {
				return false;
			}
			recent.addLast(now);
			return true;
		}
	}
}

package nl.veiligheidshuis.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of work on a user's "Mijn werk" page, offered by a module: a Dutch message (key and
 * arguments, no personal data), an optional link, and whether it is urgent (shown as a warning).
 */
public record MyWorkItem(String messageKey, List<Object> arguments, @Nullable String link, boolean urgent) {

	/** What a module puts on a user's "Mijn werk" page; called for every page view, so keep it cheap. */
	public interface Source {

		List<MyWorkItem> itemsFor(UserProfile user, java.util.Collection<String> authorities);
	}
}

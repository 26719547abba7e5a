package nl.veiligheidshuis.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every node (they live in the database, indexed by user name). Without a web
 * server (the command-line tasks) there is no session store and nothing to end.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endAll(String username) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
	}
}

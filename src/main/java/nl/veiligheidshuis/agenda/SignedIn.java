package nl.veiligheidshuis.agenda;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs work as an account signed in (its own principal and roles), so need-to-know applies as in use, where no
 * request carries a session: demo seeding, and the calendar feed fetched by its secret address.
 */
final class SignedIn {

	private SignedIn() {
	}

	static <T> T as(UserDetails account, Supplier<T> work) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account,
				null, account.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	static void as(UserDetails account, Runnable work) {
		as(account, () -> {
			work.run();
			return null;
		});
	}
}

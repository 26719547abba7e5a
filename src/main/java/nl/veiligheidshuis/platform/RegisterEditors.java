package nl.veiligheidshuis.platform;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change the register of the house (partners, covenants, privacy covenants, municipalities,
 * rooms): the functional administrator and the house manager. The security rules of the identity module
 * enforce it on every POST; pages use {@link #mayEdit()} to offer the forms only to them.
 */
public final class RegisterEditors {

	/** The role names (identity's {@code Role}) that may edit. */
	public static final Set<String> ROLES = Set.of("FUNCTIONAL_ADMINISTRATOR", "HOUSE_MANAGER");

	private RegisterEditors() {
	}

	public static boolean mayEdit() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority != null && authority.startsWith("ROLE_")
					&& ROLES.contains(authority.substring("ROLE_".length())));
	}
}

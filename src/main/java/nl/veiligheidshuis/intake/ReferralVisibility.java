package nl.veiligheidshuis.intake;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.veiligheidshuis.platform.UserProfile;

/**
 * Who sees which referral: the secretariat and the house manager see all of them (they triage); every
 * other user who may refer sees only the referrals of their own organisation, which stays responsible
 * for the data it brought in; anyone else sees none. Roles as Spring Security authorities, since intake
 * may not use the identity module.
 */
record ReferralVisibility(Scope scope, @Nullable UUID organisation) {

	/** Who may triage: accept, refer elsewhere or reject, and see every referral. */
	static final String MAY_TRIAGE = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')";
	/** Who may refer a person or pass a signal, and see their organisation's referrals. */
	static final String MAY_REFER = "hasAnyRole('INTERVENTION_MANAGER', 'HOUSE_MANAGER', 'SECRETARIAT', 'PARTNER_PROFESSIONAL')";

	static final Set<String> TRIAGE_ROLES = Set.of("ROLE_SECRETARIAT", "ROLE_HOUSE_MANAGER");
	static final Set<String> REFERRER_ROLES = Set.of("ROLE_INTERVENTION_MANAGER", "ROLE_PARTNER_PROFESSIONAL");

	enum Scope {
		ALL, OWN_ORGANISATION, NONE
	}

	static final ReferralVisibility NONE = new ReferralVisibility(Scope.NONE, null);

	static ReferralVisibility of(Set<String> authorities, @Nullable UUID organisation) {
		if (authorities.stream().anyMatch(TRIAGE_ROLES::contains)) {
			return new ReferralVisibility(Scope.ALL, organisation);
		}
		if (organisation != null && authorities.stream().anyMatch(REFERRER_ROLES::contains)) {
			return new ReferralVisibility(Scope.OWN_ORGANISATION, organisation);
		}
		return NONE;
	}

	static ReferralVisibility current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserProfile user)) {
			return NONE;
		}
		return of(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()),
				user.organisation());
	}

	boolean sees(UUID referringOrganisation) {
		return switch (scope) {
			case ALL -> true;
			case OWN_ORGANISATION -> referringOrganisation.equals(organisation);
			case NONE -> false;
		};
	}
}

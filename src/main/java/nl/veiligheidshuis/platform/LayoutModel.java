package nl.veiligheidshuis.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page layout shows on every page into the model: the house, the demo banner, the user. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final House house;
	private final DemoMode demoMode;

	LayoutModel(House house, DemoMode demoMode) {
		this.house = house;
		this.demoMode = demoMode;
	}

	@ModelAttribute("houseName")
	String houseName() {
		return house.name();
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode.isEnabled();
	}

	/** The signed-in user's authorities (e.g. ROLE_SECRETARIAT), so a page shows only the links the user may follow. */
	@ModelAttribute("authorities")
	java.util.Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? java.util.Set.of()
				: authentication.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority()))
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** Signed in as a member of the steering group only: the navigation then offers reports and finance alone. */
	@ModelAttribute("aggregatesOnly")
	boolean aggregatesOnly() {
		java.util.Set<String> roles = authorities().stream().filter(a -> a.startsWith("ROLE_"))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return roles.equals(java.util.Set.of("ROLE_STEERING_GROUP_MEMBER"));
	}

	@ModelAttribute("currentUser")
	@Nullable
	UserProfile currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof UserProfile profile ? profile : null;
	}
}

package nl.veiligheidshuis.privacy;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.platform.Notifications;

/**
 * The rights of the signed-in user on one trajectory, and the checks services and the web layer make
 * with them. A refused look is audited as denied, for the client concerned.
 */
@Service
public class TrajectoryAccess {

	private static final String KNOWN_RIGHTS = TrajectoryAccess.class.getName() + ".rights";

	private final TrajectoryDirectory trajectories;
	private final TrajectoryRightsPolicy policy;
	private final BreakGlass breakGlass;
	private final PartnerOrganisations partners;
	private final UserAccounts accounts;
	private final AuditLog auditLog;
	private final Notifications notifications;
	private final DateFormats dates;

	/**
	 * Without a directory no trajectory exists: every path is 404. With several (tests add fixtures beside the
	 * trajectories module's), the first that knows a trajectory answers.
	 */
	TrajectoryAccess(ObjectProvider<TrajectoryDirectory> trajectories, TrajectoryRightsPolicy policy, BreakGlass breakGlass,
			PartnerOrganisations partners, UserAccounts accounts, AuditLog auditLog, Notifications notifications,
			DateFormats dates) {
		List<TrajectoryDirectory> directories = trajectories.orderedStream().toList();
		this.trajectories = trajectoryId -> directories.stream()
			.map(directory -> directory.factsOf(trajectoryId))
			.flatMap(Optional::stream)
			.findFirst();
		this.policy = policy;
		this.breakGlass = breakGlass;
		this.partners = partners;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.notifications = notifications;
		this.dates = dates;
	}

	/**
	 * The rights of the signed-in user; none when the trajectory does not exist or nobody is signed in. Within one
	 * GET request they are worked out once per trajectory (a page asks for them from several services; a request
	 * that changes something works them out anew each time).
	 */
	public TrajectoryRights rightsOf(UUID trajectoryId) {
		SignedInUser user = currentUser();
		if (user == null) {
			return TrajectoryRights.NONE;
		}
		Map<UUID, TrajectoryRights> known = knownInThisRequest();
		TrajectoryRights rights = known == null ? null : known.get(trajectoryId);
		if (rights == null) {
			// Only the secretariat can hold a break-glass grant: nobody else's look needs the query.
			rights = trajectories.factsOf(trajectoryId)
				.map(facts -> policy.rightsOf(requester(user), facts,
						user.roles().contains(Role.SECRETARIAT) && breakGlass.isActive(user.id(), trajectoryId)))
				.orElse(TrajectoryRights.NONE);
			if (known != null) {
				known.put(trajectoryId, rights);
			}
		}
		return rights;
	}

	/** The rights already worked out in the current GET or HEAD request; null outside one. */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<UUID, TrajectoryRights> knownInThisRequest() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| !("GET".equals(attributes.getRequest().getMethod()) || "HEAD".equals(attributes.getRequest().getMethod()))) {
			return null;
		}
		Object known = attributes.getAttribute(KNOWN_RIGHTS, RequestAttributes.SCOPE_REQUEST);
		if (known == null) {
			known = new HashMap<UUID, TrajectoryRights>();
			attributes.setAttribute(KNOWN_RIGHTS, known, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<UUID, TrajectoryRights>) known;
	}

	/**
	 * The rights of the signed-in user on each of several trajectories whose facts the caller holds (a list
	 * page): one snapshot of the user for all of them. Nobody signed in: none.
	 */
	public Map<UUID, TrajectoryRights> rightsOf(Collection<TrajectoryAccessFacts> facts) {
		SignedInUser user = currentUser();
		Map<UUID, TrajectoryRights> rights = new HashMap<>();
		if (user == null) {
			return rights;
		}
		Requester requester = requester(user);
		boolean mayHoldGrants = user.roles().contains(Role.SECRETARIAT);
		for (TrajectoryAccessFacts trajectory : facts) {
			boolean grant = mayHoldGrants && breakGlass.isActive(user.id(), trajectory.trajectoryId());
			rights.put(trajectory.trajectoryId(), policy.rightsOf(requester, trajectory, grant));
		}
		return rights;
	}

	/**
	 * Whether a privacy covenant lets the organisation receive data about the trajectory's client: it is a party
	 * to the covenant today and a covenant in force covers the client's target group (the second half of
	 * need-to-know, for modules that decide the first half themselves, such as an invitation to an item of a case
	 * conference). False for an unknown trajectory.
	 */
	public boolean covenantCovers(UUID trajectoryId, UUID organisation) {
		return trajectories.factsOf(trajectoryId)
			.map(facts -> policy.covered(new PartnerOrganisationId(organisation), facts))
			.orElse(false);
	}

	/**
	 * The rights, when the user may at least read the trajectory; otherwise {@link TrajectoryNotFound},
	 * and the refused look is audited.
	 */
	public TrajectoryRights requireRead(UUID trajectoryId) {
		TrajectoryRights rights = rightsOf(trajectoryId);
		if (!rights.read()) {
			auditRefusal(trajectoryId);
			throw new TrajectoryNotFound();
		}
		return rights;
	}

	/**
	 * Opens a dossier in an emergency (DESIGN.md §4 rule 9): for a user whose rights include break-glass
	 * (the secretariat), after stating a reason. The grant is time-boxed, audited as break-glass for the
	 * client, and the intervention manager and every house manager find a message in their inbox.
	 *
	 * @return when the access ends
	 */
	@Transactional
	public OffsetDateTime breakGlass(UUID trajectoryId, String reason) {
		SignedInUser user = currentUser();
		TrajectoryAccessFacts facts = trajectories.factsOf(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		if (user == null || !policy.rightsOf(requester(user), facts, false).breakGlass()) {
			auditRefusal(trajectoryId);
			throw new TrajectoryNotFound();
		}
		String stated = reason.strip();
		if (stated.length() < BreakGlass.MINIMUM_REASON || stated.length() > BreakGlass.MAXIMUM_REASON) {
			throw new IllegalArgumentException("A break-glass reason has 10 to 1000 characters");
		}
		OffsetDateTime until = breakGlass.grant(user.id(), trajectoryId, stated);
		auditLog.record(AuditEntry.of(AuditAction.BREAK_GLASS, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory",
				trajectoryId).by(AuditActor.of(user)).concerning(facts.client()));
		Set<UUID> recipients = new LinkedHashSet<>(accounts.idsWithRole(Role.HOUSE_MANAGER));
		if (facts.interventionManager() != null) {
			recipients.add(facts.interventionManager());
		}
		recipients.remove(user.id());
		String link = "/trajecten/" + trajectoryId;
		for (UUID recipient : recipients) {
			notifications.notify(recipient, "breakGlass.notification",
					List.of(user.displayName(), user.organisationName(), dates.dateTime(until), stated), link);
		}
		return until;
	}

	/** Whether the signed-in user may break the glass on this trajectory (the form is offered only then). */
	public boolean mayBreakGlass(UUID trajectoryId) {
		SignedInUser user = currentUser();
		return user != null && trajectories.factsOf(trajectoryId)
			.map(facts -> policy.rightsOf(requester(user), facts, false).breakGlass())
			.orElse(false);
	}

	void auditRefusal(UUID trajectoryId) {
		SignedInUser user = currentUser();
		AuditEntry entry = AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory", trajectoryId)
			.denied();
		trajectories.factsOf(trajectoryId).ifPresent(facts -> auditLog.record(
				(user == null ? entry : entry.by(AuditActor.of(user))).concerning(facts.client())));
	}

	Requester requester(SignedInUser user) {
		PartnerType type = partners.find(user.organisationId()).map(p -> p.type()).orElse(PartnerType.OTHER);
		return new Requester(user.id(), user.roles(), user.organisationId(), type);
	}

	static @Nullable SignedInUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}

package nl.veiligheidshuis.privacy;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.veiligheidshuis.platform.ApiPaths;

/**
 * Need-to-know for every trajectory-scoped request, by construction: any page, API call, export or PDF
 * whose path has a {@code {trajectoryId}} variable passes through here before its controller runs.
 * Without the right to read, the answer is 404 (existence does not leak) and the attempt is audited; a
 * user who may break the glass is offered the break-glass page instead (pages only, never the API).
 * The rights go to the controller and the view as the request attribute {@value #RIGHTS}.
 */
@Configuration(proxyBeanMethods = false)
class TrajectoryScope implements WebMvcConfigurer, HandlerInterceptor {

	static final String VARIABLE = "trajectoryId";
	public static final String RIGHTS = "trajectoryRights";

	private final TrajectoryAccess access;

	TrajectoryScope(TrajectoryAccess access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || method.getBeanType() == BreakGlassController.class) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey(VARIABLE)) {
			return true;
		}
		UUID trajectoryId;
		try {
			trajectoryId = UUID.fromString(variables.get(VARIABLE));
		}
		catch (IllegalArgumentException notAnId) {
			throw new TrajectoryNotFound();
		}
		TrajectoryRights rights = access.rightsOf(trajectoryId);
		if (!rights.read()) {
			if (rights.breakGlass() && !ApiPaths.isApiRequest(request)) {
				response.sendRedirect(request.getContextPath() + "/noodtoegang/" + trajectoryId);
				return false;
			}
			access.auditRefusal(trajectoryId);
			throw new TrajectoryNotFound();
		}
		request.setAttribute(RIGHTS, rights);
		return true;
	}
}

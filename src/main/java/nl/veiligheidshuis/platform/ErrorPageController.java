package nl.veiligheidshuis.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch ({@code /error}): a Dutch page for page requests, problem+json for
 * API requests. Replaces Spring Boot's default error controller, which would answer in English.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final String PROBLEM_PATH = "/error/problem";

	private final ProblemTitles titles;

	ErrorPageController(ProblemTitles titles) {
		this.titles = titles;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		HttpStatusCode status = statusOf(request);
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
				&& ApiPaths.isApiPath(uri.substring(request.getContextPath().length()))) {
			return new ModelAndView("forward:" + PROBLEM_PATH);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("errorTitle", titles.title(status));
		page.addObject("errorDetail", titles.detail(status));
		return page;
	}

	@RequestMapping(PROBLEM_PATH)
	@ResponseBody
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatusCode status = statusOf(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(titles.problem(status));
	}

	private static HttpStatusCode statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
	}
}

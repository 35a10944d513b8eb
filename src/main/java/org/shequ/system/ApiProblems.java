package org.shequ.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Every error of Shequ's own API as RFC 7807 problem+json; bad fields are listed under {@code errors}. */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	static final URI INVALID = URI.create("/problems/invalid-request");

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e) {
		return invalidRequest(e.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AuthorizationException.class })
	ProblemDetail forbidden(RuntimeException e) {
		String detail = e instanceof ForbiddenException ? e.getMessage() : "this action is not allowed for your role";
		return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		HttpStatus status = HttpStatus.valueOf(e.status());
		return problem(status, status.getReasonPhrase(), e.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return invalidRequest(List.of(new InvalidRequestException.FieldProblem(e.getName(), "has the wrong type")));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("unexpected error", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the request could not be completed");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalidRequest(List.of(describe(ex.getCause()))));
	}

	/** A path id that is blank or whitespace converts to nothing: the caller's mistake, not the server's. */
	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (!ex.isMissingAfterConversion()) {
			return super.handleMissingPathVariable(ex, headers, status, request);
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalidRequest(
				List.of(new InvalidRequestException.FieldProblem(ex.getVariableName(), "is not a valid identifier"))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
		ex.getFieldErrors().forEach(f -> problems.add(new InvalidRequestException.FieldProblem(f.getField(),
				f.getDefaultMessage())));
		ex.getGlobalErrors().forEach(g -> problems.add(new InvalidRequestException.FieldProblem(g.getObjectName(),
				g.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalidRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> problems.add(
				new InvalidRequestException.FieldProblem(r.getMethodParameter().getParameterName(),
						err.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalidRequest(problems));
	}

	/** Problems from Spring MVC itself (415, 405, …) are problem+json too, whatever the client accepts. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response == null || !(response.getBody() instanceof ProblemDetail)) {
			return response;
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(response.getHeaders());
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(response.getBody(), problemHeaders, response.getStatusCode());
	}

	private static InvalidRequestException.FieldProblem describe(Throwable cause) {
		if (cause instanceof StrictJsonBodyFilter.NotUtf8Exception) {
			return new InvalidRequestException.FieldProblem("body", "is not valid UTF-8");
		}
		if (cause instanceof PrintableText.UnprintableText unprintable) {
			return new InvalidRequestException.FieldProblem(path(unprintable), "contains control characters");
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new InvalidRequestException.FieldProblem(path(unknown), "is not a known field");
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return new InvalidRequestException.FieldProblem(path(mapping), "has the wrong type or format");
		}
		if (cause instanceof JsonParseException || cause instanceof JacksonException) {
			return new InvalidRequestException.FieldProblem("body", "is not well-formed JSON");
		}
		return new InvalidRequestException.FieldProblem("body", "is missing or not readable as JSON");
	}

	private static String path(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : e.getPath()) {
			if (ref.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	static ProblemDetail invalidRequest(List<InvalidRequestException.FieldProblem> problems) {
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
						: problems.size() + " fields are invalid");
		pd.setType(INVALID);
		pd.setProperty("errors", problems.stream()
			.map(p -> Map.of("field", p.field(), "message", p.message()))
			.toList());
		return pd;
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
		pd.setTitle(title);
		return pd;
	}

}

package org.shequ.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.shequ.security.CurrentUser;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case timeline and the BPMN of the model versions it ran, for auditors. */
@RestController
class TimelineController {

	private static final Pattern DEFINITION_ID = Pattern.compile("^[A-Za-z0-9_.:-]{1,200}$");

	private final CaseTimeline timeline;

	private final RepositoryService repository;

	private final Privileged privileged;

	TimelineController(CaseTimeline timeline, RepositoryService repository, Privileged privileged) {
		this.timeline = timeline;
		this.repository = repository;
		this.privileged = privileged;
	}

	@GetMapping("/api/cases/{trackingNumber}/timeline")
	CaseTimelineView timeline(@PathVariable String trackingNumber, CurrentUser user) {
		return timeline.of(trackingNumber, user);
	}

	/** The BPMN XML of one deployed process version, as the case ran it. */
	@GetMapping("/api/audit/process-definitions/{id}/xml")
	ResponseEntity<byte[]> bpmn(@PathVariable String id, CurrentUser user) {
		Auditors.require(user);
		if (!DEFINITION_ID.matcher(id).matches()) {
			throw new NotFoundException("no process definition " + id.substring(0, Math.min(40, id.length())));
		}
		byte[] xml;
		try {
			xml = privileged.call(() -> read(repository.getProcessModel(id)));
		}
		catch (ProcessEngineException unknown) {
			throw new NotFoundException("no process definition " + id);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
	}

	private static byte[] read(InputStream model) {
		try (model) {
			return model.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

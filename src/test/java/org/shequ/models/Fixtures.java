package org.shequ.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Deadlines;
import org.shequ.system.DecisionResultReader;

/** The real models in processes/ and forms/, the fixtures under src/test/resources/models, and fakes. */
final class Fixtures {

	static final Path PROCESSES = Path.of("processes");

	static final Path FORMS = Path.of("forms");

	private Fixtures() {
	}

	/** A fixture from src/test/resources/models, under the resource name it is deployed as. */
	static ModelFile fixture(String path, String deployAs) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/models/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + path);
			}
			return new ModelFile(deployAs, in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String fixtureText(String path) {
		return new String(fixture(path, path).content(), StandardCharsets.UTF_8);
	}

	/** The sample track (process key sample-track) and its form, as Camunda Modeler would deploy them. */
	static List<ModelFile> sample() {
		return List.of(fixture("sample-track.bpmn", "sample-track.bpmn"),
				fixture("sample-track-step.form", "sample-track-step.form"));
	}

	/**
	 * The foundation's intake models (complaint-intake, general-handling, case-triage and their forms)
	 * as fixtures, under the names ModelDeployer gives them: tests of the rules do not change when the
	 * tracks in processes/ do.
	 */
	static ModelFile intake(String file) {
		String folder = file.endsWith(".form") ? "forms/" : "processes/";
		return fixture("intake/" + file, folder + file);
	}

	static List<ModelFile> intakeWithTriage(ModelFile triage) {
		return List.of(triage, intake("complaint-intake.bpmn"), intake("general-handling.bpmn"),
				intake("complaint-intake-callback.form"), intake("complaint-intake-review.form"),
				intake("complaint-intake-supervise.form"), intake("general-handling-respond.form"),
				intake("general-handling-handle.form"));
	}

	static List<ModelFile> intake() {
		return intakeWithTriage(intake("case-triage.dmn"));
	}

	/** A file of the real model folders, as ModelDeployer names it (processes/x.bpmn, forms/y.form). */
	static ModelFile real(Path folder, String file) {
		try {
			return new ModelFile(folder.getFileName() + "/" + file, Files.readAllBytes(folder.resolve(file)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Everything in processes/ and forms/. */
	static List<ModelFile> folders() {
		List<ModelFile> files = new ArrayList<>();
		for (Path folder : List.of(PROCESSES, FORMS)) {
			try (Stream<Path> list = Files.list(folder)) {
				list.sorted().forEach(p -> files.add(real(folder, p.getFileName().toString())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}

	/** The foundation's beans by the names models use, with their kinds, and a reader like ApplyTriage. */
	static BeanCatalog beans() {
		Map<String, Class<?>> types = Map.ofEntries(Map.entry("recordResponse", TaskListener.class),
				Map.entry("recordOutcome", TaskListener.class), Map.entry("recordCallback", TaskListener.class),
				Map.entry("recordReview", TaskListener.class), Map.entry("recordSupervision", TaskListener.class),
				Map.entry("closeCase", JavaDelegate.class), Map.entry("confirmResolved", JavaDelegate.class),
				Map.entry("raiseEscalation", JavaDelegate.class), Map.entry("reopenCase", JavaDelegate.class),
				Map.entry("dispatchToOnCall", JavaDelegate.class), Map.entry("dispatchToGridWorker", JavaDelegate.class),
				Map.entry("applyTriage", TriageReader.class), Map.entry("staff", Object.class),
				Map.entry("caseProgress", Object.class));
		return new BeanCatalog() {

			@Override
			public Optional<Class<?>> typeOf(String beanName) {
				return Optional.ofNullable(types.get(beanName));
			}

			@Override
			public Optional<DecisionResultReader> decisionResultReader(String beanName) {
				return "applyTriage".equals(beanName) ? Optional.of(new TriageReader()) : Optional.empty();
			}

		};
	}

	/** Reads case-triage's result like org.shequ.intake.ApplyTriage. */
	static class TriageReader implements JavaDelegate, DecisionResultReader {

		@Override
		public String decisionResultVariable() {
			return "triage";
		}

		@Override
		public List<Output> decisionOutputsRead() {
			return List.of(Output.anyValue("track"), Output.anyValue("timeClass"),
					Output.matching("respondWithin", Deadlines::isValid, "a duration such as PT1H or 15WD"),
					Output.matching("resolveWithin", Deadlines::isValid, "a duration such as P7D or 15WD"),
					Output.anyValue("dispatch"));
		}

		@Override
		public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
		}

	}

	/** What a fake engine has deployed. */
	static final class Deployed implements Surroundings {

		private final List<ModelFile> files;

		Deployed(List<ModelFile> files) {
			this.files = files;
		}

		private List<ProcessModel> processes() {
			return files.stream()
				.filter(f -> f.kind() == ModelFile.Kind.BPMN)
				.flatMap(f -> BpmnDocument.parse(f, new ArrayList<>()).stream())
				.flatMap(d -> d.processes.stream())
				.toList();
		}

		@Override
		public boolean processDeployed(String key) {
			return processes().stream().anyMatch(p -> p.key.equals(key));
		}

		@Override
		public Optional<ModelFile> deployedDecision(String key) {
			return files.stream()
				.filter(f -> f.kind() == ModelFile.Kind.DMN && f.baseName().equals(key))
				.findFirst();
		}

		@Override
		public Optional<ModelFile> deployedForm(String formId) {
			return files.stream()
				.filter(f -> f.kind() == ModelFile.Kind.FORM && f.text().contains("\"id\": \"" + formId + "\""))
				.findFirst();
		}

		@Override
		public List<DeployedProcess> deployedProcessesUsing(String decisionKey) {
			return processes().stream()
				.filter(p -> p.file.text().contains("\"" + decisionKey + "\""))
				.map(p -> new DeployedProcess(p.key, 1, p.file))
				.toList();
		}

	}

}

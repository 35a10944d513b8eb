package org.shequ.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.shequ.models.DeploymentOrder;
import org.shequ.models.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys {@code processes/} and {@code forms/} on start, under stable resource names
 * ({@code processes/x.bpmn}, {@code forms/y.form}) whatever the launch mode. Each decision table is a
 * deployment of its own; each process is deployed together with the forms it references, so that
 * {@code formRefBinding="deployment"} keeps a running case on the forms it started with. A deployment
 * whose files are all unchanged is skipped: restarting creates no new versions. Deployments go in
 * dependency order (what a model refers to first), as each must pass the deployment gate.
 */
@Component
@Order(0)
class ModelDeployer implements ApplicationRunner {

	static final String SOURCE = "shequ-startup";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

	private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

	private final RepositoryService repository;

	private final ResourcePatternResolver resources;

	private final ObjectMapper json;

	ModelDeployer(RepositoryService repository, ResourcePatternResolver resources, ObjectMapper json) {
		this.repository = repository;
		this.resources = resources;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Map<String, Model> forms = formsById();
		List<List<Model>> deployments = new ArrayList<>();
		for (Resource dmn : find("classpath*:processes/*.dmn")) {
			deployments.add(List.of(Model.of("processes/", dmn)));
		}
		for (Resource bpmn : find("classpath*:processes/*.bpmn")) {
			Model process = Model.of("processes/", bpmn);
			List<Model> deployment = new ArrayList<>();
			deployment.add(process);
			Matcher refs = FORM_REF.matcher(new String(process.content(), StandardCharsets.UTF_8));
			while (refs.find()) {
				Model form = forms.get(refs.group(1));
				if (form == null) {
					throw new IllegalStateException(process.name() + " references form '" + refs.group(1)
							+ "', which is not in forms/");
				}
				if (!deployment.contains(form)) {
					deployment.add(form);
				}
			}
			deployments.add(deployment);
		}
		// every deployment passes the gate (org.shequ.models), which wants what it refers to deployed first
		for (List<Model> deployment : DeploymentOrder.dependenciesFirst(deployments,
				models -> models.stream().map(m -> new ModelFile(m.name(), m.content())).toList())) {
			deploy(baseName(deployment.get(0).name()), deployment);
		}
	}

	private void deploy(String name, List<Model> models) {
		DeploymentBuilder builder = repository.createDeployment()
			.name(name)
			.source(SOURCE)
			.enableDuplicateFiltering(false);
		models.forEach(m -> builder.addInputStream(m.name(), new ByteArrayInputStream(m.content())));
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		log.info("deployment {} is {} ({})", name, deployment.getId(), models.stream().map(Model::name).toList());
	}

	private Map<String, Model> formsById() throws IOException {
		Map<String, Model> byId = new LinkedHashMap<>();
		for (Resource form : find("classpath*:forms/*.form")) {
			Model model = Model.of("forms/", form);
			JsonNode id = json.readTree(model.content()).get("id");
			if (id == null || !id.isTextual()) {
				throw new IllegalStateException(model.name() + " has no form id");
			}
			if (byId.put(id.asText(), model) != null) {
				throw new IllegalStateException("two forms have the id " + id.asText());
			}
		}
		return byId;
	}

	private List<Resource> find(String pattern) throws IOException {
		return Arrays.stream(resources.getResources(pattern))
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList();
	}

	private static String baseName(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1);
		return file.substring(0, file.lastIndexOf('.'));
	}

	record Model(String name, byte[] content) {

		static Model of(String folder, Resource resource) {
			try (InputStream in = resource.getInputStream()) {
				return new Model(folder + resource.getFilename(), in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Model m && m.name.equals(name);
		}

		@Override
		public int hashCode() {
			return name.hashCode();
		}

	}

}

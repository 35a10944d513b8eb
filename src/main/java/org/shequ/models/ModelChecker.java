package org.shequ.models;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Shequ's rules for models, applied to one deployment: by the engine to every deployment whatever its
 * route ({@link DeploymentGate}), and by the build to the folders {@code processes/} and {@code forms/}.
 * Each rule is a class of its own; their problems are reported together.
 */
@Component
public class ModelChecker {

	private final List<ModelRule> rules;

	public ModelChecker() {
		DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		DmnEngine engine = dmn.buildEngine();
		this.rules = List.of(new ResourceNames(), new NoScripts(), new SafeExpressions(), new HistoryTimeToLive(),
				new UserTasks(), new Delegates(), new CalledElements(), new DecisionTables(engine, dmn.getFeelEngine()),
				new DecisionUses(), new FormFiles());
	}

	public Verdict check(Collection<ModelFile> files, Surroundings around, BeanCatalog beans) {
		Review review = new Review(files, around, beans);
		for (ModelRule rule : rules) {
			rule.check(review);
		}
		return review.verdict();
	}

}

package org.shequ.benchmark;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine's rate for the minimal process start → service task → user task, from the same
 * number of threads as Shequ's intake clients, each thread starting instances one after the other.
 */
final class BareEngineRate {

	static final String PROCESS = "bare-start-service-user";

	private BareEngineRate() {
	}

	static BpmnModelInstance minimalProcess() {
		return Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("work")
			.camundaExpression("${true}")
			.userTask("wait")
			.camundaCandidateGroups("bench")
			.endEvent()
			.done();
	}

	static double measure(ProcessEngine engine, int threads, Phases phases) throws InterruptedException {
		engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", minimalProcess()).deploy();
		AtomicLong started = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int i = 0; i < threads; i++) {
			pool.submit(() -> {
				while (running.get()) {
					engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
					started.incrementAndGet();
				}
			});
		}
		double rate = phases.rate(started::get);
		running.set(false);
		pool.shutdown();
		pool.awaitTermination(60, TimeUnit.SECONDS);
		return rate;
	}

}

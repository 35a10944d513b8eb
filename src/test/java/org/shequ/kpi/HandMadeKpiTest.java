package org.shequ.kpi;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.shequ.support.Api;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** KPI tests over HTTP on the hand-made data set of {@link HandMadeCases}, read at its moment "now". */
abstract class HandMadeKpiTest {

	@LocalServerPort
	int port;

	@Autowired
	HandMadeCases handMade;

	Api api;

	@BeforeEach
	void setUp() {
		handMade.ensure();
		api = new Api(port);
		TestCases.setClock(HandMadeCases.NOW);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}

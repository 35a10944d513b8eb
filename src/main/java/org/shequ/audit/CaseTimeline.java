package org.shequ.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.shequ.intake.Case;
import org.shequ.intake.CaseLog;
import org.shequ.intake.CaseLogRepository;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole history of one case for auditors, across every process instance that carried its
 * tracking number as business key and everything they called (intake and whatever tracks exist), in
 * the order the hash chain recorded it, each step with its model's key and version.
 */
@Service
public class CaseTimeline {

	static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Z]{3}-\\d{8}-\\d{4}$");

	static final List<String> CASE_PERSONAL_DATA = List.of("reporterName", "reporterPhone", "address");

	private static final Map<String, String> LOG_LABELS = Map.ofEntries(Map.entry("RECEIVED", "受理"),
			Map.entry("TRIAGED", "分类研判"), Map.entry("DISPATCHED", "派单"), Map.entry("RESPONDED", "响应"),
			Map.entry("HANDLED", "办理"), Map.entry("RESOLVED", "办结"), Map.entry("TRACK_COMPLETED", "办理完毕"),
			Map.entry("CALLBACK", "回访"), Map.entry("REVIEWED", "不满意复核"), Map.entry("REOPENED", "重新办理"),
			Map.entry("CLOSED", "结案"), Map.entry("ESCALATED", "发起督办"), Map.entry("SUPERVISED", "督办处理"),
			Map.entry("REASSIGNED", "改派"));

	private final CaseRepository cases;

	private final CaseLogRepository logs;

	private final HistoryService history;

	private final RepositoryService repository;

	private final EngineHistoryDrafts engine;

	private final ChainSeqs seqs;

	private final Privileged privileged;

	private final ShequClock clock;

	CaseTimeline(CaseRepository cases, CaseLogRepository logs, HistoryService history, RepositoryService repository,
			EngineHistoryDrafts engine, ChainSeqs seqs, Privileged privileged, ShequClock clock) {
		this.cases = cases;
		this.logs = logs;
		this.history = history;
		this.repository = repository;
		this.engine = engine;
		this.seqs = seqs;
		this.privileged = privileged;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseTimelineView of(String trackingNumber, CurrentUser user) {
		Auditors.require(user);
		if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
			throw new NotFoundException("no case " + trackingNumber.substring(0, Math.min(40, trackingNumber.length())));
		}
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
		return privileged.call(() -> build(kase));
	}

	private CaseTimelineView build(Case kase) {
		Map<String, HistoricProcessInstance> instances = instances(kase.getTrackingNumber());
		List<TimelineEvent.Draft> drafts = new ArrayList<>();
		List<CaseTimelineView.ProcessRun> runs = new ArrayList<>();
		Map<String, ProcessDefinition> definitions = new HashMap<>();
		for (HistoricProcessInstance instance : instances.values()) {
			List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance.getId())
				.orderPartiallyByOccurrence()
				.asc()
				.list();
			drafts.addAll(engine.of(instance, activities));
			ProcessDefinition definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(),
					this::definition);
			runs.add(new CaseTimelineView.ProcessRun(instance.getId(), instance.getSuperProcessInstanceId(),
					instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
					definition == null ? instance.getProcessDefinitionName() : definition.getName(),
					definition == null ? instance.getProcessDefinitionVersion() : Integer.valueOf(definition.getVersion()),
					at(EngineHistoryDrafts.instant(instance.getStartTime())),
					at(EngineHistoryDrafts.instant(instance.getEndTime())), instance.getState(), passed(activities)));
		}
		for (CaseLog log : logs.findByCaseIdOrderByIdAsc(kase.getId())) {
			Map<String, Object> data = new TreeMap<>();
			data.put("logKind", log.getKind());
			drafts.add(new TimelineEvent.Draft(log.getAt(), "shequ:case_log:insert|" + log.getId(), "CASE_LOG",
					LOG_LABELS.getOrDefault(log.getKind(), log.getKind()), log.getActor(), log.getDetail(), null, null,
					null, data));
		}

		Map<String, Long> chain = seqs.of(drafts.stream().map(d -> d.chainKey().substring(d.chainKey().indexOf('|') + 1)).toList());
		List<TimelineEvent> events = new ArrayList<>();
		for (TimelineEvent.Draft draft : ordered(drafts, chain)) {
			HistoricProcessInstance instance = draft.processInstanceId() == null ? null
					: instances.get(draft.processInstanceId());
			ProcessDefinition definition = instance == null ? null : definitions.get(instance.getProcessDefinitionId());
			events.add(new TimelineEvent(chain.get(draft.chainKey()), at(draft.at()), draft.kind(), draft.label(),
					draft.user(), draft.summary(), instance == null ? null : instance.getProcessDefinitionKey(),
					definition == null ? (instance == null ? null : instance.getProcessDefinitionVersion())
							: Integer.valueOf(definition.getVersion()),
					draft.processInstanceId(), draft.activityId(), draft.activityName(), draft.data(), personal(draft)));
		}
		return new CaseTimelineView(header(kase), CASE_PERSONAL_DATA, runs, events);
	}

	private Map<String, HistoricProcessInstance> instances(String trackingNumber) {
		Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.list()) {
			instances.put(instance.getId(), instance);
			String root = instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
			history.createHistoricProcessInstanceQuery()
				.rootProcessInstanceId(root)
				.list()
				.forEach(called -> instances.putIfAbsent(called.getId(), called));
		}
		Map<String, HistoricProcessInstance> sorted = new LinkedHashMap<>();
		instances.values()
			.stream()
			.sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).thenComparing(HistoricProcessInstance::getId))
			.forEach(i -> sorted.put(i.getId(), i));
		return sorted;
	}

	/**
	 * In chain order where the chain recorded the step (the true order, even within one millisecond);
	 * steps older than the chain slot in by time.
	 */
	static List<TimelineEvent.Draft> ordered(List<TimelineEvent.Draft> drafts, Map<String, Long> chain) {
		List<TimelineEvent.Draft> chained = drafts.stream()
			.filter(d -> chain.containsKey(d.chainKey()))
			.sorted(Comparator.comparing(d -> chain.get(d.chainKey())))
			.toList();
		List<TimelineEvent.Draft> unchained = drafts.stream()
			.filter(d -> !chain.containsKey(d.chainKey()))
			.sorted(Comparator.comparing(TimelineEvent.Draft::at, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<TimelineEvent.Draft> merged = new ArrayList<>(drafts.size());
		int u = 0;
		for (TimelineEvent.Draft next : chained) {
			while (u < unchained.size() && before(unchained.get(u).at(), next.at())) {
				merged.add(unchained.get(u++));
			}
			merged.add(next);
		}
		merged.addAll(unchained.subList(u, unchained.size()));
		return merged;
	}

	private static boolean before(Instant a, Instant b) {
		return a != null && b != null && a.isBefore(b);
	}

	private static List<CaseTimelineView.Passed> passed(List<HistoricActivityInstance> activities) {
		Map<String, List<HistoricActivityInstance>> byActivity = new LinkedHashMap<>();
		activities.forEach(a -> byActivity.computeIfAbsent(a.getActivityId(), k -> new ArrayList<>()).add(a));
		List<CaseTimelineView.Passed> passed = new ArrayList<>();
		byActivity.forEach((id, runs) -> passed.add(new CaseTimelineView.Passed(id, runs.get(0).getActivityType(),
				runs.size(), runs.stream().anyMatch(r -> r.getEndTime() == null),
				runs.stream().allMatch(HistoricActivityInstance::isCanceled))));
		return passed;
	}

	private List<String> personal(TimelineEvent.Draft draft) {
		ObjectNode tree = ChainJson.MAPPER.createObjectNode();
		tree.put("summary", draft.summary());
		tree.set("data", ChainJson.MAPPER.valueToTree(draft.data()));
		return PersonalDataMarks.in(tree);
	}

	private ProcessDefinition definition(String id) {
		try {
			return repository.getProcessDefinition(id);
		}
		catch (RuntimeException deleted) {
			return null;
		}
	}

	private Map<String, Object> header(Case kase) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("trackingNumber", kase.getTrackingNumber());
		header.put("community", kase.getCommunityId());
		header.put("grid", kase.getGridId());
		header.put("category", kase.getCategory().code());
		header.put("urgent", kase.isUrgent());
		header.put("title", kase.getTitle());
		header.put("description", kase.getDescription());
		header.put("reporterName", kase.getReporterName());
		header.put("reporterPhone", kase.getReporterPhone());
		header.put("address", kase.getAddress());
		header.put("status", kase.getStatus().name());
		header.put("statusLabel", kase.getStatus().label());
		header.put("track", kase.getTrack());
		header.put("assignee", kase.getAssignee());
		header.put("receivedAt", at(kase.getReceivedAt()));
		header.put("receivedBy", kase.getReceivedBy());
		header.put("closedAt", at(kase.getClosedAt()));
		header.put("reopenCount", kase.getReopenCount());
		return header;
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atZone(clock.zone()).toOffsetDateTime();
	}

}

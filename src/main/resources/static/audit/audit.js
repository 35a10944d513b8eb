// The auditor's page: a case's whole history with the diagrams of the model versions it ran, the
// path it took highlighted; chain verification and export. All data is written as text, never as HTML.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }


  function get(url, as) {
    return fetch(url, { credentials: 'same-origin', headers: { 'X-Shequ-Page': 'audit', 'Accept': as === 'text' ? 'application/xml' : 'application/json' } })
      .then(function (response) {
        if (response.status === 401) { ShequSession.toLogin(); throw new Error('not logged in'); }
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(problem.detail || ('HTTP ' + response.status));
          });
        }
        return as === 'text' ? response.text() : response.json();
      });
  }

  function showError(error) {
    $('message').textContent = error.message;
    $('message').hidden = false;
  }

  function time(value) {
    return value ? value.replace('T', ' ').substring(0, 19) : '—';
  }

  $('logout').addEventListener('click', function () {
    ShequSession.logOut('/login/?next=/audit/');
  });

  $('find').addEventListener('submit', function (event) {
    event.preventDefault();
    location.search = '?case=' + encodeURIComponent($('trackingNumber').value.trim());
  });

  $('verify').addEventListener('click', function () {
    var out = $('verifyResult');
    out.textContent = '校验中…';
    out.className = '';
    get('/api/audit/verify').then(function (result) {
      if (result.ok) {
        out.textContent = '完整：' + result.entries + ' 条记录环环相扣，' + result.recordsChecked + ' 行业务数据、'
          + result.historyRowsChecked + ' 条流程历史与链一致。链头 ' + result.headSeq + ' / ' + result.headHash;
        out.className = 'ok';
      } else {
        var text = '发现篡改：';
        if (result.firstBrokenEntry) {
          text += '第 ' + result.firstBrokenEntry.seq + ' 条 ' + result.firstBrokenEntry.problem + '。';
        }
        (result.alteredRecords || []).forEach(function (r) { text += ' ' + r.table + ' ' + r.key + '：' + r.problem + '。'; });
        out.textContent = text;
        out.className = 'broken';
      }
    }).catch(showError);
  });

  function facts(kase, personal) {
    var list = $('caseFacts');
    list.textContent = '';
    var labels = { trackingNumber: '编号', community: '社区', grid: '网格', category: '类别', urgent: '紧急', title: '标题',
      description: '描述', reporterName: '反映人', reporterPhone: '电话', address: '地址', statusLabel: '状态', track: '办理流程',
      assignee: '承办人', receivedAt: '受理时间', receivedBy: '受理人', closedAt: '结案时间', reopenCount: '重办次数' };
    Object.keys(labels).forEach(function (key) {
      list.appendChild(el('dt', labels[key]));
      var value = kase[key];
      var dd = el('dd', key.indexOf('At') > 0 ? time(value) : (value === null || value === undefined ? '—' : value));
      if (personal.indexOf(key) >= 0) {
        dd.className = 'personal';
        dd.appendChild(el('span', '个人信息', 'personal-badge'));
      }
      list.appendChild(dd);
    });
  }

  function diagram(run, index) {
    var box = $('processes');
    box.appendChild(el('h3', run.processDefinitionName + '（' + run.processDefinitionKey + ' 第 ' + run.processDefinitionVersion
      + ' 版，' + (run.endTime ? '已结束' : '进行中') + '）', 'diagram-title'));
    var canvasBox = el('div', null, 'diagram');
    canvasBox.id = 'diagram-' + index;
    canvasBox.setAttribute('data-process', run.processDefinitionKey);
    canvasBox.setAttribute('data-version', run.processDefinitionVersion);
    box.appendChild(canvasBox);
    return get('/api/audit/process-definitions/' + encodeURIComponent(run.processDefinitionId) + '/xml', 'text').then(function (xml) {
      var viewer = new BpmnJS({ container: canvasBox });
      return viewer.importXML(xml).then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        var passed = {};
        run.activities.forEach(function (activity) {
          if (registry.get(activity.activityId)) {
            passed[activity.activityId] = true;
            canvas.addMarker(activity.activityId, activity.active ? 'shequ-active' : 'shequ-passed');
          }
        });
        var flows = 0;
        registry.filter(function (element) { return element.type === 'bpmn:SequenceFlow'; }).forEach(function (flow) {
          if (flow.source && flow.target && passed[flow.source.id] && passed[flow.target.id]) {
            canvas.addMarker(flow.id, 'shequ-passed');
            flows++;
          }
        });
        canvasBox.setAttribute('data-passed-activities', Object.keys(passed).length);
        canvasBox.setAttribute('data-passed-flows', flows);
        canvasBox.setAttribute('data-ready', 'true');
      });
    });
  }

  function timeline(events) {
    var body = document.querySelector('#timeline tbody');
    body.textContent = '';
    events.forEach(function (event) {
      var row = el('tr');
      row.className = 'event event-' + event.kind;
      row.appendChild(el('td', event.chainSeq === null ? '—' : '#' + event.chainSeq));
      row.appendChild(el('td', time(event.at)));
      var what = el('td', event.label);
      if (event.personalData && event.personalData.length) {
        var badge = el('span', '个人信息', 'personal-badge');
        badge.title = event.personalData.join('，');
        what.appendChild(badge);
      }
      row.appendChild(what);
      row.appendChild(el('td', event.user || '—'));
      row.appendChild(el('td', event.processDefinitionKey ? event.processDefinitionKey + ' v' + event.processDefinitionVersion : '—'));
      row.appendChild(el('td', event.activityName || event.activityId || '—'));
      var content = el('td', event.summary || '');
      var data = Object.assign({}, event.data);
      if (Object.keys(data).length) { content.appendChild(el('pre', JSON.stringify(data, null, 1))); }
      row.appendChild(content);
      body.appendChild(row);
    });
  }

  function showCase(trackingNumber) {
    $('trackingNumber').value = trackingNumber;
    get('/api/cases/' + encodeURIComponent(trackingNumber) + '/timeline').then(function (view) {
      $('case').hidden = false;
      $('caseTitle').textContent = view.kase.trackingNumber + '　' + view.kase.title;
      facts(view.kase, view.personalData);
      timeline(view.events);
      $('processes').textContent = '';
      return Promise.all(view.processes.map(diagram));
    }).catch(showError);
  }

  var requested = new URLSearchParams(location.search).get('case');
  if (requested) { showCase(requested); }
}());

// The secretary's dashboard: the three rates over twelve months, this month by grid and by worker, the
// cases at risk now. Reads /api/kpi with the browser's webapp session; writes data as text, never as HTML.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var charts = {};
  var communities = [];

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'X-Shequ-Page': 'dashboard', 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 401) { ShequSession.toLogin(); throw new Error('请先登录'); }
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            var fields = (problem.errors || []).map(function (e) { return e.field + ' ' + e.message; }).join('；');
            throw new Error(fields || problem.detail || ('HTTP ' + response.status));
          });
        }
        return response.json();
      });
  }

  function query(values) {
    var params = new URLSearchParams();
    Object.keys(values).forEach(function (name) {
      if (values[name]) { params.set(name, values[name]); }
    });
    return params.toString();
  }

  function showError(error) {
    $('message').textContent = '无法读取数据：' + error.message;
    $('message').hidden = false;
  }

  // this month in Beijing, whatever zone the computer is set to
  function thisMonth() {
    var parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .formatToParts(new Date());
    var part = function (type) { return parts.filter(function (p) { return p.type === type; })[0].value; };
    return part('year') + '-' + part('month');
  }

  function monthStart(month, plus) {
    var year = Number(month.substring(0, 4));
    var index = Number(month.substring(5, 7)) - 1 + plus;
    year += Math.floor(index / 12);
    index = ((index % 12) + 12) % 12;
    return year + '-' + String(index + 1).padStart(2, '0') + '-01';
  }

  function percent(rate) {
    return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
  }

  function percentText(rate) {
    var value = percent(rate);
    return value === null ? '—' : value + '%';
  }

  function filters() {
    return { community: $('community').value, grid: $('grid').value, worker: $('worker').value.trim() };
  }

  function fillGrids() {
    var chosen = $('community').value;
    var select = $('grid');
    var before = select.value;
    select.textContent = '';
    select.appendChild(new Option('全部网格', ''));
    communities.filter(function (c) { return !chosen || c.id === chosen; }).forEach(function (c) {
      c.grids.forEach(function (g) { select.appendChild(new Option(g.name, g.id)); });
    });
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === before; }) ? before : '';
  }

  function card(name, value, alert) {
    var box = el('div', null, 'card' + (alert ? ' alert' : ''));
    box.appendChild(el('div', value, 'value'));
    box.appendChild(el('div', name, 'name'));
    return box;
  }

  function renderCards(month, atRisk) {
    var t = month.total;
    var overdue = atRisk.filter(function (c) { return c.overdue; }).length;
    var cards = $('cards');
    cards.textContent = '';
    [['本月受理', t.received], ['本月办结', t.resolved], ['响应率', percentText(t.responseRate)],
      ['解决率', percentText(t.resolutionRate)], ['满意率', percentText(t.satisfactionRate)],
      ['按时响应率', percentText(t.onTimeResponseRate)], ['按时办结率', percentText(t.onTimeResolutionRate)],
      ['办结未回访', t.resolvedWithoutCallback]].forEach(function (c) { cards.appendChild(card(c[0], c[1])); });
    cards.appendChild(card('已超时', overdue, overdue > 0));
    cards.appendChild(card('24小时内到期', atRisk.length - overdue, atRisk.length - overdue > 0));
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
    }
    return charts[id];
  }

  function done(id, points) {
    $(id).setAttribute('data-ready', 'true');
    $(id).setAttribute('data-points', String(points));
  }

  function renderRates(trend) {
    var groups = trend.groups;
    var series = [['响应率', 'responseRate'], ['解决率', 'resolutionRate'], ['满意率', 'satisfactionRate']]
      .map(function (s) {
        return { name: s[0], type: 'line', connectNulls: false, symbolSize: 7,
          data: groups.map(function (g) { return percent(g[s[1]]); }) };
      });
    chart('ratesChart').setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '无回访' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 45, right: 20, top: 35, bottom: 30 },
      xAxis: { type: 'category', data: groups.map(function (g) { return g.label.replace(/^\d{4}年/, ''); }) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' },
        min: function (range) { return Math.max(0, Math.floor(range.min / 10) * 10 - 10); } },
      series: series
    }, true);
    done('ratesChart', groups.length);
  }

  function renderBars(id, report) {
    var groups = report.groups;
    chart(id).setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 45, right: 45, top: 35, bottom: 30 },
      xAxis: { type: 'category', data: groups.map(function (g) { return g.label; }) },
      yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: '受理', type: 'bar', data: groups.map(function (g) { return g.received; }) },
        { name: '办结', type: 'bar', data: groups.map(function (g) { return g.resolved; }) },
        { name: '超时未办结', type: 'bar', data: groups.map(function (g) { return g.openPastDeadline; }) },
        { name: '满意率', type: 'line', yAxisIndex: 1, data: groups.map(function (g) { return percent(g.satisfactionRate); }) }
      ]
    }, true);
    done(id, groups.length);
  }

  function renderAtRisk(cases) {
    var body = $('atRisk').querySelector('tbody');
    body.textContent = '';
    cases.forEach(function (c) {
      var row = el('tr', null, c.overdue ? 'overdue' : '');
      [c.trackingNumber, c.title, c.categoryLabel, c.grid, c.assignee || '—', c.statusLabel,
        c.deadlineKind + (c.overdue ? '（已超时）' : '（将到期）'), c.deadline.replace('T', ' ').substring(0, 16)]
        .forEach(function (text) { row.appendChild(el('td', text)); });
      var link = el('td');
      if (c.taskId) {
        var a = el('a', '在 Tasklist 中办理');
        a.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(c.taskId);
        link.appendChild(a);
      }
      row.appendChild(link);
      body.appendChild(row);
    });
    $('noRisk').hidden = cases.length > 0;
  }

  function load() {
    $('message').hidden = true;
    var month = $('month').value || thisMonth();
    var scope = filters();
    var thisPeriod = { from: monthStart(month, 0), to: monthStart(month, 1) };
    var trend = Object.assign({}, scope, { from: monthStart(month, -11), to: thisPeriod.to, groupBy: 'month' });
    $('export').href = '/api/kpi/export?' + query(trend);
    $('gridCaption').textContent = month + ' 各网格';
    $('workerCaption').textContent = month + ' 各承办人';
    history.replaceState(null, '', '?' + query(Object.assign({}, scope, { month: month })));
    Promise.all([
      get('/api/kpi?' + query(trend)),
      get('/api/kpi?' + query(Object.assign({}, scope, thisPeriod, { groupBy: 'grid' }))),
      get('/api/kpi?' + query(Object.assign({}, scope, thisPeriod, { groupBy: 'worker' }))),
      get('/api/kpi/at-risk?' + query(scope))
    ]).then(function (answers) {
      renderCards(answers[1], answers[3]);
      renderRates(answers[0]);
      renderBars('gridChart', answers[1]);
      renderBars('workerChart', answers[2]);
      renderAtRisk(answers[3]);
    }).catch(showError);
  }

  $('logout').addEventListener('click', function () { ShequSession.logOut('/login/?next=/dashboard/'); });
  $('community').addEventListener('change', fillGrids);
  $('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  var asked = new URLSearchParams(location.search);
  $('month').value = /^\d{4}-\d{2}$/.test(asked.get('month') || '') ? asked.get('month') : thisMonth();
  $('worker').value = asked.get('worker') || '';
  get('/api/communities').then(function (list) {
    communities = list;
    var select = $('community');
    list.forEach(function (c) { select.appendChild(new Option(c.name, c.id)); });
    if (list.length === 1) {
      select.value = list[0].id;
      select.options[0].disabled = true;
    }
    if (asked.get('community')) { select.value = asked.get('community'); }
    fillGrids();
    if (asked.get('grid')) { $('grid').value = asked.get('grid'); }
    load();
  }).catch(showError);
}());

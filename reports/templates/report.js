// OncoAnswer report script. Builds the case list from the embedded JSON with DOM text nodes only (never innerHTML),
// renders it lazily in batches, and wires the view tabs and the case filters. No network access of any kind.
(function () {
  'use strict';
  var BATCH = 100;
  var state = { cases: [], statements: {}, shown: [], rendered: 0 };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function loadData() {
    var node = document.getElementById('report-data');
    var text = node.textContent;
    if (node.getAttribute('data-encoding') !== 'gzip-base64') {
      return Promise.resolve(JSON.parse(text));
    }
    var binary = atob(JSON.parse(text));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  // Views: one visible at a time on screen (all of them in print).
  function showView() {
    var id = (location.hash || '#overview').slice(1);
    var views = document.querySelectorAll('.view');
    var known = false;
    views.forEach(function (v) { if (v.id === id) { known = true; } });
    if (!known) { id = 'overview'; }
    views.forEach(function (v) { v.classList.toggle('active', v.id === id); });
    document.querySelectorAll('.tabs a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === id);
    });
  }

  function failedMetrics(c) {
    return c.metrics.filter(function (m) { return m.failed; }).map(function (m) { return m.id; });
  }

  function reviewMetrics(c) {
    return c.metrics.filter(function (m) { return !m.failed && m.review; }).map(function (m) { return m.id; });
  }

  function matches(c, f) {
    if (f.category && c.category !== f.category) { return false; }
    if (f.tag && c.tags.indexOf(f.tag) < 0) { return false; }
    if (f.metric && failedMetrics(c).indexOf(f.metric) < 0) { return false; }
    if (f.verdict && c.verdict !== f.verdict) { return false; }
    if (f.failedOnly && c.verdict === 'pass') { return false; }
    if (f.search) {
      var hay = [c.id, c.category, c.generator, c.answer || '', c.error || ''].concat(c.turns.map(function (t) { return t.text; }));
      return hay.join('\n').toLowerCase().indexOf(f.search) >= 0;
    }
    return true;
  }

  function currentFilter() {
    return {
      search: document.getElementById('filter-search').value.trim().toLowerCase(),
      category: document.getElementById('filter-category').value,
      tag: document.getElementById('filter-tag').value,
      metric: document.getElementById('filter-metric').value,
      verdict: document.getElementById('filter-verdict').value,
      failedOnly: document.getElementById('filter-failed').checked
    };
  }

  function applyFilter() {
    var f = currentFilter();
    state.shown = state.cases.filter(function (c) { return matches(c, f); });
    state.rendered = 0;
    var list = document.getElementById('case-list');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    document.getElementById('cases-shown').textContent = state.shown.length + ' of ' + state.cases.length + ' cases';
    renderMore();
  }

  function renderMore() {
    var list = document.getElementById('case-list');
    var end = Math.min(state.rendered + BATCH, state.shown.length);
    var fragment = document.createDocumentFragment();
    for (var i = state.rendered; i < end; i++) { fragment.appendChild(caseRow(state.shown[i])); }
    list.appendChild(fragment);
    state.rendered = end;
  }

  function caseRow(c) {
    var li = el('li', 'case verdict-' + c.verdict);
    li.setAttribute('data-scenario', c.id);
    li.setAttribute('data-verdict', c.verdict);
    var head = el('button', 'case-head');
    head.type = 'button';
    head.setAttribute('aria-expanded', 'false');
    head.appendChild(el('span', 'verdict ' + c.verdict, c.verdict));
    head.appendChild(el('strong', 'case-id', c.id));
    head.appendChild(el('span', 'muted', c.category + ' · ' + c.generator));
    failedMetrics(c).forEach(function (id) { head.appendChild(el('code', 'chip failed', id)); });
    reviewMetrics(c).forEach(function (id) { head.appendChild(el('code', 'chip review', id + ' ?')); });
    li.appendChild(head);
    head.addEventListener('click', function () {
      var open = head.getAttribute('aria-expanded') === 'true';
      if (!open && !li.querySelector('.case-body')) { li.appendChild(caseBody(c)); }
      head.setAttribute('aria-expanded', String(!open));
      li.classList.toggle('open', !open);
    });
    return li;
  }

  function section(title) {
    var s = el('div', 'case-section');
    s.appendChild(el('h4', null, title));
    return s;
  }

  function caseBody(c) {
    var body = el('div', 'case-body');
    if (c.patient) {
      var p = section('Patient profile');
      p.appendChild(el('p', 'patient', c.patient));
      body.appendChild(p);
    }
    var conv = section('Conversation');
    c.turns.forEach(function (t) {
      var turn = el('div', 'turn ' + t.role);
      turn.appendChild(el('span', 'role', t.role));
      turn.appendChild(el('p', null, t.text));
      conv.appendChild(turn);
    });
    body.appendChild(conv);
    var ans = section('Answer');
    if (c.answer === null) {
      ans.appendChild(el('p', 'muted', 'No answer was produced.'));
    } else {
      ans.appendChild(highlighted(c));
      ans.appendChild(legend());
    }
    if (c.error) { ans.appendChild(el('p', 'error-text', c.error)); }
    (c.notices || []).forEach(function (n) { ans.appendChild(el('p', 'diag notice', n)); });
    body.appendChild(ans);
    if (c.metrics.length) { body.appendChild(metricTable(c)); }
    var ids = c.mustHave.map(function (id) { return ['must have', id]; }).concat(c.mustNot.map(function (id) { return ['must not', id]; }));
    if (ids.length) { body.appendChild(statementList(ids)); }
    return body;
  }

  // The metric catalogue the harness embeds (id, family, key, value, highlight, appliesTo): no metric id is written here.
  var catalogue = (function () {
    var node = document.getElementById('metric-catalogue');
    var byId = {};
    (node ? JSON.parse(node.textContent) : []).forEach(function (m) { byId[m.id] = m; });
    return byId;
  })();

  function family(id) {
    var metric = catalogue[id];
    return 'ev-' + (metric ? metric.highlight : 'other');
  }

  // Splits the answer at every evidence boundary and marks the covered segments with the metrics that cite them.
  function highlighted(c) {
    var text = c.answer;
    var cuts = [0, text.length];
    var spans = [];
    c.metrics.forEach(function (m) {
      m.evidence.forEach(function (e) {
        var start = Math.max(0, Math.min(text.length, e[0]));
        var end = Math.max(start, Math.min(text.length, e[0] + e[1]));
        if (end > start) { spans.push({ start: start, end: end, metric: m }); cuts.push(start, end); }
      });
    });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (v, i, a) { return i === 0 || v !== a[i - 1]; });
    var out = el('p', 'answer-text');
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i], to = cuts[i + 1];
      var piece = text.slice(from, to);
      var covering = spans.filter(function (s) { return s.start <= from && s.end >= to; });
      if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
      var failed = covering.some(function (s) { return s.metric.failed; });
      var mark = el('mark', 'evidence ' + family(covering[0].metric.id) + (failed ? ' ev-failed' : ''), piece);
      var names = covering.map(function (s) { return s.metric.id + (s.metric.failed ? ' (failed)' : ''); });
      mark.title = names.filter(function (v, k, a) { return a.indexOf(v) === k; }).join(', ');
      out.appendChild(mark);
    }
    return out;
  }

  function legend() {
    var l = el('p', 'legend muted');
    var pairs = [];
    Object.keys(catalogue).forEach(function (id) {
      var h = catalogue[id].highlight;
      if (h !== 'other' && !pairs.some(function (p) { return p[0] === 'ev-' + h; })) { pairs.push(['ev-' + h, h === 'faithfulness' ? 'statements' : h]); }
    });
    pairs.push(['ev-failed', 'evidence of a failed metric']);
    pairs.forEach(function (pair) {
      l.appendChild(el('mark', 'evidence ' + pair[0], pair[1]));
      l.appendChild(document.createTextNode(' '));
    });
    return l;
  }

  function metricTable(c) {
    var s = section('Metrics');
    var table = el('table', 'metric-table');
    var head = el('tr');
    ['Metric', 'Value', 'Result', 'Reason'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(head);
    c.metrics.forEach(function (m) {
      var row = el('tr', m.failed ? 'failed' : m.review ? 'review' : 'ok');
      row.appendChild(el('td')).appendChild(el('code', null, m.id));
      row.appendChild(el('td', null, m.value));
      row.appendChild(el('td', null, m.failed ? 'failed' : m.review ? 'review' : 'ok'));
      var reason = el('td', null, m.reason);
      if (!m.failed && m.review) { reason.appendChild(el('span', 'review-why', ' Needs review: ' + m.review + '.')); }
      if (m.diagnostics.length) { reason.appendChild(el('span', 'diag', ' ' + m.diagnostics.join('; '))); }
      row.appendChild(reason);
      table.appendChild(row);
    });
    s.appendChild(table);
    return s;
  }

  function statementList(ids) {
    var s = section('Guideline statements involved');
    var ul = el('ul', 'statements');
    ids.forEach(function (pair) {
      var st = state.statements[pair[1]];
      var li = el('li', pair[0] === 'must not' ? 'unsafe' : 'guideline');
      li.appendChild(el('span', 'muted', pair[0] + ' '));
      li.appendChild(el('code', null, pair[1]));
      if (st) {
        li.appendChild(el('span', null, ': ' + st.text + ' '));
        li.appendChild(el('cite', null, st.source));
      } else {
        li.appendChild(el('span', 'muted', ' (not in the loaded knowledge base)'));
      }
      ul.appendChild(li);
    });
    s.appendChild(ul);
    return s;
  }

  function start(data) {
    state.cases = data.cases;
    state.statements = data.statements || {};
    var timer = null;
    document.getElementById('filters').addEventListener('input', function (e) {
      clearTimeout(timer);
      if (e.target.id === 'filter-search') {
        timer = setTimeout(applyFilter, 120); // typing: wait for a pause
      } else {
        applyFilter();
      }
    });
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    applyFilter();
    if ('IntersectionObserver' in window) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; }) && state.rendered < state.shown.length) { renderMore(); }
      }, { rootMargin: '600px' }).observe(document.getElementById('case-sentinel'));
    }
    document.body.setAttribute('data-ready', 'true');
  }

  window.addEventListener('hashchange', showView);
  showView();
  loadData().then(start, function (err) {
    document.getElementById('cases-shown').textContent = 'The embedded case data could not be read: ' + err;
    document.body.setAttribute('data-ready', 'error');
  });
})();

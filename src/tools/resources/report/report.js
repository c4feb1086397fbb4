// article-events report.html: a map, a timeline by day and type, and a sortable, filterable table of the
// events of a folder of results, each row opening its article view (ArticleView, shared with the page at /).
// Everything it shows is read from the JSON embedded in this file; nothing is fetched.
(function () {
  'use strict';
  var el = ArticleView.el;
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 960, H = 480;
  var TYPE_COLOURS = {
    'Battles': '#e53e3e', 'Explosions/Remote violence': '#dd6b20', 'Violence against civilians': '#805ad5',
    'Protests': '#3182ce', 'Riots': '#d69e2e', 'Strategic developments': '#38a169'
  };
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var world = JSON.parse(document.getElementById('world-data').textContent);

  var rows = [];
  data.documents.forEach(function (d, di) {
    (d.analysis.events || []).forEach(function (e, ei) { rows.push({ doc: di, event: ei, e: e, d: d }); });
  });

  function colour(type) { return TYPE_COLOURS[type] || '#718096'; }
  function svg(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }
  function link(r) { return '#doc=' + encodeURIComponent(r.d.id) + '&event=' + (r.event + 1); }

  // TopoJSON (world-atlas): arcs are delta-encoded integer points, scaled by the transform; a ring lists arc
  // indices, ~i meaning arc i reversed. Drawn in an equirectangular projection; a jump across the
  // antimeridian starts a new sub-path instead of a line across the map.
  function arcsOf(topo) {
    var s = topo.transform.scale, t = topo.transform.translate;
    return topo.arcs.map(function (arc) {
      var a = 0, b = 0;
      return arc.map(function (p) { a += p[0]; b += p[1]; return [a * s[0] + t[0], b * s[1] + t[1]]; });
    });
  }
  function ringPath(arcs, ring) {
    var out = '', last = null;
    ring.forEach(function (i, k) {
      var pts = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.forEach(function (p, n) {
        if (k > 0 && n === 0) return;
        var jump = last && Math.abs(p[0] - last[0]) > 180;
        out += (last === null || jump ? 'M' : 'L') + x(p[0]).toFixed(1) + ',' + y(p[1]).toFixed(1);
        last = p;
      });
    });
    return out + 'Z';
  }
  function countryPaths(topo) {
    var arcs = arcsOf(topo), paths = [];
    topo.objects.countries.geometries.forEach(function (g) {
      var polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      var d = polys.map(function (poly) { return poly.map(function (r) { return ringPath(arcs, r); }).join(''); }).join('');
      if (d) paths.push({ d: d, name: (g.properties && g.properties.name) || '' });
    });
    return paths;
  }

  function drawMap(box) {
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'map of the events' });
    countryPaths(world).forEach(function (c) {
      var p = svg('path', { d: c.d, 'class': 'country' });
      var t = svg('title', {}); t.textContent = c.name; p.appendChild(t);
      s.appendChild(p);
    });
    rows.forEach(function (r) {
      var loc = r.e.location;
      if (!loc || loc.lat === null || loc.lon === null || loc.lat === undefined) return;
      var c = svg('circle', { cx: x(loc.lon).toFixed(1), cy: y(loc.lat).toFixed(1), r: 4, 'class': 'marker',
        fill: colour(r.e.eventType), 'data-doc': r.d.id, 'data-event': String(r.event + 1) });
      var t = svg('title', {}); t.textContent = r.e.digest; c.appendChild(t);
      c.addEventListener('click', function () { location.hash = link(r); });
      s.appendChild(c);
    });
    box.appendChild(s);
  }

  function drawTypes(box) {
    Object.keys(TYPE_COLOURS).forEach(function (t) {
      box.appendChild(el('span', null, [el('i', { style: 'background:' + colour(t) }), t]));
    });
  }

  function drawTimeline(box) {
    var byDay = {};
    rows.forEach(function (r) { var k = r.e.date || 'no date'; (byDay[k] = byDay[k] || []).push(r); });
    Object.keys(byDay).sort().forEach(function (day) {
      var line = el('div', { 'class': 'r-day', 'data-day': day }, [el('time', null, [day])]);
      byDay[day].sort(function (a, b) { return a.e.eventType < b.e.eventType ? -1 : a.e.eventType > b.e.eventType ? 1 : 0; })
        .forEach(function (r) {
          line.appendChild(el('a', { href: link(r), title: r.e.digest }, [el('i', { style: 'background:' + colour(r.e.eventType) })]));
        });
      box.appendChild(line);
    });
  }

  var COLUMNS = [
    { name: 'Date', value: function (r) { return r.e.date || ''; } },
    { name: 'Type', value: function (r) { return r.e.eventType; } },
    { name: 'Sub-event type', value: function (r) { return r.e.subEventType; } },
    { name: 'Place', value: function (r) { return r.e.location ? r.e.location.name : ''; } },
    { name: 'Country', value: function (r) { return r.e.location ? r.e.location.country || '' : ''; } },
    { name: 'Killed', value: function (r) { return r.e.fatalities; }, numeric: true },
    { name: 'Injured', value: function (r) { return r.e.injured; }, numeric: true },
    { name: 'Confidence', value: function (r) { return r.e.confidence; }, numeric: true },
    { name: 'Article', value: function (r) { return r.d.id; } }
  ];
  var sortBy = { column: 0, dir: 1 };

  function drawTable(box, filterInput, typeSelect) {
    var table = el('table', { 'class': 'r-table' });
    var head = el('tr');
    COLUMNS.forEach(function (c, i) {
      var th = el('th', { scope: 'col', 'data-column': String(i) }, [c.name]);
      th.addEventListener('click', function () {
        sortBy = { column: i, dir: sortBy.column === i ? -sortBy.dir : 1 };
        fill();
      });
      head.appendChild(th);
    });
    var thead = el('thead', null, [head]), tbody = el('tbody');
    table.appendChild(thead); table.appendChild(tbody);
    box.appendChild(table);

    function cell(c, r) {
      var v = c.value(r);
      if (c.name === 'Confidence') v = Math.round(v * 100) + '%';
      if (c.name === 'Article') return el('td', null, [el('a', { href: link(r) }, [String(v)])]);
      return el('td', { dir: 'auto' }, [v === null || v === undefined ? '' : String(v)]);
    }
    function compare(a, b) {
      var c = COLUMNS[sortBy.column], va = c.value(a), vb = c.value(b);
      if (c.numeric) { va = va === null ? -1 : va; vb = vb === null ? -1 : vb; return (va - vb) * sortBy.dir; }
      return String(va).localeCompare(String(vb)) * sortBy.dir;
    }
    function fill() {
      var q = filterInput.value.trim().toLowerCase(), type = typeSelect.value;
      tbody.textContent = '';
      head.querySelectorAll('th').forEach(function (th, i) {
        th.setAttribute('aria-sort', i === sortBy.column ? (sortBy.dir > 0 ? 'ascending' : 'descending') : 'none');
      });
      rows.filter(function (r) {
        if (type && r.e.eventType !== type) return false;
        if (!q) return true;
        return (r.e.digest + ' ' + r.d.id + ' ' + (r.e.location ? r.e.location.nameInText || '' : '')).toLowerCase().indexOf(q) >= 0;
      }).sort(compare).forEach(function (r) {
        var tr = el('tr', { 'data-doc': r.d.id, 'data-event': String(r.event + 1) });
        COLUMNS.forEach(function (c) { tr.appendChild(cell(c, r)); });
        // the whole row opens the article (the id link stays, for keyboards and new tabs)
        tr.addEventListener('click', function (ev) { if (!ev.target.closest('a')) location.hash = link(r); });
        tbody.appendChild(tr);
      });
      document.getElementById('row-count').textContent = tbody.children.length + ' of ' + rows.length + ' events';
    }
    filterInput.addEventListener('input', fill);
    typeSelect.addEventListener('change', fill);
    fill();
  }

  function showArticle() {
    var m = /doc=([^&]*)(?:&event=(\d+))?/.exec(location.hash);
    var box = document.getElementById('article');
    document.querySelectorAll('.selected').forEach(function (n) { n.classList.remove('selected'); });
    if (!m) { box.textContent = ''; return; }
    var id = decodeURIComponent(m[1]);
    var d = data.documents.filter(function (x) { return x.id === id; })[0];
    if (!d) { box.textContent = 'No article ' + id + ' in this report.'; return; }
    var doc = d.analysis;
    if (d.view) { doc = JSON.parse(JSON.stringify(d.analysis)); doc.view = d.view; }
    var holder = el('div');
    box.textContent = '';
    box.appendChild(el('h2', { 'class': 'r-article-title', dir: 'auto' }, [id + (doc.title ? ' — ' + doc.title : '')]));
    box.appendChild(holder);
    ArticleView.render(holder, doc, { jsonHref: d.json || null });
    document.querySelectorAll('[data-doc="' + CSS.escape(id) + '"]').forEach(function (n) {
      if (!m[2] || n.getAttribute('data-event') === m[2]) n.classList.add('selected');
    });
    var card = m[2] && document.getElementById('event-' + m[2]);
    (card || box).scrollIntoView();
  }

  document.getElementById('summary-line').textContent = data.documents.length + ' articles, ' + rows.length
    + ' events, ' + data.documents.filter(function (d) { return d.analysis.error; }).length + ' error documents · written '
    + data.written + (data.omittedDocuments ? ' · ' + data.omittedDocuments + ' more documents are not shown here'
    + ' (a report holds the first ' + data.documents.length + '); events.csv and results.geojson beside it hold them all' : '');
  drawTypes(document.getElementById('types'));
  drawMap(document.getElementById('map'));
  drawTimeline(document.getElementById('timeline'));
  var typeSelect = document.getElementById('type-filter');
  Object.keys(TYPE_COLOURS).forEach(function (t) { typeSelect.appendChild(el('option', { value: t }, [t])); });
  drawTable(document.getElementById('table'), document.getElementById('filter'), typeSelect);
  window.addEventListener('hashchange', showArticle);
  showArticle();
  document.body.setAttribute('data-state', 'ready');
})();

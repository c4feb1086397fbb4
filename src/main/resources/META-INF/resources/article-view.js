// article-events: renders one analysed article (the contract document plus its "view" field: decoded text,
// blocks and evidence marks) with the evidence highlighted and one card per event. Shared by the page at /
// and report.html. Text from articles only ever reaches the page through textContent and attribute values,
// never as markup, so HTML in an article is shown, not run.
(function (global) {
  'use strict';
  var KINDS = ['event', 'place', 'date', 'figure', 'actor', 'source'];
  var DIMMED = { caption: 'caption', 'source-line': 'source line', boilerplate: 'boilerplate', heading: 'heading' };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  // One pass over the blocks; marks are sorted by start and each lies inside one sentence, so a pointer
  // walks them once. Overlapping marks are cut at every boundary; a piece shows the first kind covering it.
  function renderText(doc) {
    var view = doc.view, text = view.text;
    var box = el('div', { 'class': 'av-text', dir: doc.language === 'ar' ? 'rtl' : 'ltr', lang: doc.language || null });
    var frag = document.createDocumentFragment();
    var marks = view.marks.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var j = 0;
    view.blocks.forEach(function (b) {
      var p = el('p', { 'class': 'av-block k-' + b.kind, 'data-kind': b.kind, dir: 'auto',
        title: DIMMED[b.kind] ? DIMMED[b.kind] + ' (not read as news)' : null });
      while (j < marks.length && marks[j].end <= b.start) j++;
      var inBlock = [];
      for (var k = j; k < marks.length && marks[k].start < b.end; k++) inBlock.push(marks[k]);
      appendPieces(p, text, b.start, b.end, inBlock);
      frag.appendChild(p);
    });
    box.appendChild(frag);
    return box;
  }

  function appendPieces(p, text, from, to, marks) {
    if (!marks.length) { p.appendChild(document.createTextNode(text.substring(from, to))); return; }
    var cuts = [from, to];
    marks.forEach(function (m) { cuts.push(Math.max(from, m.start), Math.min(to, m.end)); });
    cuts = cuts.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1], piece = text.substring(s, e);
      var over = marks.filter(function (m) { return m.start <= s && m.end >= e; });
      if (!over.length) { p.appendChild(document.createTextNode(piece)); continue; }
      var kind = KINDS.filter(function (k) { return over.some(function (m) { return m.kind === k; }); })[0];
      var events = over.map(function (m) { return m.event; }).filter(function (v, x, a) { return a.indexOf(v) === x; });
      var title = over.map(function (m) { return 'event ' + (m.event + 1) + ': ' + m.kind + ' → ' + m.field; }).join('\n');
      p.appendChild(el('mark', { 'class': 'm-' + kind, 'data-kind': kind, 'data-events': events.join(' '), title: title }, [piece]));
    }
  }

  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, [label]));
    dl.appendChild(el('dd', null, [typeof value === 'string' ? value : value]));
  }

  function card(e, i) {
    var dl = el('dl');
    row(dl, 'type', e.eventType + ' › ' + e.subEventType);
    row(dl, 'date', (e.date || 'unknown') + (e.dateText ? ' (' + e.dateText + ')' : ''));
    var loc = e.location;
    if (loc) row(dl, 'place', [loc.name, loc.admin1, loc.country].filter(Boolean).join(', ')
        + (loc.nameInText && loc.nameInText !== loc.name ? ' (' + loc.nameInText + ')' : '')
        + (loc.sublocation ? ' · ' + loc.sublocation : '') + ' · precision ' + loc.precision);
    if (e.actors.length) row(dl, 'actors', e.actors.map(function (a) { return a.name + ' (' + a.role + ')'; }).join('; '));
    if (e.fatalities !== null || e.fatalitiesText) row(dl, 'killed', (e.fatalities !== null ? String(e.fatalities) : '?') + (e.fatalitiesText ? ' — ' + e.fatalitiesText : ''));
    if (e.injured !== null || e.injuredText) row(dl, 'injured', (e.injured !== null ? String(e.injured) : '?') + (e.injuredText ? ' — ' + e.injuredText : ''));
    if (e.casualtyReports.length) {
      var t = el('table', { 'class': 'av-reports' }, [el('tr', null, [el('th', null, ['source']), el('th', null, ['killed']), el('th', null, ['injured'])])]);
      e.casualtyReports.forEach(function (r) {
        t.appendChild(el('tr', { 'data-source': r.source }, [el('td', null, [r.source]),
          el('td', { 'class': 'killed' }, [r.fatalities !== null ? String(r.fatalities) : (r.fatalitiesText || '')]),
          el('td', null, [r.injured !== null ? String(r.injured) : (r.injuredText || '')])]));
      });
      row(dl, 'by source', t);
    }
    if (e.sources.length) row(dl, 'sources', e.sources.join(', '));
    var pct = Math.round(e.confidence * 100);
    row(dl, 'confidence', el('span', null, [el('span', { 'class': 'av-conf', title: pct + '%' }, [el('i', { style: 'width:' + pct + '%' })]), ' ' + pct + '%']));
    return el('article', { 'class': 'av-card', 'data-event': String(i), id: 'event-' + (i + 1), tabindex: '0' },
      [el('div', { 'class': 'digest', dir: 'ltr' }, [(i + 1) + '. ' + e.digest]), dl]);
  }

  function wireFocus(root) {
    var marks = root.querySelectorAll('mark[data-events]');
    root.querySelectorAll('.av-card').forEach(function (c) {
      var i = c.getAttribute('data-event');
      function mine(m) { return (' ' + m.getAttribute('data-events') + ' ').indexOf(' ' + i + ' ') >= 0; }
      function outline() { marks.forEach(function (m) { if (mine(m)) m.classList.add('av-focus'); }); }
      function clear() { marks.forEach(function (m) { m.classList.remove('av-focus'); }); }
      // hover, and keyboard focus for those who do not use a mouse
      c.addEventListener('mouseenter', outline); c.addEventListener('focus', outline);
      c.addEventListener('mouseleave', clear); c.addEventListener('blur', clear);
      c.addEventListener('click', function () {
        for (var k = 0; k < marks.length; k++) if (mine(marks[k])) { marks[k].scrollIntoView({ block: 'center' }); break; }
      });
    });
  }

  function legend() {
    return el('div', { 'class': 'av-legend' }, KINDS.map(function (k) { return el('span', { 'class': 'm-' + k, style: 'background:var(--' + k + ')' }, [k]); }));
  }

  /** Renders doc into container (replacing its content). options.jsonHref: where the raw JSON is. */
  function render(container, doc, options) {
    options = options || {};
    container.textContent = '';
    if (doc.error) {
      container.appendChild(el('p', { 'class': 'status error' }, ['Not analysed: ' + doc.error.code + ' — ' + doc.error.message]));
      return;
    }
    var main = el('div', { 'class': 'av-main' }, [legend()]);
    if (doc.view && doc.view.marksOmitted) main.appendChild(el('p', { 'class': 'av-notice' }, [doc.view.marksOmitted
        + ' more highlights were left out: each event shows at most its first 1000.']));
    if (doc.view) main.appendChild(renderText(doc));
    else main.appendChild(el('p', { 'class': 'av-notice' }, ['The article text is not in these results (only the JSON documents were given), so no evidence can be shown.']));
    var side = el('aside', { 'class': 'av-side' }, [el('h2', null, ['Events (' + doc.events.length + ')'])]);
    doc.events.forEach(function (e, i) { side.appendChild(card(e, i)); });
    if (doc.summary) side.appendChild(el('section', { 'class': 'av-summary' }, [el('h2', null, ['Summary']), el('p', { dir: 'auto' }, [doc.summary.text])]));
    if (doc.warnings.length) side.appendChild(el('section', null, [el('h2', null, ['Warnings']),
      el('ul', { 'class': 'av-warnings' }, doc.warnings.map(function (w) { return el('li', null, [w]); }))]));
    if (options.jsonHref) side.appendChild(el('p', null, [el('a', { href: options.jsonHref, 'class': 'av-json', download: options.jsonName || null }, ['raw JSON'])]));
    var root = el('section', { 'class': 'av' }, [main, side]);
    container.appendChild(root);
    wireFocus(root);
  }

  global.ArticleView = { render: render, el: el };
})(window);

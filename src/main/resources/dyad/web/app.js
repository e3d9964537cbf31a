// Dyad web UI: plain DOM over the JSON API. Everything that comes from articles is untrusted and
// only ever reaches the page as text nodes (textContent) or attribute values, never as markup.
'use strict';

(function () {
  const view = document.getElementById('view');
  const SVG = 'http://www.w3.org/2000/svg';
  const MODALITIES = ['asserted', 'reported', 'alleged', 'denied', 'planned', 'hypothetical'];
  let summary = null;
  let pair = '';
  let cameoRoots = null;

  // Builds an element; string and number children become text nodes, null children are skipped.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'onclick') node.addEventListener('click', v);
      else node.setAttribute(k, String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number'
        ? document.createTextNode(String(c)) : c);
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function show(...children) {
    clear(view);
    append(view, children);
  }

  // An internal link: a hash route built from encoded parts.
  function route(...parts) {
    return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
  }

  function link(href, ...children) {
    return el('a', { href }, ...children);
  }

  // A link to a span of an article: the reader opens it highlighted and scrolled into view.
  function spanLink(article, start, end, label) {
    return el('a', { href: route('article', article, start + '-' + end), class: 'span-link' }, label);
  }

  function actor(a) {
    if (!a) return '—';
    const extra = [a.country, a.role].filter(Boolean).join(' ');
    return extra ? a.name + ' (' + extra + ')' : a.name;
  }

  function goldstein(value) {
    return el('span', { class: value < 0 ? 'neg' : 'pos', title: 'Goldstein value' },
      (value > 0 ? '+' : '') + value.toFixed(1));
  }

  function sideLabel(side) {
    if (side === 'both') return 'Articles giving both sides';
    if (side === 'neutral') return 'Neutral articles';
    return 'As told from the ' + side + ' side';
  }

  class ApiError extends Error {}

  async function api(path) {
    const response = await fetch('/api/' + path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      throw new ApiError(path + ': the server sent no JSON (' + response.status + ')');
    }
    if (!response.ok) throw new ApiError(body && body.error ? body.error : 'HTTP ' + response.status);
    return body;
  }

  function errorBox(message) {
    return el('p', { class: 'error', role: 'alert' }, message);
  }

  function parseHash() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [path, query] = hash.split('?');
    return {
      parts: path.split('/').filter(Boolean).map(decodeURIComponent),
      params: new URLSearchParams(query || ''),
    };
  }

  function markNav(name) {
    document.querySelectorAll('nav a').forEach((a) => {
      a.classList.toggle('current', a.dataset.view === name);
    });
  }

  /** A per-pair API path with the chosen pair (the default one when none is chosen). */
  function withPair(path) {
    return pair ? path + (path.includes('?') ? '&' : '?') + 'pair=' + encodeURIComponent(pair) : path;
  }

  function pairSelector(s) {
    const holder = document.getElementById('pair-choice');
    holder.replaceChildren();
    if (!s.pairs || s.pairs.length < 2) return;
    const current = s.pair.join('-');
    const choice = el('select', { id: 'pair', name: 'pair' },
      s.pairs.map((p) => el('option', { value: p.pair.join('-'), selected: p.pair.join('-') === current },
        p.pair.join(' – '))));
    choice.addEventListener('change', async () => {
      pair = choice.value;
      await loadSummary();
      render();
    });
    holder.append(el('label', { for: 'pair' }, 'Country pair ', choice));
  }

  async function loadSummary() {
    summary = await api(withPair('summary'));
    const s = summary;
    pairSelector(s);
    const parts = [s.articles + ' articles', s.events + ' events', s.quotes + ' quotes',
      s.divergences + ' events told by several articles (' + s.contradictions + ' contradicting)'];
    if (s.pair.length === 2) parts.unshift(s.pair.join(' – '));
    if (s.published) parts.push('published ' + s.published.first + ' to ' + s.published.last);
    const line = document.getElementById('summary');
    line.textContent = parts.join(' · ');
  }

  // ---- Timeline --------------------------------------------------------------------------

  function select(name, label, options, value) {
    const s = el('select', { name, id: 'filter-' + name },
      el('option', { value: '' }, 'any'),
      options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
    return el('label', { for: 'filter-' + name }, label, s);
  }

  function input(name, label, value, placeholder) {
    return el('label', { for: 'filter-' + name }, label,
      el('input', { name, id: 'filter-' + name, value: value || '', placeholder, autocomplete: 'off' }));
  }

  function filterForm(target, fields) {
    const form = el('form', { class: 'filters', id: target + '-filters' }, fields,
      el('button', { type: 'submit' }, 'Apply'),
      el('button', { type: 'button', onclick: () => { location.hash = '#/' + target; } }, 'Clear'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) q.set(k, String(v).trim());
      const next = '#/' + target + (q.toString() ? '?' + q : '');
      if (location.hash === next) render(); else location.hash = next;
    });
    return form;
  }

  async function timeline(params) {
    markNav('timeline');
    if (!cameoRoots) cameoRoots = await api('cameo');
    const form = filterForm('timeline', [
      input('from', 'From', params.get('from'), 'YYYY[-MM[-DD]]'),
      input('to', 'To', params.get('to'), 'YYYY[-MM[-DD]]'),
      select('country', 'Country', summary.countries.map((c) => [c.country, c.country + ' (' + c.events + ')']), params.get('country')),
      select('cameo', 'CAMEO root', cameoRoots.map((c) => [c.cameo, c.cameo + ' ' + c.name.toLowerCase()]), params.get('cameo')),
      select('modality', 'Modality', MODALITIES.map((m) => [m, m]), params.get('modality')),
    ]);
    const q = new URLSearchParams();
    for (const k of ['from', 'to', 'country', 'cameo', 'modality']) if (params.get(k)) q.set(k, params.get(k));
    q.set('limit', '1000');
    let data;
    try {
      data = await api('events?' + q);
    } catch (e) {
      show(el('h2', {}, 'Timeline'), form, errorBox(e.message));
      return;
    }
    const list = el('ol', { class: 'events', id: 'event-list' });
    for (const e of data.events) {
      list.appendChild(el('li', { 'data-event': e.id },
        el('span', { class: 'date' }, e.date || 'undated'),
        el('div', {},
          el('div', {},
            link(route('event', e.id), el('span', { class: 'cameo' }, e.cameo), ' ', e.cameo_name),
            ' · ', goldstein(e.goldstein)),
          el('div', {}, actor(e.source), ' → ', actor(e.target)),
          el('div', { class: 'meta' }, e.summary),
          el('div', { class: 'meta' },
            e.mention_count + (e.mention_count === 1 ? ' mention' : ' mentions') + ' in ' +
            e.articles.join(', ') + ' · ' + e.modalities.join(', ')))));
    }
    const count = el('p', { class: 'meta', id: 'event-count' },
      data.total === data.events.length
        ? data.total + (data.total === 1 ? ' event' : ' events')
        : 'showing ' + data.events.length + ' of ' + data.total + ' events; narrow the filters to see the rest');
    show(el('h2', {}, 'Timeline'), form, strip(data.events), count, list);
  }

  // A strip with one dot per dated event along the time axis; a dot links to its event.
  function strip(events) {
    const dated = events.filter((e) => e.date);
    if (dated.length === 0) return null;
    const day = (d) => Date.parse(d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
    const times = dated.map((e) => day(e.date));
    const min = Math.min(...times);
    const max = Math.max(...times);
    const width = 1000;
    const x = (t) => (max === min ? width / 2 : 20 + ((t - min) / (max - min)) * (width - 40));
    const s = svg('svg', { class: 'strip', viewBox: '0 0 ' + width + ' 60', role: 'img', 'aria-label': 'events over time' },
      svg('line', { x1: 10, y1: 30, x2: width - 10, y2: 30, stroke: '#8c959f' }),
      svg('text', { x: 10, y: 55 }, new Date(min).toISOString().slice(0, 10)),
      svg('text', { x: width - 10, y: 55, 'text-anchor': 'end' }, new Date(max).toISOString().slice(0, 10)));
    for (const e of dated) {
      const a = svg('a', { href: route('event', e.id) },
        svg('circle', { cx: x(day(e.date)), cy: 30, r: 5 + Math.min(5, e.mention_count - 1),
          fill: e.goldstein < 0 ? '#cf222e' : '#1a7f37', 'fill-opacity': 0.6 },
        svg('title', {}, e.date + ' ' + e.cameo_name + ': ' + e.summary)));
      s.appendChild(a);
    }
    return s;
  }

  // ---- Event detail ----------------------------------------------------------------------

  async function eventDetail(id) {
    markNav('timeline');
    const e = await api('events/' + encodeURIComponent(id));
    const mentions = e.mentions.map((m) => {
      const s = m.sentence;
      const before = s.text.slice(0, m.start - s.start);
      const inside = s.text.slice(m.start - s.start, m.end - s.start);
      const after = s.text.slice(m.end - s.start);
      return el('div', { class: 'mention', 'data-article': m.article },
        el('p', {},
          link(route('article', m.article), m.article_title || m.article),
          el('span', { class: 'meta' }, ' · ', m.outlet || 'unknown outlet', ' · ', m.published || 'undated')),
        el('p', { class: 'sentence' }, before, el('mark', {}, inside), after),
        el('p', { class: 'meta' },
          'modality: ' + m.modality,
          m.date_text ? ' · date stated as “' + m.date_text + '”' : '',
          m.date ? ' (' + m.date + ')' : '',
          m.location ? ' · at ' + m.location : '', ' · ',
          spanLink(m.article, m.start, m.end, 'show in the article')));
    });
    show(
      el('p', {}, link('#/timeline', '← timeline')),
      el('h2', {}, (e.date || 'undated') + ': ', el('span', { class: 'cameo' }, e.cameo), ' ', e.cameo_name,
        e.contradiction ? el('span', { class: 'badge contradiction' }, 'sides contradict') : null),
      el('p', {}, actor(e.source), ' → ', actor(e.target), ' · Goldstein ', goldstein(e.goldstein)),
      el('p', { class: 'meta' }, e.summary),
      e.contradiction ? el('p', {}, link('#/sides', 'See both sides’ versions')) : null,
      el('h3', {}, e.mention_count + (e.mention_count === 1 ? ' mention' : ' mentions')),
      mentions);
  }

  // ---- Article reader --------------------------------------------------------------------

  // The article text cut at every annotation boundary; each piece is a text node, wrapped in a
  // span carrying the classes and tooltips of the annotations that cover it.
  function highlighted(text, marks) {
    const cuts = new Set([0, text.length]);
    for (const m of marks) {
      cuts.add(Math.max(0, Math.min(text.length, m.start)));
      cuts.add(Math.max(0, Math.min(text.length, m.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = marks.filter((m) => m.start <= from && to <= m.end && m.end > m.start);
      if (covering.length === 0) {
        out.push(document.createTextNode(piece));
        continue;
      }
      const span = el('span', {
        class: covering.map((m) => m.cls).join(' '),
        title: covering.map((m) => m.title).filter(Boolean).join(' · ') || null,
        'data-start': from, 'data-end': to,
      }, piece);
      out.push(span);
    }
    return out;
  }

  async function reader(id, spanText) {
    markNav('articles');
    const a = await api(withPair('articles/' + encodeURIComponent(id)));
    let target = null;
    const m = /^(\d+)-(\d+)$/.exec(spanText || '');
    if (m) target = { start: Number(m[1]), end: Number(m[2]) };
    const marks = [];
    for (const e of a.entities) marks.push({ start: e.start, end: e.end, cls: 'ent ent-' + e.type, title: e.type + (e.normalized ? ': ' + e.normalized : '') });
    for (const t of a.timexes) marks.push({ start: t.start, end: t.end, cls: 'timex', title: t.type + (t.value ? ': ' + t.value : '') });
    for (const q of a.quotes) marks.push({ start: q.start, end: q.end, cls: 'quote', title: 'quote' + (q.speaker ? ' by ' + q.speaker : '') });
    for (const e of a.event_mentions) marks.push({ start: e.start, end: e.end, cls: 'event-mention', title: e.event + ' CAMEO ' + e.cameo + ' (' + e.modality + ')' });
    if (target) marks.push({ start: target.start, end: target.end, cls: 'target', title: null });
    const textBox = el('div', { class: 'article-text', id: 'article-text', 'data-article': a.id }, highlighted(a.text, marks));
    const source = /^https?:\/\//i.test(a.url || '')
      ? el('a', { href: a.url, rel: 'noopener noreferrer' }, a.source) : a.source;
    const perspective = a.perspective
      ? el('details', {}, el('summary', {}, 'Perspective: ' + a.perspective),
        el('ul', {}, (a.perspective_reasons || []).map((r) => el('li', {}, r))))
      : el('p', { class: 'meta' }, 'No perspective.');
    const events = a.event_mentions.map((e) => el('li', {},
      link(route('event', e.event), e.event), ' ', el('span', { class: 'cameo' }, e.cameo), ' ',
      e.modality, ' · ', spanLink(a.id, e.start, e.end, e.text.length > 90 ? e.text.slice(0, 89) + '…' : e.text)));
    const quotes = a.quotes.map((q) => el('li', {},
      q.speaker || 'unnamed speaker', ': ', spanLink(a.id, q.start, q.end, q.direct ? '“' + q.text + '”' : q.text)));
    show(
      el('p', {}, link('#/articles', '← articles')),
      el('h2', { id: 'article-title' }, a.title || '(untitled)'),
      el('p', { class: 'meta' },
        a.published || 'undated',
        a.published_inferred ? el('span', { class: 'badge', title: 'inferred from the content, not stated' }, 'inferred') : null,
        ' · ', a.outlet || 'unknown outlet', ' · ', a.author || 'no author', ' · ', source, ' · ', a.id),
      perspective,
      el('p', { class: 'meta legend' },
        ['PERSON', 'ORGANIZATION', 'LOCATION', 'COUNTRY', 'NATIONALITY', 'TITLE'].map((t) => el('span', { class: 'ent-' + t }, t.toLowerCase())),
        el('span', { class: 'timex' }, 'date or time'), el('span', { class: 'event-mention' }, 'event'),
        el('span', { class: 'quote' }, 'quote')),
      textBox,
      events.length ? [el('h3', {}, 'Events in this article'), el('ul', {}, events)] : null,
      quotes.length ? [el('h3', {}, 'Quotes in this article'), el('ul', {}, quotes)] : null);
    if (target) {
      const first = textBox.querySelector('.target');
      if (first) {
        first.id = 'target';
        first.scrollIntoView({ block: 'center' });
      }
    } else {
      window.scrollTo(0, 0);
    }
  }

  async function articleList(params) {
    markNav('articles');
    const offset = Math.max(0, Number(params.get('offset')) || 0);
    const data = await api(withPair('articles?limit=50&offset=' + offset));
    const rows = data.articles.map((a) => el('tr', { 'data-article': a.id },
      el('td', {}, a.published || 'undated', a.published_inferred ? el('span', { class: 'badge' }, 'inferred') : null),
      el('td', {}, link(route('article', a.id), a.title || a.source), el('div', { class: 'meta' }, a.source)),
      el('td', {}, a.outlet || '—'),
      el('td', {}, a.perspective || '—'),
      el('td', {}, a.event_mentions),
      el('td', {}, a.quotes)));
    const pager = el('div', { class: 'pager' },
      offset > 0 ? link('#/articles?offset=' + Math.max(0, offset - data.limit), '← previous') : null,
      el('span', { class: 'meta' }, (data.total ? offset + 1 : 0) + '–' + (offset + data.articles.length) + ' of ' + data.total),
      offset + data.articles.length < data.total ? link('#/articles?offset=' + (offset + data.limit), 'next →') : null);
    show(el('h2', {}, 'Articles'),
      el('table', { id: 'article-table' },
        el('thead', {}, el('tr', {}, ['Published', 'Title', 'Outlet', 'Perspective', 'Event mentions', 'Quotes'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows)),
      pager);
  }

  // ---- Both sides ------------------------------------------------------------------------

  async function sides() {
    markNav('sides');
    const data = await api(withPair('divergences'));
    if (data.divergences.length === 0) {
      show(el('h2', {}, 'Both sides of the story'), el('p', { class: 'meta' }, 'No event is told by more than one article.'));
      return;
    }
    const blocks = data.divergences.map((d) => {
      const bySide = new Map();
      for (const v of d.versions) {
        if (!bySide.has(v.side)) bySide.set(v.side, []);
        bySide.get(v.side).push(v);
      }
      const columns = [...bySide.entries()].map(([side, versions]) => el('div', { class: 'side', 'data-side': side },
        el('h4', {}, sideLabel(side)),
        versions.map((v) => el('p', {},
          spanLink(v.article, v.start, v.end, v.article_title || v.article), ': ', v.claim,
          v.kinds.length ? el('span', { class: 'meta' }, ' [' + v.kinds.join(', ') + ']') : null))));
      return el('section', { class: 'divergence', 'data-event': d.event },
        el('h3', {}, link(route('event', d.event), (d.date || 'undated') + ' ' + d.cameo_name.toLowerCase()),
          ': ', actor(d.source), ' → ', actor(d.target),
          d.contradiction ? el('span', { class: 'badge contradiction' }, 'contradiction') : null),
        d.conflicts.length ? el('p', { class: 'conflicts' }, 'Conflicting: ' + d.conflicts.join('; ')) : null,
        el('div', { class: 'sides' }, columns),
        d.unmatched.length ? el('p', { class: 'meta' }, 'Told by one side only: ' + d.unmatched.join('; ')) : null);
    });
    show(el('h2', {}, 'Both sides of the story'), blocks);
  }

  // ---- Tension ---------------------------------------------------------------------------

  async function tension(params) {
    markNav('tension');
    const period = params.get('period') === 'week' ? 'week' : 'month';
    const data = await api(withPair('tension?period=' + period));
    const toggle = el('p', {}, 'By ',
      period === 'month' ? el('b', {}, 'month') : link('#/tension?period=month', 'month'), ' · ',
      period === 'week' ? el('b', {}, 'week') : link('#/tension?period=week', 'week'));
    if (data.tension.length === 0) {
      show(el('h2', {}, 'Tension index'), toggle, el('p', { class: 'meta' }, 'No dated events between the pair.'));
      return;
    }
    show(el('h2', {}, 'Tension index'), toggle,
      el('p', { class: 'meta' }, (data.pair || '') + ': sum of the Goldstein values of the merged events per ' + period + ', each event once; bars for all events, lines for the events each side’s media tell.'),
      el('div', { class: 'chart' }, chart(data.tension, period)));
  }

  function chart(points, period) {
    const periods = [...new Set(points.map((p) => p.period))].sort();
    const series = [...new Set(points.map((p) => p.series))].filter((s) => s !== 'all').sort();
    const value = new Map(points.map((p) => [p.series + '|' + p.period, p]));
    const max = Math.max(1, ...points.map((p) => Math.abs(p.value)));
    const step = 44;
    const height = 240;
    const mid = height / 2;
    const width = Math.max(320, periods.length * step + 20);
    const y = (v) => mid - (v / max) * (mid - 12);
    const chartSvg = svg('svg', { width: width + 40, height: height + 50, role: 'img', 'aria-label': 'tension index', id: 'tension-chart' },
      svg('line', { x1: 0, y1: mid, x2: width, y2: mid, stroke: '#8c959f' }),
      svg('text', { x: width + 4, y: y(max) + 4 }, '+' + max.toFixed(0)),
      svg('text', { x: width + 4, y: mid + 4 }, '0'),
      svg('text', { x: width + 4, y: y(-max) + 4 }, '−' + max.toFixed(0)));
    periods.forEach((p, i) => {
      const x = 10 + i * step;
      const all = value.get('all|' + p);
      if (all) {
        const top = Math.min(y(all.value), mid);
        const bar = svg('rect', { x, y: top, width: step - 12, height: Math.max(1, Math.abs(y(all.value) - mid)),
          fill: all.value < 0 ? '#e5534b' : '#57ab5a', class: 'bar', 'data-period': p },
        svg('title', {}, p + ': ' + all.value.toFixed(1) + ' (' + all.events.join(', ') + ')'));
        const target = period === 'month' ? svg('a', { href: '#/timeline?from=' + p + '&to=' + p }, bar) : bar;
        chartSvg.appendChild(target);
        chartSvg.appendChild(svg('text', { x: x + (step - 12) / 2, y: all.value < 0 ? y(all.value) + 12 : y(all.value) - 3,
          'text-anchor': 'middle' }, all.value.toFixed(1)));
      }
      chartSvg.appendChild(svg('text', { x: x + 2, y: height + 35, transform: 'rotate(-40 ' + (x + 2) + ' ' + (height + 35) + ')' }, p));
    });
    const colours = ['#0969da', '#8250df', '#bf8700', '#1b7c83'];
    series.forEach((s, k) => {
      const pts = periods.map((p, i) => [10 + i * step + (step - 12) / 2, y(value.has(s + '|' + p) ? value.get(s + '|' + p).value : 0)]);
      chartSvg.appendChild(svg('polyline', { points: pts.map((xy) => xy.join(',')).join(' '), fill: 'none',
        stroke: colours[k % colours.length], 'stroke-width': 2, class: 'series', 'data-series': s },
      svg('title', {}, 'events told by ' + s + ' media')));
    });
    const legend = el('p', { class: 'legend meta' }, el('span', {}, 'bars: all events'));
    series.forEach((s, k) => {
      const entry = el('span', {}, '— events told by ' + s + ' media');
      entry.style.color = colours[k % colours.length];
      legend.appendChild(entry);
    });
    return [chartSvg, legend];
  }

  // ---- Quotes ----------------------------------------------------------------------------

  async function quotes(params) {
    markNav('quotes');
    const countries = [...new Set(summary.countries.map((c) => c.country))];
    const form = filterForm('quotes', [
      input('speaker', 'Speaker', params.get('speaker'), 'name or part of it'),
      select('country', 'Speaker’s country', countries.map((c) => [c, c]), params.get('country')),
    ]);
    const q = new URLSearchParams();
    for (const k of ['speaker', 'country']) if (params.get(k)) q.set(k, params.get(k));
    let data;
    try {
      data = await api('quotes?' + q);
    } catch (e) {
      show(el('h2', {}, 'Who said what'), form, errorBox(e.message));
      return;
    }
    const bySpeaker = new Map();
    for (const x of data.quotes) {
      const who = x.speaker ? x.speaker + (x.speaker_country ? ' (' + x.speaker_country + ')' : '') : 'Unnamed speakers';
      if (!bySpeaker.has(who)) bySpeaker.set(who, []);
      bySpeaker.get(who).push(x);
    }
    const groups = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length).map(([who, list]) =>
      el('section', { class: 'speaker' }, el('h3', {}, who),
        el('ul', {}, list.map((x) => el('li', {},
          x.direct ? '“' + x.text + '”' : x.text, ' ',
          el('span', { class: 'meta' }, x.via ? 'via ' + x.via + ' · ' : '',
            spanLink(x.article, x.start, x.end, x.article_title || x.article)))))));
    show(el('h2', {}, 'Who said what'), form,
      el('p', { class: 'meta' }, data.total + (data.total === 1 ? ' quote' : ' quotes')), groups);
  }

  // ---- Routing ---------------------------------------------------------------------------

  let rendering = 0;

  async function render() {
    const ticket = ++rendering;
    const { parts, params } = parseHash();
    try {
      if (!summary) await loadSummary();
      const [name, id, extra] = parts;
      if (!name || name === 'timeline') await timeline(params);
      else if (name === 'event' && id) await eventDetail(id);
      else if (name === 'article' && id) await reader(id, extra);
      else if (name === 'articles') await articleList(params);
      else if (name === 'sides') await sides();
      else if (name === 'tension') await tension(params);
      else if (name === 'quotes') await quotes(params);
      else show(errorBox('No such view: ' + location.hash));
    } catch (e) {
      if (ticket === rendering) show(errorBox(e instanceof ApiError ? e.message : 'Something went wrong: ' + e));
      if (!(e instanceof ApiError)) throw e;
    }
    if (ticket === rendering) document.body.dataset.ready = location.hash || '#/';
  }

  window.addEventListener('hashchange', render);
  render();
})();

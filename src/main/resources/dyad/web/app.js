// Dyad web UI: plain DOM over the JSON API. Everything that comes from articles is untrusted and
// only ever reaches the page as text nodes (textContent) or attribute values, never as markup.
// The address holds the whole state of a view (#/events?side=AZE&q=...), so a view can be shared.
'use strict';

(function () {
  const view = document.getElementById('view');
  const SVG = 'http://www.w3.org/2000/svg';
  const MODALITIES = ['asserted', 'reported', 'alleged', 'denied', 'planned', 'hypothetical'];
  const TIPS = {
    cameo: 'CAMEO: the kind of event in the Conflict and Mediation Event Observations scheme; its first two digits are the root (01 statement … 20 mass violence)',
    goldstein: 'Goldstein value: how far an event of this kind moves two countries towards conflict (down to −10) or cooperation (up to +10)',
    modality: 'Modality: how certain the article makes the event: asserted, reported (attributed to others), alleged, denied, planned or hypothetical',
    perspective: 'Perspective: whose account an article carries on the pair: one side’s, both sides’ substantially, or neither (neutral)',
    phase: 'Crisis phase: a run of hostile months (conflict of at least 5 Goldstein points that outweighs the month’s cooperation) adding up to at least −10',
    sides: 'How many articles carrying each side’s account report the event',
  };
  let summary = null;
  let summaryPair = null;
  let cameoRoots = null;
  let lastRoute = null;

  // ---- DOM helpers -----------------------------------------------------------------------

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
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number'
        ? document.createTextNode(String(c)) : c);
    }
  }

  function show(...children) {
    view.replaceChildren();
    append(view, children);
  }

  // ---- Addresses -------------------------------------------------------------------------

  function parseHash() {
    const hash = location.hash.replace(/^#\/?/, '');
    const q = hash.indexOf('?');
    const path = q < 0 ? hash : hash.slice(0, q);
    return {
      parts: path.split('/').filter(Boolean).map(decodeURIComponent),
      params: new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)),
    };
  }

  function currentPair() {
    return parseHash().params.get('pair') || '';
  }

  // An internal address: a route built from encoded parts, with its parameters and the pair.
  function route(parts, params) {
    const p = new URLSearchParams(params || {});
    for (const [k, v] of [...p.entries()]) if (v === '' || v === null) p.delete(k);
    const pair = currentPair();
    if (pair && !p.has('pair')) p.set('pair', pair);
    const path = '#/' + [].concat(parts).map((x) => encodeURIComponent(String(x))).join('/');
    const query = p.toString();
    return query ? path + '?' + query : path;
  }

  function link(href, ...children) {
    return el('a', { href }, ...children);
  }

  // A link to a span of an article: the reader opens it highlighted and scrolled into view.
  function spanLink(article, start, end, label) {
    return el('a', { href: route(['article', article, start + '-' + end]), class: 'span-link' }, label);
  }

  // A per-pair API path with the pair the address names (the default one when it names none).
  function withPair(path) {
    const pair = currentPair();
    return pair ? path + (path.includes('?') ? '&' : '?') + 'pair=' + encodeURIComponent(pair) : path;
  }

  // ---- Pieces ----------------------------------------------------------------------------

  function actor(a) {
    if (!a) return '—';
    const extra = [a.country, a.role].filter(Boolean).join(' ');
    const code = a.code && a.code !== (a.country || '') + (a.role || '') ? ', ' + a.code : '';
    return extra ? a.name + ' (' + extra + code + ')' : a.name;
  }

  function signed(v) {
    if (v === 0) return '0';
    return (v > 0 ? '+' : '−') + Math.abs(v).toFixed(1);
  }

  function goldstein(value) {
    return el('span', { class: 'goldstein ' + (value < 0 ? 'neg' : 'pos'), title: TIPS.goldstein }, signed(value));
  }

  function code(e) {
    return el('span', { class: 'code', title: e.cameo + ': ' + e.cameo_name + '. ' + TIPS.cameo }, e.cameo);
  }

  // A CAMEO name as a reader wants it: lower case, without the codebook's "not specified below".
  function kindName(e) {
    return e.cameo_name.replace(/,? not specified below$/i, '').toLowerCase();
  }

  function modalityBadge(m) {
    return m && m !== 'asserted' ? el('span', { class: 'badge modality', title: TIPS.modality }, m) : null;
  }

  // Marks a fact an analyst set (provenance "analyst"), naming the edits behind it.
  function analystBadge(provenance, edits) {
    return provenance === 'analyst'
      ? el('span', { class: 'badge analyst', title: 'Corrected by an analyst (edit ' + (edits || []).join(', ') + '); see Corrections' }, 'analyst')
      : null;
  }

  function pairCodes() {
    return summary && summary.pair ? summary.pair : [];
  }

  function sideClass(side) {
    const p = pairCodes();
    return side === p[0] ? 'side-a' : side === p[1] ? 'side-b' : 'side-o';
  }

  function sideBadges(sides) {
    if (!sides) return null;
    return Object.entries(sides).map(([side, n]) => el('span', {
      class: 'side-badge ' + sideClass(side),
      title: n + (n === 1 ? ' article' : ' articles') + ' carrying ' +
        (side === 'both' ? 'both sides’ accounts' : side === 'neutral' ? 'neither side’s account' : side + '’s account') +
        ' report it',
    }, side + ' ' + n));
  }

  // A text with the given [start, end) offsets marked; every piece is a text node.
  function marked(text, matches) {
    const out = [];
    let at = 0;
    for (const [s, e] of (matches || []).slice().sort((a, b) => a[0] - b[0])) {
      if (s < at || e > text.length) continue;
      out.push(text.slice(at, s), el('mark', {}, text.slice(s, e)));
      at = e;
    }
    out.push(text.slice(at));
    return out;
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

  function markNav(name) {
    document.querySelectorAll('nav a').forEach((a) => {
      a.classList.toggle('current', a.dataset.view === name);
      const target = a.dataset.view;
      a.setAttribute('href', route([target]));
    });
    document.getElementById('home').setAttribute('href', route(['overview']));
  }

  // ---- Header ----------------------------------------------------------------------------

  function pairSelector(s) {
    const holder = document.getElementById('pair-choice');
    holder.replaceChildren();
    if (!s.pairs || s.pairs.length < 2) return;
    const current = s.pair.join('-');
    const choice = el('select', { id: 'pair', name: 'pair', title: 'The country pair this view is about' },
      s.pairs.map((p) => el('option', { value: p.pair.join('-'), selected: p.pair.join('-') === current },
        p.pair.join(' – '))));
    choice.addEventListener('change', () => {
      const { parts, params } = parseHash();
      params.set('pair', choice.value);
      location.hash = '#/' + (parts.length ? parts.map(encodeURIComponent).join('/') : 'overview') + '?' + params;
    });
    holder.append(el('label', { for: 'pair' }, 'Pair ', choice));
  }

  async function loadSummary() {
    const pair = currentPair();
    if (summary && summaryPair === pair) return;
    summary = await api(withPair('summary'));
    summaryPair = pair;
    const s = summary;
    pairSelector(s);
    const parts = [s.articles + ' articles', s.events + ' events', s.quotes + ' quotes',
      s.divergences + ' told by several articles (' + s.contradictions + ' contradicting)'];
    if (s.pair.length === 2) parts.unshift(s.pair.join(' – '));
    if (s.published) parts.push('published ' + s.published.first + ' to ' + s.published.last);
    document.getElementById('summary').textContent = parts.join(' · ');
  }

  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-box').value.trim();
    location.hash = route(['search'], q ? { q } : {});
  });

  // ---- Tension chart ---------------------------------------------------------------------

  function monthKey(d) {
    return d.getUTCFullYear() + '-' + String(d.getUTCMonth() + 1).padStart(2, '0');
  }

  function weekStart(key) {
    const year = Number(key.slice(0, 4));
    const week = Number(key.slice(6));
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
    return new Date(monday.getTime() + (week - 1) * 7 * 86400000);
  }

  function weekKey(d) {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    const day = (t.getUTCDay() + 6) % 7;
    t.setUTCDate(t.getUTCDate() - day + 3);
    const year = t.getUTCFullYear();
    const first = new Date(Date.UTC(year, 0, 4));
    const week = 1 + Math.round(((t - first) / 86400000 - 3 + ((first.getUTCDay() + 6) % 7)) / 7);
    return year + '-W' + String(week).padStart(2, '0');
  }

  // Every period from first to last, months (2025-06) or ISO weeks (2025-W26).
  function calendar(first, last) {
    const out = [];
    if (first.includes('W')) {
      const end = weekStart(last).getTime();
      for (let d = weekStart(first); d.getTime() <= end && out.length < 5000; d = new Date(d.getTime() + 7 * 86400000)) out.push(weekKey(d));
      return out;
    }
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7));
    const key = () => y + '-' + String(m).padStart(2, '0');
    while (key() <= last && out.length < 5000) {
      out.push(key());
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  function periodLabel(p) {
    if (p.includes('W')) return 'week ' + p.slice(6) + ' of ' + p.slice(0, 4);
    return MONTH_NAMES[Number(p.slice(5, 7)) - 1] + ' ' + p.slice(0, 4);
  }

  function niceCeiling(v) {
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  // The tension index on a true time axis: every period of the span as wide as the next (empty
  // when it has no events), conflict bars below the line and cooperation above, the net as a dot,
  // a line per side's media broken where that side tells no event, crisis phases shaded with
  // their triggers numbered, and axis titles with units.
  function tensionChart(points, phases, opts) {
    const all = new Map();
    const series = new Map();
    for (const p of points) {
      if (p.series === 'all') all.set(p.period, p);
      else {
        if (!series.has(p.series)) series.set(p.series, new Map());
        series.get(p.series).set(p.period, p);
      }
    }
    if (all.size === 0) return { chart: el('p', { class: 'meta' }, 'No dated events between the pair.'), phases: null };
    const keys = [...all.keys()].sort();
    const first = opts.from || keys[0];
    const last = opts.to || keys[keys.length - 1];
    const periods = calendar(first, last);
    const index = new Map(periods.map((p, i) => [p, i]));
    const HEIGHT = 300;
    const LEFT = 58;
    const RIGHT = 14;
    const TOP = 26;
    const BOTTOM = 58;
    const fits = periods.length * 14 <= 720;
    const plotWidth = fits ? 720 - LEFT - RIGHT : periods.length * 14;
    const width = LEFT + plotWidth + RIGHT;
    const band = plotWidth / periods.length;
    let max = 1;
    for (const p of periods) {
      const t = all.get(p);
      if (t) max = Math.max(max, -t.conflict, t.cooperation);
    }
    const top = niceCeiling(max);
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const mid = TOP + plotHeight / 2;
    const scale = plotHeight / 2 / top;
    const chartSvg = svg('svg', {
      class: 'tension', id: opts.id || 'tension-chart', viewBox: '0 0 ' + width + ' ' + HEIGHT,
      width, height: HEIGHT, role: 'img',
      'aria-label': 'tension index, ' + periodLabel(first) + ' to ' + periodLabel(last) + ', Goldstein points per ' + (opts.period || 'month'),
    });
    const notes = [];
    const markers = new Map();
    for (const c of phases || []) {
      if (c.end < first || c.start > last) continue;
      const i0 = index.has(c.start) ? index.get(c.start) : 0;
      const i1 = index.has(c.end) ? index.get(c.end) : periods.length - 1;
      chartSvg.appendChild(svg('rect', { class: 'phase', x: LEFT + i0 * band, y: TOP, width: (i1 - i0 + 1) * band, height: plotHeight, fill: '#fbe3e3' },
        svg('title', {}, 'crisis phase ' + (c.label || c.start + ' to ' + c.end))));
      chartSvg.appendChild(svg('text', { x: LEFT + i0 * band + 2, y: TOP - 14, class: 'phase-label' }, 'crisis phase'));
      for (const t of c.trigger_events || []) {
        if (!t.date) continue;
        const key = opts.period === 'week' ? (t.date.length === 10 ? weekKey(new Date(t.date + 'T00:00:00Z')) : null) : t.date.slice(0, 7);
        if (!key || !index.has(key)) continue;
        const at = index.get(key);
        const n = notes.length + 1;
        notes.push({ n, phase: c, event: t });
        const same = markers.get(at) || 0;
        markers.set(at, same + 1);
        const cx = LEFT + (at + 0.5) * band;
        const cy = TOP + 8 + same * 17;
        chartSvg.appendChild(svg('a', { href: route(['event', t.id]), class: 'trigger' },
          svg('circle', { cx, cy, r: 7, fill: '#fff', stroke: '#b3261e' }),
          svg('text', { x: cx, y: cy + 3.5, 'text-anchor': 'middle', class: 'trigger-number' }, String(n)),
          svg('title', {}, n + ': ' + t.date + ' ' + t.headline)));
      }
    }
    for (const v of [top, top / 2, 0, -top / 2, -top]) {
      const y = mid - v * scale;
      chartSvg.appendChild(svg('line', { x1: LEFT, y1: y, x2: LEFT + plotWidth, y2: y, stroke: v === 0 ? '#888' : '#e3e3e3' }));
      chartSvg.appendChild(svg('text', { x: LEFT - 5, y: y + 4, 'text-anchor': 'end', class: 'tick' },
        v === 0 ? '0' : (v > 0 ? '+' : '−') + String(Math.round(Math.abs(v) * 10) / 10)));
    }
    const unit = 'Goldstein points per ' + (opts.period || 'month');
    chartSvg.appendChild(svg('text', { class: 'axis-title wide', x: 14, y: mid, 'text-anchor': 'middle', transform: 'rotate(-90 14 ' + mid + ')' }, unit));
    chartSvg.appendChild(svg('text', { class: 'axis-title narrow', x: 14, y: mid, 'text-anchor': 'middle', transform: 'rotate(-90 14 ' + mid + ')' }, 'points'));
    chartSvg.appendChild(svg('text', { x: LEFT + 4, y: TOP + 12 + (notes.length ? 14 : 0), class: 'hint' }, 'cooperation ↑'));
    chartSvg.appendChild(svg('text', { x: LEFT + 4, y: TOP + plotHeight - 4, class: 'hint' }, 'conflict ↓'));
    periods.forEach((p, i) => {
      const t = all.get(p);
      const x = LEFT + i * band + band * 0.15;
      const w = Math.max(1, band * 0.7);
      if (t) {
        const tip = periodLabel(p) + ': net ' + signed(t.value) + ' (conflict ' + signed(t.conflict) + ', cooperation ' + signed(t.cooperation) + '), ' +
          t.events.length + (t.events.length === 1 ? ' event' : ' events');
        const down = -t.conflict * scale;
        const up = t.cooperation * scale;
        const bars = [];
        if (down > 0) bars.push(svg('rect', { class: 'bar conflict', x, y: mid, width: w, height: down, fill: '#d9534f', 'data-period': p }, svg('title', {}, tip)));
        if (up > 0) bars.push(svg('rect', { class: 'bar cooperation', x, y: mid - up, width: w, height: up, fill: '#4caf50', 'data-period': p }, svg('title', {}, tip)));
        bars.push(svg('circle', { class: 'net', cx: x + w / 2, cy: mid - t.value * scale, r: 2.5, fill: '#222' }, svg('title', {}, tip)));
        const params = p.includes('W') ? {} : { from: p, to: p };
        chartSvg.appendChild(svg('a', { href: route(['events'], params), class: 'period', 'data-period': p }, bars));
      }
      const cx = LEFT + (i + 0.5) * band;
      const january = p.endsWith('-01') || p.endsWith('-W01');
      if (!p.includes('W') && periods.length <= 24) {
        chartSvg.appendChild(svg('text', { x: cx, y: HEIGHT - BOTTOM + 16, 'text-anchor': 'middle', class: 'tick' }, MONTHS[Number(p.slice(5, 7)) - 1]));
        if (january || i === 0) chartSvg.appendChild(svg('text', { x: cx, y: HEIGHT - BOTTOM + 30, 'text-anchor': 'middle', class: 'tick year' }, p.slice(0, 4)));
      } else if (january || i === 0) {
        chartSvg.appendChild(svg('text', { x: cx, y: HEIGHT - BOTTOM + 16, 'text-anchor': 'middle', class: 'tick year' }, p.slice(0, 4)));
      }
    });
    chartSvg.appendChild(svg('text', { x: LEFT + plotWidth / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'axis-title wide' },
      (opts.period === 'week' ? 'week' : 'month') + ' of the event (periods without events between the pair are left empty)'));
    const colours = ['#1f5fa8', '#b35900'];
    const legendLines = [];
    [...series.keys()].sort().forEach((s, k) => {
      const colour = colours[k % colours.length];
      const title = 'net tension as told by ' + adjective(s) + ' media';
      let run = [];
      const flush = () => {
        if (run.length > 1) chartSvg.appendChild(svg('polyline', { class: 'side', 'data-series': s, fill: 'none', stroke: colour, 'stroke-width': 2, points: run.map((xy) => xy.join(',')).join(' ') }, svg('title', {}, title)));
        else if (run.length === 1) chartSvg.appendChild(svg('circle', { class: 'side', 'data-series': s, cx: run[0][0], cy: run[0][1], r: 3.5, fill: 'none', stroke: colour, 'stroke-width': 2 }, svg('title', {}, title)));
        run = [];
      };
      periods.forEach((p, i) => {
        const t = series.get(s).get(p);
        if (!t) { flush(); return; }
        run.push([LEFT + (i + 0.5) * band, mid - t.value * scale]);
      });
      flush();
      const line = el('i', { class: 'swatch line' });
      line.style.borderColor = colour;
      legendLines.push(el('span', {}, line, adjective(s) + ' media'));
    });
    const swatch = (colour) => {
      const i = el('i', { class: 'swatch' });
      i.style.background = colour;
      return i;
    };
    const legend = el('p', { class: 'legend meta' },
      el('span', {}, swatch('#d9534f'), 'conflict'), el('span', {}, swatch('#4caf50'), 'cooperation'),
      el('span', {}, '● net'), legendLines, el('span', { title: TIPS.phase }, swatch('#fbe3e3'), 'crisis phase'));
    const earlier = [...all.values()].filter((t) => t.period < first).reduce((n, t) => n + t.events.length, 0);
    const phaseNotes = (phases || []).filter((c) => !(c.end < first || c.start > last)).map((c) =>
      el('p', { class: 'phase' }, el('b', { title: TIPS.phase }, 'Crisis phase ' + (c.label || c.start + ' to ' + c.end)), ' ',
        el('span', { class: 'meta' }, '(peak ' + periodLabel(c.peak) + ', ' + signed(Math.round(c.value)).replace('.0', '') + ' Goldstein points)'),
        ', set off by: ',
        (c.trigger_events || []).map((t, k) => {
          const note = notes.find((x) => x.event.id === t.id && x.phase === c);
          return [k > 0 ? '; ' : '', note ? el('span', { class: 'trigger-ref' }, String(note.n)) : null,
            link(route(['event', t.id]), t.headline), ' ', el('span', { class: 'meta' }, t.date || 'undated')];
        })));
    return {
      chart: [el('div', { class: 'chart ' + (fits ? 'fit' : 'scroll') }, chartSvg), legend,
        earlier > 0 ? el('p', { class: 'meta' }, earlier + (earlier === 1 ? ' earlier event is' : ' earlier events are') + ' left out of this chart; ', link(route(['tension']), 'the tension view'), ' shows them all.') : null],
      phases: phaseNotes.length ? phaseNotes : el('p', { class: 'meta' }, 'No crisis phase in these months.'),
    };
  }

  function adjective(code) {
    const o = summary && summary.pair_adjectives;
    const p = pairCodes();
    if (o && p.indexOf(code) >= 0) return o[p.indexOf(code)];
    return code;
  }

  // ---- Overview --------------------------------------------------------------------------

  function explanations() {
    const terms = [
      ['Headline', 'the event in one line: the clause of its most certain mention when it reads as a sentence, else its actors with a plain verb for its kind. Every event links to the sentences it comes from.'],
      ['CAMEO code', 'the kind of event (Conflict and Mediation Event Observations): 01 statement, 02 appeal, 03 intent to cooperate, 04 consult, 05 diplomatic cooperation, 06 material cooperation, 07 aid, 08 yield, 09 investigate, 10 demand, 11 disapprove, 12 reject, 13 threaten, 14 protest, 15 show force, 16 reduce relations, 17 coerce, 18 assault, 19 fight, 20 mass violence; more digits narrow it (173: arrest or detain).'],
      ['Goldstein value', 'how far an event of that kind moves two countries towards conflict (down to −10) or cooperation (up to +10). The tension index adds them per month, each event once: conflict below the line, cooperation above.'],
      ['Modality', 'how certain an article makes an event: asserted, reported (attributed to others), alleged, denied, planned or hypothetical.'],
      ['Perspective and side badges', 'whose account an article carries on the pair: one country’s (its code), both sides’ substantially (both), or neither (neutral). The badges of an event count the articles of each perspective that report it.'],
      ['Crisis phase', 'a run of hostile months (conflict of at least 5 Goldstein points outweighing the month’s cooperation, at most one quiet month between) adding up to at least −10; its triggers are the most hostile events of its first month and of its peak.'],
    ];
    return el('details', { class: 'explain', id: 'explanations' }, el('summary', {}, 'What do these terms mean?'),
      el('dl', { class: 'terms' }, terms.map(([t, d]) => [el('dt', {}, t), el('dd', {}, d)])));
  }

  function eventItem(e) {
    return el('li', { 'data-event': e.id },
      el('span', { class: 'date' }, e.date || 'undated'),
      el('div', {},
        el('div', {}, el('a', { href: route(['event', e.id]), class: 'headline' }, e.headline), modalityBadge(e.modality),
          analystBadge(e.provenance, e.edits)),
        el('div', { class: 'meta' },
          code(e), ' ', kindName(e), ' · ', goldstein(e.goldstein), ' · ',
          el('span', { title: TIPS.sides }, e.articles.length + (e.articles.length === 1 ? ' article' : ' articles')),
          sideBadges(e.sides))));
  }

  async function overview() {
    markNav('overview');
    const o = await api(withPair('overview?limit=12'));
    if (!o.pair) {
      show(el('h2', {}, 'Overview'), el('p', { class: 'meta' }, 'No pair of countries with events between them yet.'));
      return;
    }
    const names = o.names.join(' – ');
    const latest = o.latest_phase;
    const lead = latest
      ? el('p', { class: 'lead' }, 'Latest ', el('abbr', { title: TIPS.phase }, 'crisis phase'), ': ',
        el('b', {}, latest.label), ', at its worst in ' + periodLabel(latest.peak) + ' (' + signed(Math.round(latest.value)).replace('.0', '') + ' Goldstein points in all).')
      : el('p', { class: 'lead' }, 'No crisis phase: no run of hostile months between ' + o.names[0] + ' and ' + o.names[1] + '.');
    const drawn = o.from ? tensionChart(o.tension, o.crisis_phases, { from: o.from, to: o.to, id: 'overview-chart' }) : null;
    const list = el('ol', { class: 'events', id: 'newest' }, o.newest.map(eventItem));
    show(el('h2', { id: 'overview-title' }, names),
      lead,
      el('div', { class: 'overview-grid' },
        el('section', { class: 'ov-chart' },
          el('h3', {}, o.from ? 'Tension, ' + periodLabel(o.from) + ' to ' + periodLabel(o.to) : 'Tension'),
          drawn ? drawn.chart : el('p', { class: 'meta' }, 'No dated events between the pair.')),
        el('section', { class: 'ov-news' },
          el('h3', {}, 'Newest events'), list,
          el('p', {}, link(route(['events'], { sort: 'newest' }), 'All events, with search and filters →'),
            o.undated ? el('span', { class: 'meta' }, ' (' + o.undated + ' undated ones at the end)') : null)),
        el('section', { class: 'ov-phases' }, drawn ? drawn.phases : null)),
      explanations());
  }

  // ---- Events ----------------------------------------------------------------------------

  function select(name, label, options, value, title) {
    const s = el('select', { name, id: 'filter-' + name },
      el('option', { value: '' }, 'any'),
      options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
    return el('label', { for: 'filter-' + name, title }, label, s);
  }

  function input(name, label, value, placeholder, type) {
    return el('label', { for: 'filter-' + name }, label,
      el('input', { name, id: 'filter-' + name, value: value || '', placeholder, autocomplete: 'off', type: type || 'text' }));
  }

  function filterForm(target, fields, keep) {
    const form = el('form', { class: 'filters', id: target + '-filters' }, fields,
      el('div', { class: 'buttons' },
        el('button', { type: 'submit' }, 'Apply'),
        el('button', { type: 'button', onclick: () => { location.hash = route([target], keep || {}); } }, 'Clear')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const q = new URLSearchParams(keep || {});
      for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) q.set(k, String(v).trim());
      const next = route([target], q);
      if (location.hash === next) render(); else location.hash = next;
    });
    return form;
  }

  const EVENT_FILTERS = ['q', 'from', 'to', 'direction', 'side', 'outlet', 'actor', 'modality', 'cameo', 'country', 'sort'];

  async function events(params) {
    markNav('events');
    if (!cameoRoots) cameoRoots = await api('cameo');
    const p = pairCodes();
    const sort = params.get('sort') || 'newest';
    const form = filterForm('events', [
      input('q', 'Words', params.get('q'), 'search the events’ sentences'),
      input('from', 'From', params.get('from'), 'YYYY[-MM[-DD]]'),
      input('to', 'To', params.get('to'), 'YYYY[-MM[-DD]]'),
      p.length === 2 ? select('direction', 'Direction', [[p[0] + '-' + p[1], p[0] + ' → ' + p[1]], [p[1] + '-' + p[0], p[1] + ' → ' + p[0]]], params.get('direction'), 'who did it to whom') : null,
      p.length === 2 ? select('side', 'Reported by', [[p[0], p[0] + ' side’s media'], [p[1], p[1] + ' side’s media'], ['both', 'articles giving both'], ['neutral', 'neutral articles']], params.get('side'), TIPS.perspective) : null,
      select('outlet', 'Outlet', summary.outlets.map((o) => [o.name, o.name + ' (' + o.articles + ')']), params.get('outlet')),
      input('actor', 'Actor or speaker', params.get('actor'), 'name or part of it'),
      select('modality', 'Modality', MODALITIES.map((m) => [m, m]), params.get('modality'), TIPS.modality),
      select('cameo', 'Kind (CAMEO)', cameoRoots.map((c) => [c.cameo, c.cameo + ' ' + c.name.toLowerCase()]), params.get('cameo'), TIPS.cameo),
      select('country', 'Country', summary.countries.map((c) => [c.country, c.country + ' (' + c.events + ')']), params.get('country')),
      el('label', { for: 'filter-sort' }, 'Order', el('select', { name: 'sort', id: 'filter-sort' },
        el('option', { value: 'newest', selected: sort === 'newest' }, 'newest first'),
        el('option', { value: 'oldest', selected: sort === 'oldest' }, 'oldest first'))),
    ]);
    const q = new URLSearchParams();
    for (const k of EVENT_FILTERS) if (params.get(k)) q.set(k, params.get(k));
    q.set('sort', sort);
    let data;
    try {
      data = await api(withPair('events?' + q + '&limit=1000'));
    } catch (e) {
      show(el('h2', {}, 'Events'), form, errorBox(e.message));
      return;
    }
    const items = [];
    let undatedShown = false;
    for (const e of data.events) {
      if (!e.date && !undatedShown && sort === 'newest' && items.length > 0) {
        items.push(el('li', { class: 'divider' }, 'Undated events (no article gives their date)'));
        undatedShown = true;
      }
      items.push(eventItem(e));
    }
    const list = el('ol', { class: 'events', id: 'event-list' }, items);
    const count = el('p', { class: 'meta', id: 'event-count' },
      data.total === data.events.length
        ? data.total + (data.total === 1 ? ' event' : ' events')
        : 'showing ' + data.events.length + ' of ' + data.total + ' events; narrow the filters to see the rest');
    const download = new URLSearchParams(q);
    const pair = currentPair();
    if (pair) download.set('pair', pair);
    download.set('limit', '1000');
    const csv = new URLSearchParams(download);
    csv.set('format', 'csv');
    const json = new URLSearchParams(download);
    json.set('download', '1');
    show(el('h2', {}, 'Events'), form,
      el('div', { class: 'downloads' }, count,
        el('a', { href: '/api/events?' + csv, download: 'dyad-events.csv', id: 'download-csv' }, 'Download CSV'),
        el('a', { href: '/api/events?' + json, download: 'dyad-events.json', id: 'download-json' }, 'Download JSON'),
        el('span', { class: 'meta' }, 'of the events shown, with their filters')),
      list);
  }

  // ---- Event detail ----------------------------------------------------------------------

  async function eventDetail(id) {
    markNav('events');
    const e = await api(withPair('events/' + encodeURIComponent(id)));
    const mentions = e.mentions.map((m) => {
      const s = m.sentence;
      const before = s.text.slice(0, m.start - s.start);
      const inside = s.text.slice(m.start - s.start, m.end - s.start);
      const after = s.text.slice(m.end - s.start);
      const split = summary.edits_allowed && e.mentions.length > 1
        ? el('button', { type: 'button', class: 'split-mention', 'data-key': m.key,
          title: 'Make this mention an event of its own',
          onclick: () => submitEdit({ kind: 'SPLIT_MENTION', target: m.key }, () => { location.hash = route(['events'], { sort: 'newest' }); }) },
        'Split off')
        : null;
      return el('div', { class: 'mention', 'data-article': m.article, 'data-key': m.key },
        el('p', {},
          link(route(['article', m.article]), m.article_title || m.article),
          el('span', { class: 'meta' }, ' · ', m.outlet || 'unknown outlet', ' · ', m.published || 'undated')),
        el('p', { class: 'sentence' }, before, el('mark', {}, inside), after),
        el('p', { class: 'meta' },
          el('span', { title: TIPS.modality }, 'modality: ' + m.modality),
          m.date_text ? ' · date stated as “' + m.date_text + '”' : '',
          m.date ? ' (' + m.date + ')' : '',
          m.location ? ' · at ' + m.location : '', ' · ',
          spanLink(m.article, m.start, m.end, 'show in the article'), split ? ' ' : null, split));
    });
    show(
      el('p', {}, link(route(['events'], { sort: 'newest' }), '← events')),
      el('h2', { id: 'event-title' }, e.headline,
        e.contradiction ? el('span', { class: 'badge contradiction' }, 'sides contradict') : null,
        analystBadge(e.provenance, e.edits)),
      el('p', {}, el('b', {}, e.date || 'undated'), ' · ', actor(e.source), ' → ', actor(e.target)),
      el('p', { class: 'meta' }, code(e), ' ', kindName(e), ' · Goldstein ', goldstein(e.goldstein), ' · ',
        el('span', { title: TIPS.modality }, e.modalities.join(', ')), sideBadges(e.sides)),
      e.told_by_sides ? el('p', {}, link(route(['sides'], { event: e.id }), 'See both sides’ versions →')) : null,
      summary.edits_allowed ? await eventCorrections(e) : null,
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
      out.push(el('span', {
        class: covering.map((m) => m.cls).join(' '),
        title: covering.map((m) => m.title).filter(Boolean).join(' · ') || null,
        'data-start': from, 'data-end': to,
      }, piece));
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
    for (const e of a.event_mentions) marks.push({ start: e.start, end: e.end, cls: 'event-mention', title: (e.headline || e.event) + ' (' + e.modality + ')' });
    if (target) marks.push({ start: target.start, end: target.end, cls: 'target', title: null });
    const textBox = el('div', { class: 'article-text', id: 'article-text', 'data-article': a.id }, highlighted(a.text, marks));
    const source = /^https?:\/\//i.test(a.url || '')
      ? el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : a.source;
    const perspective = a.perspective
      ? el('details', {}, el('summary', { title: TIPS.perspective }, 'Perspective: ', el('span', { id: 'perspective-label' }, a.perspective),
        analystBadge(a.perspective_provenance, a.perspective_edits)),
      el('ul', {}, (a.perspective_reasons || []).map((r) => el('li', {}, r))))
      : el('p', { class: 'meta' }, 'No perspective.');
    const fixPerspective = summary.edits_allowed ? perspectiveForm(a) : null;
    const eventsIn = a.event_mentions.map((e) => el('li', {},
      link(route(['event', e.event]), e.headline || e.event), ' ', el('span', { class: 'meta' }, e.modality), ' · ',
      spanLink(a.id, e.start, e.end, e.text.length > 90 ? e.text.slice(0, 89) + '…' : e.text)));
    const quotesIn = a.quotes.map((q) => el('li', { 'data-quote': q.start + '-' + q.end, 'data-key': q.key },
      el('span', { class: 'speaker' }, q.speaker || 'unnamed speaker'), analystBadge(q.speaker_provenance, q.speaker_edits), ': ',
      spanLink(a.id, q.start, q.end, q.direct ? '“' + q.text + '”' : q.text),
      summary.edits_allowed ? speakerForm(q) : null));
    show(
      el('p', {}, link(route(['articles']), '← articles')),
      el('h2', { id: 'article-title' }, a.title || '(untitled)'),
      el('p', { class: 'meta' },
        a.published || 'undated',
        a.published_inferred ? el('span', { class: 'badge', title: 'inferred from the content, not stated' }, 'inferred') : null,
        ' · ', a.outlet || 'unknown outlet', ' · ', a.author || 'no author', ' · ', source, ' · ', a.id),
      perspective,
      fixPerspective,
      el('p', { class: 'meta legend entities' },
        ['PERSON', 'ORGANIZATION', 'LOCATION', 'COUNTRY', 'NATIONALITY', 'TITLE'].map((t) => el('span', { class: 'ent-' + t }, t.toLowerCase())),
        el('span', { class: 'timex' }, 'date or time'), el('span', { class: 'event-mention' }, 'event'),
        el('span', { class: 'quote' }, 'quote')),
      textBox,
      eventsIn.length ? [el('h3', {}, 'Events in this article'), el('ul', {}, eventsIn)] : null,
      quotesIn.length ? [el('h3', {}, 'Quotes in this article'), el('ul', { id: 'article-quotes' }, quotesIn)] : null);
    if (target) {
      const first = textBox.querySelector('.target');
      if (first) {
        first.id = 'target';
        first.scrollIntoView({ block: 'center' });
      }
      return true;
    }
    return false;
  }

  async function articleList(params) {
    markNav('articles');
    const offset = Math.max(0, Number(params.get('offset')) || 0);
    const data = await api(withPair('articles?limit=50&offset=' + offset));
    const rows = data.articles.map((a) => el('tr', { 'data-article': a.id },
      el('td', {}, a.published || 'undated', a.published_inferred ? el('span', { class: 'badge' }, 'inferred') : null),
      el('td', {}, link(route(['article', a.id]), a.title || a.source), el('div', { class: 'meta' }, a.source)),
      el('td', {}, a.outlet || '—'),
      el('td', { title: TIPS.perspective }, a.perspective || '—'),
      el('td', {}, a.event_mentions),
      el('td', {}, a.quotes)));
    const pager = el('div', { class: 'pager' },
      offset > 0 ? link(route(['articles'], { offset: Math.max(0, offset - data.limit) }), '← previous') : null,
      el('span', { class: 'meta' }, (data.total ? offset + 1 : 0) + '–' + (offset + data.articles.length) + ' of ' + data.total),
      offset + data.articles.length < data.total ? link(route(['articles'], { offset: offset + data.limit }), 'next →') : null);
    show(el('h2', {}, 'Articles'),
      el('div', { class: 'scroll' }, el('table', { id: 'article-table' },
        el('thead', {}, el('tr', {}, ['Published', 'Title', 'Outlet', 'Perspective', 'Event mentions', 'Quotes'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows))),
      pager);
  }

  // ---- Both sides ------------------------------------------------------------------------

  async function sides(params) {
    markNav('sides');
    const data = await api(withPair('divergences'));
    const p = pairCodes();
    const title = el('h2', {}, 'Both sides' + (p.length === 2 ? ': ' + p.join(' – ') : ''));
    if (data.divergences.length === 0) {
      show(title, el('p', { class: 'meta' }, 'No event is told by more than one article.'));
      return false;
    }
    const blocks = data.divergences.map((d) => el('article', { class: 'divergence', id: 'sides-' + d.event, 'data-event': d.event },
      el('h3', {}, link(route(['event', d.event]), d.headline), ' ', el('span', { class: 'meta' }, d.date || 'undated'),
        d.contradiction ? el('span', { class: 'badge contradiction', title: 'the sides’ claims clash' }, 'contradiction') : null),
      d.explained.map((x) => el('p', { class: 'conflict' }, x)),
      el('div', { class: 'columns' }, d.columns.map((c) => el('div', {
        class: 'column ' + (c.side === p[0] ? 'side-col-a' : c.side === p[1] ? 'side-col-b' : ''), 'data-side': c.side,
      },
      el('h4', {}, c.title),
      c.versions.length === 0 ? el('p', { class: 'meta' }, 'No version.') : null,
      c.versions.map((v) => el('div', { class: 'version' },
        el('p', { class: 'meta' }, v.outlet || 'unknown outlet', ' · ', v.published || 'undated', ' · ',
          spanLink(v.article, v.start, v.end, 'in the article'),
          v.url ? [' · ', el('a', { href: v.url, rel: 'noopener noreferrer', class: 'original' }, 'original')] : null),
        el('p', {}, v.claim),
        v.kinds.length ? el('p', { class: 'meta' }, 'claims: ' + v.kinds.map(readableKind).join(', ')) : null))))),
      d.unmatched.length ? el('p', { class: 'meta' }, 'Told by one side only: ' + d.unmatched.join('; ')) : null));
    show(title,
      el('p', { class: 'meta' }, 'Events told by several articles. A version belongs to the side whose speakers it quotes, else to its article’s perspective; the third column holds articles that carry both sides’ accounts or neither.'),
      blocks);
    const focus = params.get('event');
    if (focus) {
      const block = document.getElementById('sides-' + focus);
      if (block) {
        block.classList.add('focus');
        block.scrollIntoView({ block: 'start' });
        return true;
      }
    }
    return false;
  }

  function readableKind(k) {
    const m = /^number:([^=]+)=(.+)$/.exec(k);
    return m ? m[2] + ' ' + m[1] : k.replace(':', ': ');
  }

  // ---- Tension ---------------------------------------------------------------------------

  async function tension(params) {
    markNav('tension');
    const period = params.get('period') === 'week' ? 'week' : 'month';
    const data = await api(withPair('tension?period=' + period));
    const toggle = el('p', {}, 'By ',
      period === 'month' ? el('b', {}, 'month') : link(route(['tension'], { period: 'month' }), 'month'), ' · ',
      period === 'week' ? el('b', {}, 'week') : link(route(['tension'], { period: 'week' }), 'week'));
    if (data.tension.length === 0) {
      show(el('h2', {}, 'Tension index'), toggle, el('p', { class: 'meta' }, 'No dated events between the pair.'));
      return;
    }
    show(el('h2', {}, 'Tension index'), toggle,
      el('p', { class: 'meta' }, (data.pair || '') + ': the Goldstein values of the merged events per ' + period + ', each event counted once; a long series opens at its latest ' + period + 's and scrolls back.'),
      ...(() => {
        const drawn = tensionChart(data.tension, data.crisis_phases, { id: 'tension-chart', period });
        return [drawn.chart, drawn.phases];
      })());
  }

  // ---- Quotes ----------------------------------------------------------------------------

  async function quotes(params) {
    markNav('quotes');
    const countries = [...new Set(summary.countries.map((c) => c.country))];
    const form = filterForm('quotes', [
      input('q', 'Words', params.get('q'), 'search the quotes'),
      input('speaker', 'Speaker', params.get('speaker'), 'name or part of it'),
      select('country', 'Speaker’s country', countries.map((c) => [c, c]), params.get('country')),
    ]);
    const q = new URLSearchParams();
    for (const k of ['q', 'speaker', 'country']) if (params.get(k)) q.set(k, params.get(k));
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

  // ---- Search ----------------------------------------------------------------------------

  async function search(params) {
    markNav('');
    const q = params.get('q') || '';
    document.getElementById('search-box').value = q;
    if (!q) {
      show(el('h2', {}, 'Search'), el('p', { class: 'meta' }, 'Type words in the search box: every word must appear; "quoted words" as a phrase, -word to leave out, prefix* for any ending.'));
      return;
    }
    const r = await api(withPair('search?q=' + encodeURIComponent(q) + '&limit=20'));
    const events = r.events.map((e) => el('li', { 'data-event': e.id },
      el('div', {}, link(route(['event', e.id]), e.headline), ' ', el('span', { class: 'meta' }, e.date || 'undated'), sideBadges(e.sides)),
      el('div', { class: 'meta' }, spanLink(e.hit.article, e.hit.snippet_start, e.hit.snippet_end, marked(e.hit.snippet, e.hit.matches)))));
    const quotesFound = r.quotes.map((x) => el('li', {},
      el('b', {}, x.speaker || 'unnamed speaker'), ': ',
      spanLink(x.article, x.start, x.end, x.direct ? ['“', marked(x.hit.snippet, x.hit.matches), '”'] : marked(x.hit.snippet, x.hit.matches)),
      el('span', { class: 'meta' }, ' · ', x.article_title || x.article)));
    const articles = r.articles.map((a) => el('li', {},
      el('div', {}, link(route(['article', a.id, a.snippet_start + '-' + a.snippet_end]), a.title || a.source),
        el('span', { class: 'meta' }, ' · ', a.outlet || 'unknown outlet', ' · ', a.published || 'undated')),
      el('div', { class: 'meta' }, '…', marked(a.snippet, a.matches), '…')));
    const none = events.length + quotesFound.length + articles.length === 0;
    show(el('h2', {}, 'Search: ' + q),
      none ? el('p', { class: 'meta' }, 'Nothing found. Every word must appear; try fewer words or prefix*.') : null,
      el('div', { class: 'results' },
        events.length ? [el('h3', {}, 'Events (' + events.length + ')'), el('ul', { id: 'found-events', class: 'plain' }, events),
          el('p', {}, link(route(['events'], { q, sort: 'newest' }), 'Filter these events further →'))] : null,
        quotesFound.length ? [el('h3', {}, 'Quotes (' + quotesFound.length + ')'), el('ul', { id: 'found-quotes', class: 'plain' }, quotesFound)] : null,
        articles.length ? [el('h3', {}, 'Articles (' + articles.length + ')'), el('ul', { id: 'found-articles', class: 'plain' }, articles)] : null));
  }

  // ---- Corrections -----------------------------------------------------------------------
  // Edits change the server's data, so they need the API token the server was started with: the
  // analyst types it once per browser session (kept in sessionStorage, sent as a Bearer header,
  // never written into the page), with the name their edits are signed with.

  const KIND_NAMES = {
    HIDE_EVENT: 'hid an event', MERGE_EVENTS: 'merged events', SPLIT_MENTION: 'split a mention off',
    SET_ACTOR: 'set an actor', SET_SPEAKER: 'set a speaker', SET_PERSPECTIVE: 'set a perspective', UNDO: 'undid',
  };

  function author() { return localStorage.getItem('dyad-author') || ''; }
  function token() { return sessionStorage.getItem('dyad-token') || ''; }

  // The name and token fields; shown where edits are made until both are given.
  function signIn(onSaved) {
    const name = el('input', { id: 'edit-author', name: 'author', value: author(), placeholder: 'Your name', autocomplete: 'name', maxlength: 200 });
    const secret = el('input', { id: 'edit-token', name: 'token', type: 'password', value: token(), placeholder: 'DYAD_API_TOKEN', autocomplete: 'off' });
    const form = el('form', { class: 'filters sign-in', id: 'sign-in' },
      el('label', {}, 'Your name (signs your edits)', name),
      el('label', {}, 'API token (as given to dyad serve)', secret),
      el('div', { class: 'buttons' }, el('button', { type: 'submit' }, 'Save')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      localStorage.setItem('dyad-author', name.value.trim());
      sessionStorage.setItem('dyad-token', secret.value.trim());
      if (onSaved) onSaved(); else render();
    });
    return form;
  }

  async function post(path, body) {
    const response = await fetch('/api/' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token() },
      body: JSON.stringify(body),
    });
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      throw new ApiError(path + ': the server sent no JSON (' + response.status + ')');
    }
    if (!response.ok) throw new ApiError(answer && answer.error ? answer.error : 'HTTP ' + response.status);
    return answer;
  }

  // Sends an edit signed with the analyst's name; then the corpus is shown as the edit left it.
  async function submitEdit(edit, after) {
    const status = document.getElementById('edit-status');
    if (!author() || !token()) {
      if (status) status.replaceChildren(errorBox('Give your name and the API token first.'));
      const form = document.getElementById('sign-in');
      if (form) form.scrollIntoView({ block: 'center' });
      return;
    }
    try {
      if (status) status.replaceChildren(el('span', { class: 'meta' }, 'Saving…'));
      await post('edits', Object.assign({ author: author() }, edit));
      summary = null;
      if (after) after(); else render();
    } catch (e) {
      if (status) status.replaceChildren(errorBox(e instanceof ApiError ? e.message : String(e)));
      else throw e;
    }
  }

  function credentialsIfMissing() {
    return author() && token() ? null : signIn();
  }

  async function eventCorrections(e) {
    const others = (await api(withPair('events?limit=200&sort=newest'))).events.filter((x) => x.id !== e.id);
    const key = e.mentions[0].key;
    const merge = el('select', { id: 'merge-with', name: 'merge' },
      others.map((x) => el('option', { value: x.id }, (x.date || 'undated') + ' · ' + x.headline)));
    const role = el('select', { id: 'actor-role', name: 'role' }, el('option', { value: 'source' }, 'source'), el('option', { value: 'target' }, 'target'));
    const country = el('input', { id: 'actor-country', name: 'country', placeholder: 'RUS', maxlength: 3, size: 4, title: 'Three-letter country code; empty when unknown' });
    const name = el('input', { id: 'actor-name', name: 'name', placeholder: 'Who', maxlength: 150 });
    return el('details', { class: 'corrections', id: 'event-corrections' },
      el('summary', {}, 'Correct this event'),
      el('p', { class: 'meta' }, 'Edits are stored with your name and kept when articles are added or analysed again; ',
        link(route(['edits']), 'Corrections'), ' lists them and undoes them.'),
      credentialsIfMissing(),
      el('div', { class: 'edit-row' },
        el('button', { type: 'button', id: 'hide-event',
          onclick: () => submitEdit({ kind: 'HIDE_EVENT', target: key }, () => { location.hash = route(['edits']); }) }, 'Hide this event')),
      others.length ? el('div', { class: 'edit-row' },
        el('label', { for: 'merge-with' }, 'Merge into this event: '), merge, ' ',
        el('button', { type: 'button', id: 'merge-event', onclick: async () => {
          const other = await api(withPair('events/' + encodeURIComponent(merge.value)));
          submitEdit({ kind: 'MERGE_EVENTS', target: key, value: other.mentions[0].key });
        } }, 'Merge')) : null,
      el('div', { class: 'edit-row' },
        el('label', { for: 'actor-role' }, 'Set the '), role, ' ',
        el('label', { for: 'actor-country' }, 'country '), country, ' ',
        el('label', { for: 'actor-name' }, 'name '), name, ' ',
        el('button', { type: 'button', id: 'set-actor', onclick: () => submitEdit({
          kind: 'SET_ACTOR', target: key,
          value: role.value + ':' + country.value.trim().toUpperCase() + ':' + name.value.trim(),
        }) }, 'Set actor')),
      el('div', { id: 'edit-status', 'aria-live': 'polite' }));
  }

  function perspectiveForm(a) {
    const codes = pairCodes().concat(['both', 'neutral']);
    const choice = el('select', { id: 'perspective-choice', name: 'perspective' },
      codes.map((c) => el('option', { value: c, selected: c === a.perspective }, c)));
    return el('details', { class: 'corrections', id: 'article-corrections' },
      el('summary', {}, 'Correct this article'),
      credentialsIfMissing(),
      el('div', { class: 'edit-row' },
        el('label', { for: 'perspective-choice', title: TIPS.perspective }, 'Perspective: '), choice, ' ',
        el('button', { type: 'button', id: 'set-perspective',
          onclick: () => submitEdit({ kind: 'SET_PERSPECTIVE', target: a.dyad_id, value: choice.value }) }, 'Set perspective')),
      el('p', { class: 'meta' }, 'Fix a quote’s speaker with the button beside it below.'),
      el('div', { id: 'edit-status', 'aria-live': 'polite' }));
  }

  function speakerForm(q) {
    const country = el('input', { name: 'country', placeholder: 'RUS', maxlength: 3, size: 4, 'aria-label': 'Speaker’s country code', value: q.speaker_country || '' });
    const name = el('input', { name: 'speaker', placeholder: 'Speaker', maxlength: 150, 'aria-label': 'Speaker’s name', value: q.speaker || '' });
    return el('details', { class: 'fix-speaker' }, el('summary', {}, 'Fix speaker'),
      el('div', { class: 'edit-row' }, country, ' ', name, ' ',
        el('button', { type: 'button', class: 'set-speaker', onclick: () => submitEdit({
          kind: 'SET_SPEAKER', target: q.key, value: country.value.trim().toUpperCase() + ':' + name.value.trim(),
        }) }, 'Set speaker')));
  }

  async function editsView() {
    markNav('edits');
    const data = await api('edits');
    const rows = data.edits.slice().reverse().map((x) => el('tr', { 'data-edit': x.id, 'data-status': x.status },
      el('td', {}, String(x.id)),
      el('td', {}, x.created_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')),
      el('td', {}, x.author),
      el('td', {}, KIND_NAMES[x.kind] || x.kind, x.value ? el('div', { class: 'meta' }, x.kind === 'MERGE_EVENTS' ? 'with ' + x.value : x.value) : null),
      el('td', {}, x.about || el('span', { class: 'meta' }, x.target)),
      el('td', {}, el('span', { class: 'status status-' + x.status, title: STATUS_TIPS[x.status] || '' }, x.status)),
      el('td', {}, data.allowed && (x.status === 'applied' || x.status === 'stale' || x.status === 'undo')
        ? el('button', { type: 'button', class: 'undo', onclick: () => undo(x.id) }, x.kind === 'UNDO' ? 'Redo' : 'Undo')
        : null)));
    show(el('h2', {}, 'Corrections'),
      el('p', {}, 'Analysts’ edits, newest first: each is kept with its author and time, applied after every analysis (so it holds when articles are added), and shown with provenance “analyst” in the views and exports. Undoing adds an edit; nothing is erased.'),
      data.allowed ? credentialsIfMissing() : el('p', { class: 'notice' }, 'This server takes no edits: start it with --allow-edits (and DYAD_API_TOKEN) to correct the analysis.'),
      el('div', { id: 'edit-status', 'aria-live': 'polite' }),
      rows.length
        ? el('div', { class: 'scroll' }, el('table', { id: 'edit-table' },
          el('thead', {}, el('tr', {}, ['#', 'When', 'Who', 'What', 'About', 'Status', ''].map((h) => el('th', {}, h)))),
          el('tbody', {}, rows)))
        : el('p', { class: 'meta', id: 'no-edits' }, 'No edits yet. Open an event or an article to correct it.'));
  }

  const STATUS_TIPS = {
    applied: 'In force: it changes the analysis',
    undone: 'Retracted by a later undo',
    stale: 'Its event, quote or article is not in the analysis now; it changes nothing',
    undo: 'An undo in force',
  };

  async function undo(id) {
    const status = document.getElementById('edit-status');
    if (!author() || !token()) {
      status.replaceChildren(errorBox('Give your name and the API token first.'));
      return;
    }
    try {
      await post('edits/' + encodeURIComponent(id) + '/undo', { author: author() });
      summary = null;
      render();
    } catch (e) {
      status.replaceChildren(errorBox(e instanceof ApiError ? e.message : String(e)));
    }
  }

  // ---- Routing ---------------------------------------------------------------------------

  let rendering = 0;

  async function render() {
    const ticket = ++rendering;
    const { parts, params } = parseHash();
    const key = location.hash;
    document.body.classList.add('busy');
    let scrolled = false;
    try {
      await loadSummary();
      const [name, id, extra] = parts;
      if (name !== 'search') document.getElementById('search-box').value = '';
      if (!name || name === 'overview') await overview();
      else if (name === 'events' || name === 'timeline') await events(params);
      else if (name === 'event' && id) await eventDetail(id);
      else if (name === 'article' && id) scrolled = await reader(id, extra);
      else if (name === 'articles') await articleList(params);
      else if (name === 'sides') scrolled = await sides(params);
      else if (name === 'tension') await tension(params);
      else if (name === 'quotes') await quotes(params);
      else if (name === 'search') await search(params);
      else if (name === 'edits') await editsView();
      else show(errorBox('No such view: ' + location.hash));
    } catch (e) {
      if (ticket === rendering) show(errorBox(e instanceof ApiError ? e.message : 'Something went wrong: ' + e));
      if (!(e instanceof ApiError)) throw e;
    } finally {
      if (ticket === rendering) {
        // A new view starts at its top; the same view re-rendered keeps its place.
        if (!scrolled && key !== lastRoute) window.scrollTo(0, 0);
        lastRoute = key;
        document.body.classList.remove('busy');
        document.body.dataset.ready = location.hash || '#/';
      }
    }
  }

  window.addEventListener('hashchange', render);
  render();
})();

// dyad dashboard: four views of one event query. The query lives in the
// page URL, so every view shows the same selection, and a view can be
// bookmarked or shared. Text from the database is only ever put into the
// page as text (textContent) or escaped (chart tooltips), never as markup.
"use strict";

const FILTERS = ["from", "to", "source", "target", "both", "actor", "code", "root", "quad", "plover", "q"];
const VIEWS = ["timeline", "network", "map", "events"];
const QUAD_COLOURS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#c51b7d" };
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

const $ = (sel) => document.querySelector(sel);
const esc = (s) => echarts.format.encodeHTML(String(s));
const charts = {};
let codeNames = {};
let eventCursor = "";

// ---- the URL is the state ----

function state() {
  return new URLSearchParams(location.search);
}

function filterQuery(extra) {
  const st = state();
  const q = new URLSearchParams();
  for (const k of FILTERS) {
    const v = st.get(k);
    if (v) q.set(k, v);
  }
  for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
  return q;
}

function navigate(changes, replace) {
  const st = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === "" || v === null || v === undefined) st.delete(k);
    else st.set(k, v);
  }
  const url = "?" + st.toString();
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

function currentView() {
  const v = state().get("view");
  return VIEWS.includes(v) ? v : "timeline";
}

// ---- talking to the API ----

async function api(path, params) {
  const url = "/api/" + path + (params ? "?" + params.toString() : "");
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.error || resp.status + " " + resp.statusText);
  return body;
}

function showError(err) {
  $("#status").textContent = err ? String(err.message || err) : "";
}

// ---- the filter form ----

function fillForm() {
  const st = state();
  const form = $("#filters");
  for (const k of FILTERS) {
    const el = form.elements[k];
    if (!el) continue;
    if (el.type === "checkbox") el.checked = st.get(k) === "1";
    else el.value = st.get(k) || "";
  }
  $("#interval").value = st.get("interval") || "week";
  $("#network-by").value = st.get("by") || "country";
}

function readForm() {
  const form = $("#filters");
  const changes = {};
  for (const k of FILTERS) {
    const el = form.elements[k];
    if (el.type === "checkbox") changes[k] = el.checked ? "1" : "";
    else changes[k] = el.value.trim();
  }
  for (const k of ["source", "target", "actor", "plover"]) changes[k] = changes[k].toUpperCase();
  return changes;
}

async function loadCodes() {
  const body = await api("codes");
  const roots = $("#filters").elements.root;
  const plovers = new Set();
  for (const c of body.codes) {
    codeNames[c.code] = c.name;
    if (c.code.length === 2) roots.append(new Option(c.code + " " + c.name, c.code));
    if (c.plover) plovers.add(c.plover);
  }
  for (const p of [...plovers].sort()) $("#filters").elements.plover.append(new Option(p, p));
}

// ---- views ----

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
  return charts[id];
}

function dyadLabel(st) {
  const s = st.get("source"), t = st.get("target"), a = st.get("actor");
  let label = "All events";
  if (s && t) label = s + (st.get("both") === "1" ? " ↔ " : " → ") + t;
  else if (s) label = "From " + s;
  else if (t) label = "To " + t;
  if (a) label += (label === "All events" ? ": " : ", ") + "involving " + a;
  return label;
}

async function renderTimeline() {
  const st = state();
  const interval = st.get("interval") || "week";
  const [agg, dyads] = await Promise.all([
    api("aggregate", filterQuery({ interval })),
    api("dyads", filterQuery({ by: "country", limit: "12" })),
  ]);
  $("#timeline-title").textContent = dyadLabel(st);
  let coop = 0, conf = 0, gold = 0;
  const coopData = [], confData = [], goldData = [];
  for (const b of agg.buckets) {
    const c = b.by_quad[0] + b.by_quad[1], k = b.by_quad[2] + b.by_quad[3];
    coop += c; conf += k; gold += b.goldstein;
    coopData.push([b.start, c]);
    confData.push([b.start, -k]);
    goldData.push([b.start, Math.round(b.goldstein * 10) / 10]);
  }
  const summary = $("#timeline-summary");
  summary.textContent = `${coop + conf} events per ${interval}: ${coop} cooperation, ${conf} conflict; Goldstein sum ${Math.round(gold * 10) / 10}`;
  summary.dataset.events = String(coop + conf);
  const el = $("#timeline-chart");
  el.dataset.buckets = String(agg.buckets.length);
  chart("timeline-chart").setOption({
    tooltip: { trigger: "axis", valueFormatter: (v) => esc(Math.abs(v)) },
    legend: { top: 0, data: ["cooperation", "conflict", "Goldstein"] },
    grid: { left: 50, right: 60, top: 40, bottom: 60 },
    xAxis: { type: "time" },
    yAxis: [{ type: "value", name: "events", axisLabel: { formatter: (v) => Math.abs(v) } }, { type: "value", name: "Goldstein" }],
    dataZoom: [{ type: "slider" }],
    series: [
      { name: "cooperation", type: "bar", stack: "n", data: coopData, itemStyle: { color: QUAD_COLOURS[2] } },
      { name: "conflict", type: "bar", stack: "n", data: confData, itemStyle: { color: QUAD_COLOURS[4] } },
      { name: "Goldstein", type: "line", yAxisIndex: 1, data: goldData, itemStyle: { color: "#3366cc" }, symbolSize: 6 },
    ],
  }, true);
  const list = $("#top-dyads");
  list.replaceChildren();
  for (const d of dyads.dyads) {
    const a = document.createElement("a");
    a.href = "#";
    a.textContent = `${d.source} ↔ ${d.target} (${d.events})`;
    a.dataset.source = d.source;
    a.dataset.target = d.target;
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      navigate({ source: d.source, target: d.target, both: "1", view: "timeline" });
    });
    const li = document.createElement("li");
    li.append(a);
    list.append(li);
  }
}

async function renderNetwork() {
  const by = state().get("by") || "country";
  const body = await api("dyads", filterQuery({ by, limit: "80" }));
  const nodes = new Map();
  const links = [];
  let maxEvents = 1;
  for (const d of body.dyads) maxEvents = Math.max(maxEvents, d.events);
  for (const d of body.dyads) {
    for (const a of [d.source, d.target]) nodes.set(a, (nodes.get(a) || 0) + d.events);
    let quad = 1;
    for (let q = 2; q <= 4; q++) if (d.by_quad[q - 1] > d.by_quad[quad - 1]) quad = q;
    links.push({
      source: d.source, target: d.target, value: d.events, quad,
      lineStyle: { color: QUAD_COLOURS[quad], width: 1 + 7 * Math.sqrt(d.events / maxEvents), opacity: 0.8, curveness: 0.15 },
    });
  }
  const maxNode = Math.max(1, ...nodes.values());
  const el = $("#network-chart");
  el.dataset.nodes = String(nodes.size);
  el.dataset.edges = String(links.length);
  chart("network-chart").setOption({
    tooltip: {
      formatter: (p) => p.dataType === "edge"
        ? `${esc(p.data.source)} → ${esc(p.data.target)}: ${esc(p.data.value)} events, mostly ${esc(QUAD_NAMES[p.data.quad])}`
        : `${esc(p.data.name)}: ${esc(p.data.value)} events`,
    },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 180] },
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      label: { show: true, position: "right" },
      data: [...nodes].map(([name, value]) => ({ name, value, symbolSize: 10 + 30 * Math.sqrt(value / maxNode), itemStyle: { color: "#5470c6" } })),
      links,
    }],
  }, true);
  chart("network-chart").off("click");
  chart("network-chart").on("click", (p) => {
    if (p.dataType === "edge") navigate({ source: p.data.source, target: p.data.target, both: "", actor: "", view: "events" });
    else navigate({ actor: p.data.name, source: "", target: "", both: "", view: "events" });
  });
}

let worldReady = null;

// world registers the Natural Earth outline with ECharts, each country
// named by its ISO 3166 alpha-3 code, which is how CAMEO names countries.
function world() {
  if (!worldReady) {
    worldReady = Promise.all([
      fetch("vendor/countries-110m.json").then((r) => r.json()),
      fetch("vendor/iso3166-codes.json").then((r) => r.json()),
    ]).then(([topo, codes]) => {
      const alpha3 = {};
      for (const [, a3, num] of codes) alpha3[num] = a3;
      const geo = topojson.feature(topo, topo.objects.countries);
      // Antarctica adds nothing to event data; rings that cross the
      // antimeridian (Russia, Fiji) are kept on one side of it so that the
      // flat map draws no streak across the world.
      geo.features = geo.features.filter((f) => f.id !== "010");
      for (const f of geo.features) unwrapAntimeridian(f.geometry);
      for (const f of geo.features) {
        f.properties.label = f.properties.name;
        f.properties.name = alpha3[f.id] || f.properties.name;
      }
      echarts.registerMap("world", geo);
      const labels = {};
      for (const f of geo.features) labels[f.properties.name] = f.properties.label;
      return labels;
    });
  }
  return worldReady;
}

function unwrapAntimeridian(g) {
  if (!g) return;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  for (const poly of polygons) {
    for (const ring of poly) {
      let lo = 180, hi = -180;
      for (const [x] of ring) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
      if (hi - lo <= 180) continue;
      for (const p of ring) if (p[0] < 0) p[0] = 180;
    }
  }
}

async function renderMap() {
  const [labels, body] = await Promise.all([world(), api("countries", filterQuery())]);
  let max = 1, total = 0, shown = 0;
  const data = [];
  for (const c of body.countries) {
    max = Math.max(max, c.events);
    total += c.events;
    if (labels[c.country]) shown++;
    data.push({ name: c.country, value: c.events });
  }
  $("#map-summary").textContent = `${body.countries.length} countries or actor groups; ${shown} on the map. Click a country to list its events.`;
  $("#map-chart").dataset.countries = String(shown);
  chart("map-chart").setOption({
    tooltip: { formatter: (p) => `${esc(labels[p.name] || p.name)} (${esc(p.name)}): ${esc(isNaN(p.value) ? 0 : p.value)} events` },
    visualMap: { min: 0, max, calculable: true, left: 10, bottom: 20, inRange: { color: ["#e0ecf4", "#8856a7"] } },
    series: [{ type: "map", map: "world", roam: true, data, emphasis: { label: { show: false } }, itemStyle: { areaColor: "#f2f2f2", borderColor: "#aaa" } }],
  }, true);
  chart("map-chart").off("click");
  chart("map-chart").on("click", (p) => navigate({ actor: p.name, source: "", target: "", both: "", view: "events" }));
}

function eventRow(e) {
  const tr = document.createElement("tr");
  tr.dataset.id = e.id;
  tr.dataset.article = e.article;
  const cells = [
    e.date, e.source || "—", e.code + " " + (codeNames[e.code] || ""), e.target || "—", e.plover || "", e.goldstein, e.text,
  ];
  cells.forEach((v, i) => {
    const td = document.createElement("td");
    td.textContent = v;
    if (i === 2) td.className = "quad q" + e.quad;
    if (i === 6) td.className = "sentence";
    tr.append(td);
  });
  tr.addEventListener("click", () => navigate({ article: e.article, event: e.id, view: "events" }));
  return tr;
}

async function renderEvents(append) {
  const params = filterQuery({ limit: "50" });
  if (append && eventCursor) params.set("cursor", eventCursor);
  const body = await api("events", params);
  const tbody = $("#event-table tbody");
  if (!append) tbody.replaceChildren();
  for (const e of body.events) tbody.append(eventRow(e));
  eventCursor = body.next;
  $("#more").hidden = !body.next;
  markSelectedRow();
  const id = state().get("article");
  if (id) await showArticle(id, state().get("event"));
  else $("#article").hidden = true;
}

function markSelectedRow() {
  const sel = state().get("event");
  for (const tr of document.querySelectorAll("#event-table tbody tr")) tr.classList.toggle("selected", tr.dataset.id === sel);
}

// Spans are byte offsets into the UTF-8 text; JavaScript strings count
// UTF-16 units, so the text is cut as bytes and each piece decoded.
const utf8 = new TextEncoder();
const fromUTF8 = new TextDecoder();

function highlighted(bytes, start, end, marks) {
  const frag = document.createDocumentFragment();
  const spans = marks
    .filter((m) => m.span && m.span.end > m.span.start && m.span.start >= start && m.span.end <= end)
    .sort((a, b) => a.span.start - b.span.start);
  let at = start;
  for (const m of spans) {
    if (m.span.start < at) continue; // overlaps the previous mark
    frag.append(fromUTF8.decode(bytes.slice(at, m.span.start)));
    const mark = document.createElement("mark");
    mark.className = m.cls;
    mark.textContent = fromUTF8.decode(bytes.slice(m.span.start, m.span.end));
    frag.append(mark);
    at = m.span.end;
  }
  frag.append(fromUTF8.decode(bytes.slice(at, end)));
  return frag;
}

let shownArticle = null;

async function showArticle(articleID, eventID) {
  if (!shownArticle || String(shownArticle.id) !== String(articleID)) shownArticle = await api("articles/" + encodeURIComponent(articleID));
  const a = shownArticle;
  const e = a.events.find((x) => String(x.id) === String(eventID)) || a.events[0];
  $("#article").hidden = false;
  $("#article-title").textContent = a.title || a.doc;
  const meta = $("#article-meta");
  meta.replaceChildren([a.published, a.source, a.dateline, a.doc].filter(Boolean).join(" · "));
  if (/^https?:\/\//i.test(a.url)) {
    const link = document.createElement("a");
    link.href = a.url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    link.textContent = "original";
    meta.append(" · ", link);
  }
  const bytes = utf8.encode(a.text);
  const sentence = $("#sentence");
  sentence.replaceChildren();
  const text = $("#article-text");
  text.replaceChildren(a.text);
  if (e) {
    $("#event-line").textContent = `${e.date}  ${e.source || "—"} → ${e.target || "—"}  ${e.code} ${codeNames[e.code] || ""} (${e.plover || "no PLOVER type"}, Goldstein ${e.goldstein})`;
    const marks = [
      { span: e.source_span, cls: "src" }, { span: e.verb_span, cls: "verb" }, { span: e.target_span, cls: "tgt" },
    ];
    const ss = e.sentence_span;
    if (ss && ss.end > ss.start) {
      sentence.append(highlighted(bytes, ss.start, ss.end, marks));
      text.replaceChildren(highlighted(bytes, 0, bytes.length, [{ span: ss, cls: "current" }]));
    } else {
      sentence.textContent = e.text;
    }
    sentence.dataset.event = e.id;
  } else {
    $("#event-line").textContent = "No events were coded from this article.";
  }
  const list = $("#article-events");
  list.replaceChildren();
  for (const x of a.events) {
    const li = document.createElement("li");
    li.textContent = `${x.source || "—"} → ${x.target || "—"} ${x.code} ${codeNames[x.code] || ""}: “${x.verb_text}”`;
    li.classList.toggle("selected", e && x.id === e.id);
    li.addEventListener("click", () => navigate({ article: a.id, event: x.id, view: "events" }, true));
    list.append(li);
  }
  markSelectedRow();
}

// ---- wiring ----

async function render() {
  fillForm();
  const view = currentView();
  for (const a of document.querySelectorAll("#tabs a[data-view]")) a.classList.toggle("active", a.dataset.view === view);
  for (const v of VIEWS) $("#view-" + v).classList.toggle("active", v === view);
  $("#csv").href = "/api/events.csv?" + filterQuery().toString();
  showError(null);
  document.body.dataset.ready = "";
  try {
    if (view === "timeline") await renderTimeline();
    else if (view === "network") await renderNetwork();
    else if (view === "map") await renderMap();
    else await renderEvents(false);
    const c = charts[view + "-chart"];
    if (c) c.resize();
  } catch (err) {
    showError(err);
  }
  document.body.dataset.ready = view;
}

document.addEventListener("DOMContentLoaded", async () => {
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate(Object.assign(readForm(), { article: "", event: "" }));
  });
  $("#clear").addEventListener("click", () => {
    const changes = { article: "", event: "" };
    for (const k of FILTERS) changes[k] = "";
    navigate(changes);
  });
  for (const a of document.querySelectorAll("#tabs a[data-view]")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      navigate({ view: a.dataset.view });
    });
  }
  $("#interval").addEventListener("change", (ev) => navigate({ interval: ev.target.value }));
  $("#network-by").addEventListener("change", (ev) => navigate({ by: ev.target.value }));
  $("#more").addEventListener("click", () => renderEvents(true).catch(showError));
  $("#close-article").addEventListener("click", () => navigate({ article: "", event: "" }));
  window.addEventListener("popstate", render);
  window.addEventListener("resize", () => Object.values(charts).forEach((c) => c.resize()));
  try {
    await loadCodes();
  } catch (err) {
    showError(err);
  }
  render();
});

// The timeline of a selection: cooperation up and conflict down per day,
// week or month, with the Goldstein sum on a second axis whose zero is on
// the same line; a drag across the chart chooses the dates of every view.
import { api, actorName, nameCodes } from "./api.js";
import { $, QUAD_COLOURS, day, el, esc } from "./common.js";
import { chart } from "./charts.js";
import { filterQuery, freshPages, navigate, state } from "./state.js";

function dyadLabel(st) {
  const s = st.get("source"), t = st.get("target"), a = st.get("actor");
  let label = "All events";
  if (s && t) label = s + (st.get("both") === "1" ? " ↔ " : " → ") + t;
  else if (s) label = "From " + s;
  else if (t) label = "To " + t;
  if (a) label += (label === "All events" ? ": " : ", ") + "involving " + a;
  return label;
}

function dyadNames(st) {
  const parts = [];
  const s = st.get("source"), t = st.get("target"), a = st.get("actor");
  if (s && actorName(s)) parts.push(actorName(s));
  if (t && actorName(t)) parts.push((s ? (st.get("both") === "1" ? "↔ " : "→ ") : "to ") + actorName(t));
  if (a && actorName(a)) parts.push("involving " + actorName(a));
  return parts.join(" ");
}

// niceStep returns the smallest of 1, 2, 2.5 and 5 times a power of ten
// that is at least x.
function niceStep(x) {
  if (!(x > 0)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}

// alignedAxes returns an axis range for each value range [lo, hi] (each
// holding 0) such that all axes have as many intervals below zero, and as
// many above: their zeros, and their grid lines, fall on the same lines.
// Of the ways to split the intervals it takes the one that leaves the
// least empty room.
export function alignedAxes(ranges, intervals = 6) {
  let best = null;
  for (let below = 0; below <= intervals; below++) {
    const above = intervals - below;
    const axes = [];
    let room = 0;
    for (const [lo, hi] of ranges) {
      if ((lo < 0 && below === 0) || (hi > 0 && above === 0)) {
        room = Infinity;
        break;
      }
      const step = niceStep(Math.max(below ? -lo / below : 0, above ? hi / above : 0));
      axes.push({ min: -below * step, max: above * step, interval: step });
      room += (intervals * step) / (hi - lo || step);
    }
    if (room < Infinity && (!best || room < best.room)) best = { room, axes };
  }
  return best.axes;
}

export async function renderTimeline() {
  const st = state();
  const interval = st.get("interval") || "week";
  const [agg, dyads] = await Promise.all([
    api("aggregate", filterQuery({ interval })),
    api("dyads", filterQuery({ by: "country", limit: "12" })),
  ]);
  await nameCodes([st.get("source"), st.get("target"), st.get("actor"), ...dyads.dyads.flatMap((d) => [d.source, d.target])]);
  $("#timeline-title").textContent = dyadLabel(st);
  $("#timeline-names").textContent = dyadNames(st);
  renderRange(st);
  let coop = 0, conf = 0, gold = 0;
  const coopData = [], confData = [], goldData = [];
  let lo = 0, hi = 0, glo = 0, ghi = 0;
  for (const b of agg.buckets) {
    const c = b.by_quad[0] + b.by_quad[1], k = b.by_quad[2] + b.by_quad[3];
    const g = Math.round(b.goldstein * 10) / 10;
    coop += c; conf += k; gold += b.goldstein;
    coopData.push([b.start, c]);
    confData.push([b.start, -k]);
    goldData.push([b.start, g]);
    hi = Math.max(hi, c); lo = Math.min(lo, -k);
    ghi = Math.max(ghi, g); glo = Math.min(glo, g);
  }
  const summary = $("#timeline-summary");
  summary.textContent = `${coop + conf} events per ${interval}: ${coop} cooperation, ${conf} conflict; Goldstein sum ${Math.round(gold * 10) / 10}`;
  summary.dataset.events = String(coop + conf);
  const box = $("#timeline-chart");
  box.dataset.buckets = String(agg.buckets.length);
  const [events, goldstein] = alignedAxes([[lo, hi], [glo, ghi]]);
  const c = chart("timeline-chart");
  c.setOption({
    tooltip: { trigger: "axis", valueFormatter: (v) => esc(Math.abs(v)) },
    legend: { top: 0, data: ["cooperation", "conflict", "Goldstein"] },
    grid: { left: 50, right: 60, top: 40, bottom: 75 },
    xAxis: { type: "time" },
    yAxis: [
      Object.assign({ type: "value", name: "events", axisLabel: { formatter: (v) => Math.abs(v) } }, events),
      Object.assign({ type: "value", name: "Goldstein", splitLine: { show: false } }, goldstein),
    ],
    dataZoom: [{ type: "slider", bottom: 10 }],
    // The brush is always on (see takeGlobalCursor below): no tool buttons.
    toolbox: { show: false },
    brush: {
      xAxisIndex: 0, brushType: "lineX", brushMode: "single", transformable: false,
      brushStyle: { color: "rgba(51, 102, 204, 0.15)", borderColor: "#3366cc", borderWidth: 1 },
    },
    series: [
      { name: "cooperation", type: "bar", stack: "n", data: coopData, itemStyle: { color: QUAD_COLOURS[2] } },
      { name: "conflict", type: "bar", stack: "n", data: confData, itemStyle: { color: QUAD_COLOURS[4] } },
      { name: "Goldstein", type: "line", yAxisIndex: 1, data: goldData, itemStyle: { color: "#3366cc" }, symbolSize: 6 },
    ],
  }, true);
  // Dragging across the chart draws the brush, without choosing a tool
  // first; letting go chooses its days for every view.
  c.dispatchAction({ type: "takeGlobalCursor", key: "brush", brushOption: { brushType: "lineX", brushMode: "single" } });
  c.off("brushEnd");
  c.on("brushEnd", (p) => {
    const range = p.areas && p.areas[0] && p.areas[0].coordRange;
    if (!range) return;
    navigate(Object.assign(freshPages(), { from: day(Math.min(...range)), to: day(Math.max(...range)), article: "", event: "" }));
  });
  renderTopDyads(dyads.dyads);
}

// renderRange shows the chosen dates, with a button that lets them go.
function renderRange(st) {
  const box = $("#range");
  const from = st.get("from"), to = st.get("to");
  box.classList.toggle("hint", !from && !to);
  if (!from && !to) {
    box.replaceChildren("Drag across the chart to choose dates.");
    return;
  }
  const clear = el("button", "clear-range", "×");
  clear.type = "button";
  clear.title = "all dates";
  clear.addEventListener("click", () => navigate(Object.assign(freshPages(), { from: "", to: "" })));
  box.replaceChildren(el("span", "dates", `${from || "…"} – ${to || "…"}`), clear);
}

function renderTopDyads(dyads) {
  const list = $("#top-dyads");
  list.replaceChildren();
  for (const d of dyads) {
    const a = el("a", "", `${d.source} ↔ ${d.target} (${d.events})`);
    a.href = "#";
    a.dataset.source = d.source;
    a.dataset.target = d.target;
    const names = [actorName(d.source), actorName(d.target)];
    if (names[0] || names[1]) a.title = `${names[0] || d.source} ↔ ${names[1] || d.target}`;
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      navigate(Object.assign(freshPages(), { source: d.source, target: d.target, both: "1", view: "timeline" }));
    });
    const li = el("li");
    li.append(a);
    list.append(li);
  }
}

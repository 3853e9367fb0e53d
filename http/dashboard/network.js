// The actor network: the busiest pairs of the selection as edges, wider
// for more events and coloured by their most frequent QuadClass; a click
// lists the events of an actor or a pair.
import { api, nameCodes } from "./api.js";
import { $, QUAD_COLOURS, QUAD_NAMES, esc, withName } from "./common.js";
import { chart } from "./charts.js";
import { filterQuery, freshPages, navigate, state } from "./state.js";

export async function renderNetwork() {
  const by = state().get("by") || "country";
  const body = await api("dyads", filterQuery({ by, limit: "80" }));
  await nameCodes(body.dyads.flatMap((d) => [d.source, d.target]));
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
  const box = $("#network-chart");
  box.dataset.nodes = String(nodes.size);
  box.dataset.edges = String(links.length);
  const c = chart("network-chart");
  c.setOption({
    tooltip: {
      formatter: (p) => p.dataType === "edge"
        ? `${esc(withName(p.data.source))} → ${esc(withName(p.data.target))}: ${esc(p.data.value)} events, mostly ${esc(QUAD_NAMES[p.data.quad])}`
        : `${esc(withName(p.data.name))}: ${esc(p.data.value)} events`,
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
  c.off("click");
  c.on("click", (p) => {
    const base = Object.assign(freshPages(), { both: "", view: "events", article: "", event: "" });
    if (p.dataType === "edge") navigate(Object.assign(base, { source: p.data.source, target: p.data.target, actor: "" }));
    else navigate(Object.assign(base, { actor: p.data.name, source: "", target: "" }));
  });
}

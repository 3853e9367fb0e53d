// The world map of events per country (either side of an event), on the
// Natural Earth outline vendored from npm; a click lists a country's
// events.
import { api } from "./api.js";
import { $, esc } from "./common.js";
import { chart } from "./charts.js";
import { filterQuery, freshPages, navigate } from "./state.js";

let worldReady = null;

// world registers the outline with ECharts, each country named by its ISO
// 3166 alpha-3 code, which is how CAMEO names countries; it resolves to
// the countries' names on the map.
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

export async function renderMap() {
  const [labels, body] = await Promise.all([world(), api("countries", filterQuery())]);
  let max = 1, shown = 0;
  const data = [];
  for (const c of body.countries) {
    max = Math.max(max, c.events);
    if (labels[c.country]) shown++;
    data.push({ name: c.country, value: c.events });
  }
  $("#map-summary").textContent = `${body.countries.length} countries or actor groups; ${shown} on the map. Click a country to list its events.`;
  $("#map-chart").dataset.countries = String(shown);
  const c = chart("map-chart");
  c.setOption({
    tooltip: { formatter: (p) => `${esc(labels[p.name] || p.name)} (${esc(p.name)}): ${esc(isNaN(p.value) ? 0 : p.value)} events` },
    visualMap: { min: 0, max, calculable: true, left: 10, bottom: 20, inRange: { color: ["#e0ecf4", "#8856a7"] } },
    series: [{ type: "map", map: "world", roam: true, data, emphasis: { label: { show: false } }, itemStyle: { areaColor: "#f2f2f2", borderColor: "#aaa" } }],
  }, true);
  c.off("click");
  c.on("click", (p) => navigate(Object.assign(freshPages(), { actor: p.name, source: "", target: "", both: "", view: "events", article: "", event: "" })));
}

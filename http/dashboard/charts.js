// The ECharts instances of the page, one per chart element.
const charts = {};

export function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
  return charts[id];
}

export function resizeCharts(id) {
  for (const [k, c] of Object.entries(charts)) if (!id || k === id) c.resize();
}

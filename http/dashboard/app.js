// dyad dashboard: six views of one event query. The query lives in the
// page URL (state.js), so every view shows the same selection, and a view
// can be bookmarked or shared.
import { api } from "./api.js";
import { $, codeNames } from "./common.js";
import { hideArticle } from "./article.js";
import { renderArticles } from "./articles.js";
import { resizeCharts } from "./charts.js";
import { renderDedup } from "./dedup.js";
import { renderEvents } from "./events.js";
import { renderNetwork } from "./network.js";
import { renderTimeline } from "./timeline.js";
import { renderMap } from "./worldmap.js";
import { FILTERS, VIEWS, currentView, filterQuery, freshPages, navigate, onNavigate, state } from "./state.js";

const RENDER = {
  timeline: renderTimeline, network: renderNetwork, map: renderMap,
  events: renderEvents, dedup: renderDedup, articles: renderArticles,
};
// The views that show an article beside their table.
const WITH_ARTICLE = new Set(["events", "articles"]);

function showError(err) {
  $("#status").textContent = err ? String(err.message || err) : "";
}

function fillForm() {
  const st = state();
  const form = $("#filters");
  for (const k of FILTERS) {
    const el = form.elements[k];
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

// rendering counts renders, so that a slow one that a newer one overtook
// does not mark the page ready.
let rendering = 0;

async function render() {
  const mine = ++rendering;
  fillForm();
  const view = currentView();
  for (const a of document.querySelectorAll("#tabs a[data-view]")) a.classList.toggle("active", a.dataset.view === view);
  for (const v of VIEWS) $("#view-" + v).classList.toggle("active", v === view);
  if (!WITH_ARTICLE.has(view)) hideArticle();
  $("#csv").href = "/api/events.csv?" + filterQuery().toString();
  showError(null);
  document.body.dataset.ready = "";
  try {
    await RENDER[view]();
    resizeCharts(view + "-chart");
  } catch (err) {
    if (mine === rendering) showError(err);
  }
  if (mine === rendering) document.body.dataset.ready = view;
}

document.addEventListener("DOMContentLoaded", async () => {
  onNavigate(render);
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate(Object.assign(readForm(), freshPages(), { article: "", event: "" }));
  });
  $("#clear").addEventListener("click", () => {
    const changes = Object.assign(freshPages(), { article: "", event: "" });
    for (const k of FILTERS) changes[k] = "";
    navigate(changes);
  });
  for (const a of document.querySelectorAll("#tabs a[data-view]")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      navigate({ view: a.dataset.view, article: "", event: "" });
    });
  }
  $("#interval").addEventListener("change", (ev) => navigate({ interval: ev.target.value }));
  $("#network-by").addEventListener("change", (ev) => navigate({ by: ev.target.value }));
  $("#article-search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate({ view: "articles", aq: ev.target.elements.aq.value.trim(), apages: "", article: "", event: "" });
  });
  $("#close-article").addEventListener("click", () => navigate({ article: "", event: "" }));
  window.addEventListener("popstate", render);
  window.addEventListener("resize", () => resizeCharts());
  try {
    await loadCodes();
  } catch (err) {
    showError(err);
  }
  render();
});

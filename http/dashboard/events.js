// The event table: a page of the events the filters select, newest first;
// a row opens its article with the event highlighted.
import { api, nameCodes } from "./api.js";
import { $, emptyRow, actorCell, el, eventCell } from "./common.js";
import { articleFromURL } from "./article.js";
import { trail, renderPager } from "./pager.js";
import { filterQuery, navigate, pageSize, state, TRAILS } from "./state.js";

function eventRow(e) {
  const tr = el("tr");
  tr.dataset.id = e.id;
  tr.dataset.article = e.article;
  tr.append(
    el("td", "date", e.date),
    actorCell(el("td", "actor"), e.source),
    eventCell(el("td"), e.code, e.quad),
    actorCell(el("td", "actor"), e.target),
    el("td", "", e.plover || ""),
    el("td", "num", e.goldstein),
    el("td", "sentence", e.text),
  );
  tr.addEventListener("click", () => navigate({ article: e.article, event: e.id }));
  return tr;
}

export async function renderEvents() {
  const { cursor } = trail(TRAILS.events);
  const body = await api("events", filterQuery({ limit: pageSize(), cursor }));
  await nameCodes(body.events.flatMap((e) => [e.source, e.target]));
  const tbody = $("#event-table tbody");
  tbody.replaceChildren(...body.events.map(eventRow));
  if (!body.events.length) tbody.append(emptyRow("No events match these filters.", 7));
  renderPager("event-pager", TRAILS.events, body.next, body.events.length);
  const sel = state().get("event");
  for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("selected", tr.dataset.id === sel);
  await articleFromURL("");
}

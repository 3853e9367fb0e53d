// The deduplicated view: one row per (day, source, target, event code),
// with the number of mentions and of distinct articles, as GDELT counts
// NumMentions and NumArticles. A row lists its mentions in the event
// table.
import { api, nameCodes } from "./api.js";
import { $, emptyRow, actorCell, el, eventCell } from "./common.js";
import { trail, renderPager } from "./pager.js";
import { filterQuery, freshPages, navigate, pageSize, TRAILS } from "./state.js";

function groupRow(c) {
  const tr = el("tr");
  tr.title = "list these mentions";
  tr.append(
    el("td", "date", c.date),
    actorCell(el("td", "actor"), c.source),
    eventCell(el("td"), c.code, c.quad),
    actorCell(el("td", "actor"), c.target),
    el("td", "", c.plover || ""),
    el("td", "num", c.goldstein),
    el("td", "num mentions", c.mentions),
    el("td", "num", c.articles),
  );
  // The event filters match codes by prefix: the mentions come with those
  // of more specific codes of the same actors, if any.
  tr.addEventListener("click", () => navigate(Object.assign(freshPages(), {
    view: "events", from: c.date, to: c.date, source: c.source, target: c.target, both: "", actor: "",
    code: c.code, root: "", article: "", event: "",
  })));
  return tr;
}

export async function renderDedup() {
  const { cursor } = trail(TRAILS.dedup);
  const body = await api("dedup", filterQuery({ limit: pageSize(), cursor }));
  await nameCodes(body.events.flatMap((c) => [c.source, c.target]));
  const tbody = $("#dedup-table tbody");
  tbody.replaceChildren(...body.events.map(groupRow));
  if (!body.events.length) tbody.append(emptyRow("No events match these filters.", 8));
  renderPager("dedup-pager", TRAILS.dedup, body.next, body.events.length);
}

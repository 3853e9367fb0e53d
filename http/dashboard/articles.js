// Article search: the stored articles whose title or text has the words
// asked for (all of them), newest stored first; a row opens the article
// with the words marked.
import { api } from "./api.js";
import { $, emptyRow, el } from "./common.js";
import { articleFromURL } from "./article.js";
import { trail, renderPager } from "./pager.js";
import { navigate, pageSize, state, TRAILS } from "./state.js";

function articleRow(a) {
  const tr = el("tr");
  tr.dataset.id = a.id;
  tr.append(el("td", "date", a.published), el("td", "title", a.title || a.doc), el("td", "", a.source), el("td", "num", a.events));
  tr.addEventListener("click", () => navigate({ article: a.id, event: "" }));
  return tr;
}

export async function renderArticles() {
  const st = state();
  const search = st.get("aq") || "";
  $("#article-search").elements.aq.value = search;
  const { cursor } = trail(TRAILS.articles);
  const params = new URLSearchParams({ limit: pageSize() });
  if (search) params.set("q", search);
  if (cursor) params.set("cursor", cursor);
  const body = await api("articles", params);
  const tbody = $("#article-table tbody");
  tbody.replaceChildren(...body.articles.map(articleRow));
  if (!body.articles.length) tbody.append(emptyRow(search ? "No article has all these words." : "No articles stored.", 4));
  $("#article-table").dataset.search = search;
  renderPager("article-pager", TRAILS.articles, body.next, body.articles.length);
  const sel = st.get("article");
  for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("selected", tr.dataset.id === sel);
  await articleFromURL(search);
}

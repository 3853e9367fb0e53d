// The article panel: an article with its events, the chosen event's
// sentence with source, verb and target highlighted, and the sentence (or
// the words searched for) marked in the article's text.
import { api, actorName, nameCodes } from "./api.js";
import { $, codeNames, el } from "./common.js";
import { navigate, state } from "./state.js";

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
    const mark = el("mark", m.cls, fromUTF8.decode(bytes.slice(m.span.start, m.span.end)));
    frag.append(mark);
    at = m.span.end;
  }
  frag.append(fromUTF8.decode(bytes.slice(at, end)));
  return frag;
}

// wordSpans finds the words of a search in text, as byte spans: each word
// and what follows it of letters ("prisoner" finds "prisoners"), in any
// case, as the search itself stems and folds them.
function wordSpans(text, query) {
  const words = (query || "").match(/[\p{L}\p{N}]+/gu) || [];
  if (!words.length) return [];
  const pattern = new RegExp("(?<![\\p{L}\\p{N}])(?:" + words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")[\\p{L}\\p{N}]*", "giu");
  const spans = [];
  for (const m of text.matchAll(pattern)) {
    const start = utf8.encode(text.slice(0, m.index)).length;
    spans.push({ span: { start, end: start + utf8.encode(m[0]).length }, cls: "hit" });
  }
  return spans;
}

function actorText(code) {
  const name = actorName(code);
  return code ? (name ? `${code} (${name})` : code) : "—";
}

let shown = null;

// showArticle fills the panel with article id, the event eventID (or the
// article's first) chosen; with no event chosen and a search, the words
// found are marked instead.
export async function showArticle(id, eventID, search) {
  if (!shown || String(shown.id) !== String(id)) shown = await api("articles/" + encodeURIComponent(id));
  const a = shown;
  await nameCodes(a.events.flatMap((x) => [x.source, x.target]));
  const chosen = a.events.find((x) => String(x.id) === String(eventID));
  const e = chosen || (search ? null : a.events[0]);
  $("#article").hidden = false;
  $("#article").dataset.article = String(a.id);
  $("#article-title").textContent = a.title || a.doc;
  const meta = $("#article-meta");
  meta.replaceChildren([a.published, a.source, a.dateline, a.doc].filter(Boolean).join(" · "));
  if (/^https?:\/\//i.test(a.url)) {
    const link = el("a", "", "original");
    link.href = a.url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    meta.append(" · ", link);
  }
  const bytes = utf8.encode(a.text);
  const sentence = $("#sentence");
  sentence.replaceChildren();
  delete sentence.dataset.event;
  const text = $("#article-text");
  if (e) {
    $("#event-line").textContent = `${e.date}  ${actorText(e.source)} → ${actorText(e.target)}  ${e.code} ${codeNames[e.code] || ""} (${e.plover || "no PLOVER type"}, Goldstein ${e.goldstein})`;
    const marks = [{ span: e.source_span, cls: "src" }, { span: e.verb_span, cls: "verb" }, { span: e.target_span, cls: "tgt" }];
    const ss = e.sentence_span;
    if (ss && ss.end > ss.start) {
      sentence.append(highlighted(bytes, ss.start, ss.end, marks));
      text.replaceChildren(highlighted(bytes, 0, bytes.length, [{ span: ss, cls: "current" }]));
    } else {
      sentence.textContent = e.text;
      text.replaceChildren(a.text);
    }
    sentence.hidden = false;
    sentence.dataset.event = e.id;
    $("#hit-legend").hidden = true;
  } else {
    $("#event-line").textContent = a.events.length
      ? `${a.events.length} events coded from this article: choose one below.`
      : "No events were coded from this article.";
    sentence.hidden = true;
    const hits = wordSpans(a.text, search);
    text.replaceChildren(highlighted(bytes, 0, bytes.length, hits));
    text.dataset.hits = String(hits.length);
    $("#hit-legend").hidden = hits.length === 0;
  }
  const list = $("#article-events");
  list.replaceChildren();
  for (const x of a.events) {
    const li = el("li", "", `${actorText(x.source)} → ${actorText(x.target)} ${x.code} ${codeNames[x.code] || ""}: “${x.verb_text}”`);
    li.classList.toggle("selected", Boolean(e) && x.id === e.id);
    li.dataset.id = x.id;
    li.addEventListener("click", () => navigate({ article: a.id, event: x.id }, true));
    list.append(li);
  }
}

export function hideArticle() {
  $("#article").hidden = true;
}

// articleFromURL shows the article the URL names, if any.
export async function articleFromURL(search) {
  const id = state().get("article");
  if (id) await showArticle(id, state().get("event"), search);
  else hideArticle();
}

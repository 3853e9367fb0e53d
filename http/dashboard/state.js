// The page URL is the state: the filters every view shares, the view, and
// each view's own settings (interval, network nodes, page trail, article).
// A view can be bookmarked, shared, reloaded, and Back goes where it was.

export const FILTERS = ["from", "to", "source", "target", "both", "actor", "code", "root", "quad", "plover", "q"];
export const VIEWS = ["timeline", "network", "map", "events", "dedup", "articles"];
// The page trails of the paged views: the cursors of the pages before the
// one shown, so that Newer and a reload work without a server session.
export const TRAILS = { events: "epages", dedup: "dpages", articles: "apages" };

let renderer = () => {};

export function onNavigate(fn) {
  renderer = fn;
}

export function state() {
  return new URLSearchParams(location.search);
}

// filterQuery returns the shared filters of the URL as API parameters,
// with extra ones added.
export function filterQuery(extra) {
  const st = state();
  const q = new URLSearchParams();
  for (const k of FILTERS) {
    const v = st.get(k);
    if (v) q.set(k, v);
  }
  for (const [k, v] of Object.entries(extra || {})) {
    if (v !== "" && v !== undefined && v !== null) q.set(k, v);
  }
  return q;
}

// navigate changes the URL (a new history entry unless replace) and
// renders the page for it.
export function navigate(changes, replace) {
  const st = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === "" || v === null || v === undefined) st.delete(k);
    else st.set(k, v);
  }
  const url = "?" + st.toString();
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  renderer();
}

// freshPages returns the changes that send every paged view back to its
// first page: for a new selection.
export function freshPages() {
  const changes = {};
  for (const k of Object.values(TRAILS)) changes[k] = "";
  return changes;
}

export function currentView() {
  const v = state().get("view");
  return VIEWS.includes(v) ? v : "timeline";
}

// pageSize is the rows per page of the paged views.
export const PAGE_SIZES = ["10", "25", "50", "100", "200"];

export function pageSize() {
  const s = state().get("size");
  return PAGE_SIZES.includes(s) ? s : "50";
}

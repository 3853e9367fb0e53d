// A pager for the views that page with cursors: Newer, Older and First,
// the page number and the rows shown. The cursors of the pages before the
// current one are kept in the URL (see TRAILS), so paging back needs no
// request to remember anything.
import { $, el } from "./common.js";
import { navigate, pageSize, state, PAGE_SIZES } from "./state.js";

// trail returns the page trail of a view and the cursor of its page.
export function trail(key) {
  const t = (state().get(key) || "").split(".").filter((c) => /^[A-Za-z0-9_-]+$/.test(c));
  return { pages: t, cursor: t.length ? t[t.length - 1] : "" };
}

// renderPager draws the pager of a view into the element with id box.
export function renderPager(box, key, next, rows) {
  const { pages } = trail(key);
  const size = Number(pageSize());
  const first = pages.length * size + 1;
  const nav = $("#" + box);
  nav.replaceChildren();
  nav.dataset.page = String(pages.length + 1);
  const button = (label, cls, enabled, changes) => {
    const b = el("button", cls, label);
    b.type = "button";
    b.disabled = !enabled;
    b.addEventListener("click", () => navigate(Object.assign({ article: "", event: "" }, changes)));
    nav.append(b);
  };
  button("« First", "first", pages.length > 0, { [key]: "" });
  button("‹ Newer", "newer", pages.length > 0, { [key]: pages.slice(0, -1).join(".") });
  const label = rows ? `page ${pages.length + 1} · rows ${first}–${first + rows - 1}` : `page ${pages.length + 1} · no rows`;
  nav.append(el("span", "where", label));
  button("Older ›", "older", Boolean(next), { [key]: [...pages, next].join(".") });
  const sizes = el("select", "size");
  sizes.setAttribute("aria-label", "rows per page");
  for (const s of PAGE_SIZES) sizes.append(new Option(s + " a page", s, false, s === String(size)));
  sizes.addEventListener("change", () => navigate({ size: sizes.value, [key]: "" }));
  nav.append(sizes);
}

// What the views share: colours, CAMEO names, and small DOM helpers. Text
// from the database is only ever put into the page as text (textContent,
// text nodes) or escaped (chart tooltips), never as markup.
import { actorName } from "./api.js";

export const QUAD_COLOURS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#c51b7d" };
export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

export const $ = (sel) => document.querySelector(sel);
export const esc = (s) => echarts.format.encodeHTML(String(s));

// codeNames maps CAMEO event codes to their names, from /api/codes.
export const codeNames = {};

// el makes an element with a class and text.
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

// emptyRow is the one row of a table with nothing to show.
export function emptyRow(message, columns) {
  const tr = el("tr", "empty");
  const td = el("td", "", message);
  td.colSpan = columns;
  tr.append(td);
  return tr;
}

// actorCell fills a cell with an actor code and, below it, its name.
export function actorCell(td, code) {
  td.append(el("span", "code", code || "—"));
  const name = actorName(code);
  if (name) {
    td.append(el("span", "name", name));
    td.title = name;
  }
  return td;
}

// withName returns "USA (United States)", or the code alone.
export function withName(code) {
  const name = actorName(code);
  return name ? `${code} (${name})` : code;
}

// eventCell fills a cell with a CAMEO code and its name, edged in the
// colour of its QuadClass.
export function eventCell(td, code, quad) {
  td.className = "quad q" + quad;
  td.append(el("span", "code", code), el("span", "name", codeNames[code] || ""));
  return td;
}

// day returns the local calendar day of a time as YYYY-MM-DD: ECharts
// reads the dates of the charts as local days.
export function day(t) {
  const d = new Date(t);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

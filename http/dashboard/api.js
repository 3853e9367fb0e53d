// Talking to the API, with the loading indicator, and the names of actor
// codes (asked for once, kept for the page's life).
import { $ } from "./common.js";

let pending = 0;

function busy(delta) {
  pending += delta;
  $("#loading").hidden = pending === 0;
  document.body.toggleAttribute("data-loading", pending > 0);
}

export async function api(path, params) {
  const url = "/api/" + path + (params ? "?" + params.toString() : "");
  busy(1);
  try {
    const resp = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await resp.json().catch(() => ({}));
    if (!resp.ok) throw new Error(body.error || resp.status + " " + resp.statusText);
    return body;
  } finally {
    busy(-1);
  }
}

const names = new Map(); // actor code -> name, "" when the server knows none

// nameCodes learns the names of the codes not known yet. A failure leaves
// the codes unnamed: names are a help, not the data.
export async function nameCodes(codes) {
  const want = [...new Set(codes)].filter((c) => c && /^[A-Z0-9]{1,32}$/.test(c) && !names.has(c));
  for (let i = 0; i < want.length; i += 400) {
    const chunk = want.slice(i, i + 400);
    try {
      const body = await api("actors", new URLSearchParams({ codes: chunk.join(",") }));
      for (const c of chunk) names.set(c, body.names[c] || "");
    } catch {
      for (const c of chunk) names.set(c, "");
    }
  }
}

export function actorName(code) {
  return names.get(code) || "";
}

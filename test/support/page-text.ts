import type { PageContent } from "../../src/model/index.js";

/** A page's whole text, however the renderer gave it: a string, parts emitted in turn, or pieces. */
export function pageText(page: PageContent): string {
  if (typeof page === "string") return page;
  if (typeof page === "function") {
    let out = "";
    page((part) => (out += part));
    return out;
  }
  return page.map((p) => (typeof p === "string" ? p : new TextDecoder().decode(p))).join("");
}

/**
 * A relative path as a URL: each segment percent-encoded, so `#`, `?`, `%`, spaces, `:` and parentheses
 * in file names stay part of the path. `.` and `..` stay as they are.
 */
const SAFE = /^[A-Za-z0-9\-._~/]*$/;

/** Paths encoded so far: the same few thousand links come back on page after page. */
const encoded = new Map<string, string>();

export function encodePath(path: string): string {
  let known = encoded.get(path);
  if (known === undefined) {
    if (encoded.size >= 20_000) encoded.clear();
    encoded.set(path, (known = encode(path)));
  }
  return known;
}

function encode(path: string): string {
  if (SAFE.test(path)) return path;
  return path
    .split("/")
    .map((segment) =>
      segment === ".." || segment === "." ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")),
    )
    .join("/");
}

/**
 * A relative path as a URL: each segment percent-encoded, so `#`, `?`, `%`, spaces, `:` and parentheses
 * in file names stay part of the path. `.` and `..` stay as they are.
 */
const SAFE = /^[A-Za-z0-9\-._~/]*$/;

export function encodePath(path: string): string {
  if (SAFE.test(path)) return path;
  return path
    .split("/")
    .map((segment) =>
      segment === ".." || segment === "." ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")),
    )
    .join("/");
}

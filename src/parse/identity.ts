/**
 * The id and the related ids of an incident, read with a line scan and no YAML parser: a file named on the
 * command line is checked against every other id, and reading 10,000 other files whole would cost as much
 * as linting them. `null` when the front-matter is not in the plain style this scan reads; the caller
 * then parses the file.
 */
export interface Identity {
  id?: string;
  related: string[];
}

const PLAIN_ID = /^[a-z0-9-]+$/;

function scalar(raw: string): string | null {
  const value = raw.replace(/\s+#.*$/, "").trim();
  if (PLAIN_ID.test(value)) return value;
  const quoted = /^(["'])([a-z0-9-]+)\1$/.exec(value);
  return quoted ? quoted[2]! : null;
}

export function readIdentity(text: string): Identity | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return null;
  const close = text.search(/\r?\n---[ \t]*(?:\r?\n|$)/);
  if (close === -1) return null;
  const lines = text.slice(start, close).split(/\r?\n/);
  const identity: Identity = { related: [] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("id:")) {
      const id = scalar(line.slice(3));
      if (id === null) return null;
      identity.id = id;
    } else if (line.startsWith("related:")) {
      const rest = line
        .slice(8)
        .replace(/\s+#.*$/, "")
        .trim();
      if (rest.startsWith("[")) {
        if (!rest.endsWith("]")) return null;
        for (const item of rest.slice(1, -1).split(",")) {
          if (item.trim() === "") continue;
          const id = scalar(item);
          if (id === null) return null;
          identity.related.push(id);
        }
      } else if (rest === "") {
        for (; i + 1 < lines.length && /^\s+-\s/.test(lines[i + 1]!); i++) {
          const id = scalar(lines[i + 1]!.replace(/^\s+-\s/, ""));
          if (id === null) return null;
          identity.related.push(id);
        }
      } else {
        return null;
      }
    }
  }
  return identity;
}

/**
 * Text from a file shown on a terminal or in a workflow command: control characters (escape codes that
 * could rewrite what a reviewer sees, a bell, a carriage return) are shown escaped, never sent.
 */
export function visible(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

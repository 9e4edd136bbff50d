import { parseArgs } from "node:util";
import { RULES } from "../rules/index.js";
import { type Context, EXIT } from "./io.js";

export async function rulesCommand(args: readonly string[], io: Context): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { lang: { type: "string" }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.stdout.write(io.t("rules.help"));
    return EXIT.ok;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  const severity = { error: io.t("lint.severity.error"), warn: io.t("lint.severity.warning") };
  const sWidth = Math.max(severity.error.length, severity.warn.length);
  for (const rule of RULES) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${severity[rule.severity].padEnd(sWidth)}  ${io.t(`${rule.id}/description`)}\n`);
  }
  return EXIT.ok;
}

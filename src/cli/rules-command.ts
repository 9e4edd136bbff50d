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
  for (const rule of RULES) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(5)}  ${rule.description}\n`);
  }
  return EXIT.ok;
}

import { RULES } from "../rules/index.js";
import { EXIT, type MainOptions } from "./io.js";

export async function rulesCommand(_args: readonly string[], io: MainOptions): Promise<number> {
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const rule of RULES) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(5)}  ${rule.description}\n`);
  }
  return EXIT.ok;
}

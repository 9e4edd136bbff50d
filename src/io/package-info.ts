import { readFileSync } from "node:fs";

interface PackageJson {
  version: string;
}

let pkg: PackageJson | undefined;

function read(): PackageJson {
  pkg ??= JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as PackageJson;
  return pkg;
}

export function packageVersion(): string {
  return read().version;
}

/** Where the rules are documented: SARIF consumers link each rule here. */
export const HOMEPAGE = "https://www.npmjs.com/package/lessonbook";

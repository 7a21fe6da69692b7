// handlebars.js side of the template benchmark: the same template, precompiled
// (Handlebars.precompile + Handlebars.template), rendered on the same data; prints
// renders per second (median of several timed batches) as JSON.
//
//   node bench.js MODULES_DIR TEMPLATE.hbs DATA.json [SECONDS]
'use strict';
const fs = require('fs');
const path = require('path');

const [modulesDir, templatePath, dataPath, secondsArg] = process.argv.slice(2);
const Handlebars = require(path.join(modulesDir, 'node_modules', 'handlebars'));
const source = fs.readFileSync(templatePath, 'utf8');
const data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
const seconds = Number(secondsArg || 0.5);

// eslint-disable-next-line no-new-func
const spec = new Function('return ' + Handlebars.precompile(source))();
const template = Handlebars.template(spec);

let out = '';
for (let i = 0; i < 2000; i++) out = template(data); // warm up the JIT

const rates = [];
for (let batch = 0; batch < 7; batch++) {
  let renders = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < until) {
    for (let i = 0; i < 50; i++) out = template(data);
    renders += 50;
    now = process.hrtime.bigint();
  }
  rates.push(renders / (Number(now - start) / 1e9));
}
rates.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({
  engine: 'handlebars.js ' + Handlebars.VERSION,
  templateBytes: Buffer.byteLength(source),
  outputBytes: Buffer.byteLength(out),
  rendersPerSecond: Math.round(rates[3]),
  min: Math.round(rates[0]),
  max: Math.round(rates[6]),
}) + '\n');

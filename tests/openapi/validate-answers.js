// Validates recorded answers of the local server against the OpenAPI document.
// Usage: node validate-answers.js OPENAPI.json ANSWERS.json
// ANSWERS: [{"method":"get","pattern":"/v1/events/{identifier}","status":200,
//            "headers":{"X-Request-Id":"req_…",…},"body":{...}}, ...]
// Bodies are validated against the documented response's schema. Headers: every header
// the document declares on the response and marks required must be there, every header
// that is present and declared must match its schema, and a header the document
// declares somewhere (X-RateLimit-*, X-Idempotent-Replay, …) must not come on an answer
// whose documented response leaves it out.
// Prints one line per mismatch and exits 1 when there is any.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [docPath, answersPath] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(docPath, 'utf8'));
const answers = JSON.parse(fs.readFileSync(answersPath, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');

function resolve(node) {
  while (node && node.$ref) {
    const parts = node.$ref.replace(/^#\//, '').split('/');
    node = parts.reduce((n, p) => n[p], doc);
  }
  return node;
}

// Component refs point into the registered "openapi" schema.
function rebase(schema) {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
}

// Every header name the document declares on any response, lower-cased.
const declaredAnywhere = new Set();
function collectHeaders(response) {
  for (const name of Object.keys(resolve(response).headers || {})) declaredAnywhere.add(name.toLowerCase());
}
for (const r of Object.values(doc.components.responses || {})) collectHeaders(r);
for (const item of Object.values(doc.paths)) {
  for (const op of Object.values(item)) for (const r of Object.values(op.responses || {})) collectHeaders(r);
}

const headerValidators = new Map();
function checkHeaders(where, response, sent) {
  if (!sent) return;
  const got = new Map(Object.entries(sent).map(([k, v]) => [k.toLowerCase(), v]));
  const declared = new Map(Object.entries(response.headers || {}).map(([k, v]) => [k.toLowerCase(), [k, resolve(v)]]));
  for (const [lower, [name, header]] of declared) {
    const value = got.get(lower);
    if (value === undefined) {
      if (header.required) problems.push(`${where}: required header ${name} missing`);
      continue;
    }
    const schema = header.schema || {};
    const typed = schema.type === 'integer' || schema.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) : value;
    const key = JSON.stringify(schema);
    if (!headerValidators.has(key)) headerValidators.set(key, ajv.compile(rebase(schema)));
    const validate = headerValidators.get(key);
    if (!validate(typed)) problems.push(`${where}: header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`);
    headersChecked++;
  }
  for (const [lower, value] of got) {
    if (declaredAnywhere.has(lower) && !declared.has(lower))
      problems.push(`${where}: sends ${lower}: ${value}, which the document does not declare on this response`);
  }
}

let headersChecked = 0;
const problems = [];
const covered = new Set();
for (const a of answers) {
  const where = `${a.method.toUpperCase()} ${a.pattern} → ${a.status}`;
  const item = doc.paths[a.pattern];
  const op = item && item[a.method];
  if (!op && a.status === 405 && item) {
    // A documented path asked with another method: the Error envelope, with Allow.
    const validate = ajv.compile(rebase({ $ref: '#/components/schemas/Error' }));
    if (!validate(a.body)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    checkHeaders(where, resolve({ $ref: '#/components/responses/E405' }), a.headers);
    continue;
  }
  if (!op) { problems.push(`${where}: no such operation in the document`); continue; }
  covered.add(`${a.method} ${a.pattern}`);
  const response = resolve(op.responses[String(a.status)] || op.responses.default);
  if (!response) { problems.push(`${where}: status not documented`); continue; }
  checkHeaders(where, response, a.headers);
  const media = response.content && response.content['application/json'];
  if (!media) {
    if (a.body !== null && a.body !== undefined) problems.push(`${where}: documented without a body`);
    continue;
  }
  const validate = ajv.compile(rebase(media.schema));
  if (!validate(a.body)) {
    problems.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(a.body).slice(0, 300)}`);
  }
}
for (const [path, item] of Object.entries(doc.paths)) {
  for (const method of Object.keys(item)) {
    if (!covered.has(`${method} ${path}`)) problems.push(`${method.toUpperCase()} ${path}: never exercised by the test`);
  }
}
for (const p of problems) console.log(p);
console.log(`${answers.length} answers and ${headersChecked} headers checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);

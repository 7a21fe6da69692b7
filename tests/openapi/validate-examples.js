// Checks the examples of the OpenAPI document against the document itself.
// Usage: node validate-examples.js OPENAPI.json
// The request body of every operation and webhook (when it takes one) and every one
// of its responses must carry at least one example per media type (`example`, or
// `examples` whose entries may be $refs to components/examples); every example must
// validate against the schema beside it. An Error example must carry a code the server answers with
// that status, and a send answer that sent nothing the status of its first error
// (localserver/apiresponse.cpp, httpStatus). Header and parameter examples are
// validated against their schemas too.
// Prints one line per problem and exits 1 when there is any.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [docPath] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(docPath, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');

function resolve(node) {
  while (node && node.$ref) {
    const parts = node.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = parts.reduce((n, p) => (n === undefined ? undefined : n[p]), doc);
    if (node === undefined) throw new Error(`unresolved reference`);
  }
  return node;
}

// Component refs point into the registered "openapi" schema.
function rebase(schema) {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
}

const validators = new Map();
function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!validators.has(key)) validators.set(key, ajv.compile(rebase(schema)));
  return validators.get(key);
}

// The status each error code is answered with (httpStatus in localserver/apiresponse.cpp;
// a 415 carries VALIDATION_ERROR).
const statusOfCode = {
  VALIDATION_ERROR: [400, 415], MISSING_IDENTIFIER: [400], INTEGRATION_MISSING: [400], UNVERIFIED_SENDER: [400],
  INVALID_EMAIL: [400], INVALID_PHONE: [400], UNAUTHORIZED: [401], QUOTA_EXCEEDED: [402], FORBIDDEN: [403],
  ADDON_NOT_ENABLED: [403], NOT_FOUND: [404], EVENT_NOT_FOUND: [404], METHOD_NOT_ALLOWED: [405], CONFLICT: [409],
  IDEMPOTENCY_IN_PROGRESS: [409], PAYLOAD_TOO_LARGE: [413], IDEMPOTENCY_KEY_REUSED: [422], RATE_LIMITED: [429],
  SERVER_ERROR: [500], PROVIDER_ERROR: [502],
};

const problems = [];
let checked = 0;

// The examples of a media type (or a parameter, or a header) as [name, value] pairs.
function examplesOf(holder) {
  const found = [];
  if (holder.example !== undefined) found.push(['example', holder.example]);
  for (const [name, entry] of Object.entries(holder.examples || {})) {
    const example = resolve(entry);
    if (example.value !== undefined) found.push([name, example.value]);
    else if (example.externalValue === undefined) problems.push(`examples.${name} has no value`);
  }
  return found;
}

function checkExamples(where, holder, schema, status) {
  const found = examplesOf(holder);
  for (const [name, value] of found) {
    checked++;
    const validate = validatorFor(schema || {});
    if (!validate(value)) {
      problems.push(`${where} (${name}): ${ajv.errorsText(validate.errors)}`);
      continue;
    }
    if (status === undefined || value === null || typeof value !== 'object') continue;
    let code;
    if (value.success === false && typeof value.code === 'string') code = value.code;
    else if (value.success === false && Array.isArray(value.errors) && value.errors.length) code = value.errors[0].code;
    if (code !== undefined && !(statusOfCode[code] || []).includes(Number(status)))
      problems.push(`${where} (${name}): the server answers ${code} with ${statusOfCode[code]}, not ${status}`);
  }
  return found.length;
}

function checkMedia(where, content, status) {
  for (const [type, media] of Object.entries(content || {})) {
    if (!checkExamples(`${where} ${type}`, media, media.schema, status)) problems.push(`${where} ${type}: no example`);
  }
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
let operations = 0;
const walked = [...Object.entries(doc.paths), ...Object.entries(doc.webhooks || {}).map(([name, item]) => [`webhook ${name}`, item])];
for (const [path, item] of walked) {
  for (const method of methods) {
    const op = item[method];
    if (!op) continue;
    operations++;
    const where = `${method.toUpperCase()} ${path}`;
    for (const p of [...(item.parameters || []), ...(op.parameters || [])].map(resolve))
      checkExamples(`${where} parameter ${p.name}`, p, p.schema);
    if (op.requestBody) {
      const body = resolve(op.requestBody);
      if (!body.content || !Object.keys(body.content).length) problems.push(`${where} request body: no media type`);
      checkMedia(`${where} request body`, body.content);
    }
    for (const [status, ref] of Object.entries(op.responses || {})) {
      const response = resolve(ref);
      if (!response.content) continue; // no body, nothing to show
      checkMedia(`${where} → ${status}`, response.content, /^\d{3}$/.test(status) ? status : undefined);
    }
  }
}
for (const [name, ref] of Object.entries(doc.components.headers || {})) {
  const header = resolve(ref);
  if (!checkExamples(`components/headers/${name}`, header, header.schema)) problems.push(`components/headers/${name}: no example`);
}

for (const p of problems) console.log(p);
console.log(`${operations} operations, ${checked} examples checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);

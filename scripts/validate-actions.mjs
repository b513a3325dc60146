// Validates action.yml, every workflow in .github/workflows and every workflow the README shows
// against the schemas that @action-validator/core (a WebAssembly build, installed from the
// registry like any package) ships, and checks that each step running this action (`uses: ./`, or
// the README's `your-org/extids@…`) passes only inputs action.yml declares. Exit 1 naming each
// file and what is wrong with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const WORKFLOWS = '.github/workflows';

/**
 * `runs.using` values GitHub runs a JavaScript action on (docs.github.com, "Metadata syntax for
 * GitHub Actions"; node24 since 2025, node20 deprecated). The schema @action-validator 0.6.0
 * ships predates node24, so this script checks `using` itself and lets the schema see node20.
 */
const USING = ['node20', 'node24'];

const INPUTS = new Set(Object.keys(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs));
const THIS_ACTION = /^(\.\/?|your-org\/extids@.*)$/;

/** `with:` keys this action does not declare, in every job's steps that use it. */
function unknownInputs(workflow) {
  const out = [];
  for (const [name, job] of Object.entries(workflow?.jobs ?? {}))
    for (const step of job?.steps ?? [])
      if (THIS_ACTION.test(step?.uses ?? ''))
        for (const key of Object.keys(step.with ?? {}))
          if (!INPUTS.has(key)) out.push(`jobs.${name}: input "${key}" is not in action.yml`);
  return out;
}

function problems(file, text = readFileSync(join(ROOT, file), 'utf8')) {
  const out = [];
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  if (isAction) {
    const using = /^\s+using:\s*['"]?([\w-]+)/m.exec(text)?.[1];
    if (using?.startsWith('node') && !USING.includes(using))
      out.push(`runs.using is "${using}"; GitHub runs ${USING.join(' or ')}`);
    text = text.replace(/^(\s+using:\s*['"]?)node24\b/m, '$1node20');
  }
  const r = isAction ? validateAction(text) : validateWorkflow(text);
  for (const e of r.errors) out.push(describe(e));
  if (!isAction) out.push(...unknownInputs(parse(text)));
  return out;
}

function describe(e) {
  const where = e.path ?? (e.location ? `line ${e.location.line}` : '');
  const inner = (e.states ?? []).flatMap((s) => s.errors.map(describe));
  return `${where ? `${where}: ` : ''}${e.title}${e.detail ? ` (${e.detail})` : ''}${inner.length ? ` — one of: ${inner.join('; ')}` : ''}`;
}

const files = [
  'action.yml',
  ...readdirSync(join(ROOT, WORKFLOWS))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${WORKFLOWS}/${f}`),
];
// The README's workflows, which people copy: every ```yaml block with `jobs:`.
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
  .filter((m) => /^jobs:/m.test(m[1]))
  .map((m) => ({
    name: `README.md:${readme.slice(0, m.index).split('\n').length + 1}`,
    text: m[1],
  }));

let failed = 0;
for (const { name: file, text } of [...files.map((name) => ({ name })), ...examples]) {
  const found = problems(file, text);
  if (found.length === 0) console.log(`ok ${file}`);
  else {
    failed++;
    for (const p of found) console.error(`${file}: ${p}`);
  }
}
process.exit(failed ? 1 : 0);

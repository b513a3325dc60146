// The least any Node pre-commit hook can do, timed beside extids's hook in `npm run bench` so its
// ratio to `node -e 0` can be read against what is possible at all on the machine.
//   node hook-floor.cjs none  ask git what is staged (what the hook does when nothing concerns it)
//   node hook-floor.cjs one   for one new staged task: read the staged state from git, give the task
//                             two IDs, write the task and both state files (fsync'd, renamed) and
//                             restage them. No lock, no check, no duplicate search: not a hook
//                             anyone should run, only its unavoidable I/O.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const staged = spawnSync('git', ['diff', '--cached', '--name-status', '-z', '--no-renames'], {
  encoding: 'utf8',
}).stdout.split('\0');
if (process.argv[2] === 'one') {
  const task = staged.find((p) => p.endsWith('.md'));
  const files = [
    '.claude/state/external_id_mapping.json',
    '.claude/state/external_id_counters.json',
    task,
  ];
  const git = spawn('git', ['cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out = [];
  git.stdout.on('data', (d) => out.push(d));
  git.stdin.end(files.map((f) => `:${f}\n`).join(''));
  git.on('close', () => {
    const buf = Buffer.concat(out);
    const texts = [];
    for (let i = 0, at = 0; i < files.length; i++) {
      const nl = buf.indexOf(10, at);
      const size = Number(buf.toString('latin1', at, nl).split(' ')[2]);
      texts.push(buf.toString('utf8', nl + 1, nl + 1 + size));
      at = nl + 2 + size;
    }
    const mapping = JSON.parse(texts[0]);
    const counters = JSON.parse(texts[1]);
    const id = /^id: (.*)$/m.exec(texts[2])[1];
    const github = ++counters.counters.github;
    const jira = ++counters.counters.jira.PROJ;
    mapping.mappings[id] = { github: String(github), jira: `PROJ-${jira}` };
    const sorted = {};
    for (const k of Object.keys(mapping.mappings).sort()) sorted[k] = mapping.mappings[k];
    mapping.mappings = sorted;
    const write = (file, text) => {
      const tmp = `${file}.tmp`;
      const fd = fs.openSync(tmp, 'w');
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(tmp, file);
    };
    write(
      task,
      texts[2].replace(
        '---\n',
        `---\nexternal_ids:\n  github: "${github}"\n  jira: PROJ-${jira}\n`,
      ),
    );
    write(files[0], JSON.stringify(mapping, null, 2));
    write(files[1], JSON.stringify(counters, null, 2));
    spawnSync('git', ['update-index', '--add', '--', ...files]);
  });
}

// `npm pack` / `npm publish` lifecycle. prepack: build what the package ships (lib/core, from a clean
// lib/), then strip `"prepare": "husky"` from the packed manifest (npm would list it as an install
// script for consumers to approve; it only sets up this checkout's own hooks). postpack
// (`--restore`) puts package.json back byte for byte. When npm exits without running postpack (a
// pack that failed after prepack), a guard process started here restores it: package.json is never
// left modified.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest = join(root, 'package.json');
const saved = join(
  tmpdir(),
  `extids-prepack-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.json`,
);

function restore() {
  if (!existsSync(saved)) return;
  writeFileSync(manifest, readFileSync(saved));
  unlinkSync(saved);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** The npm process running this lifecycle script: the nearest ancestor whose command is npm. */
function npmPid() {
  let pid = process.ppid;
  for (let i = 0; i < 5 && pid > 1; i++) {
    const [ppid, ...args] = execFileSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/);
    if (/(^|\/)npm(-cli\.js)?$/.test(args[0]) || args.some((a) => /(^|\/)npm(-cli\.js)?$/.test(a)))
      return pid;
    pid = Number(ppid);
  }
  return process.ppid;
}

const [mode, arg] = process.argv.slice(2);
if (mode === '--restore') {
  restore();
} else if (mode === '--guard') {
  const pid = Number(arg);
  const timer = setInterval(() => {
    if (!existsSync(saved)) return clearInterval(timer); // postpack restored it
    if (!alive(pid)) {
      clearInterval(timer);
      restore();
    }
  }, 100);
} else {
  restore(); // a guard that could not run (the machine went down mid-pack) left its copy
  rmSync(join(root, 'lib'), { recursive: true, force: true });
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
    cwd: root,
  });
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  if (pkg.scripts?.prepare !== undefined) {
    writeFileSync(saved, text);
    const guard = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--guard', String(npmPid())],
      {
        detached: true,
        stdio: 'ignore',
      },
    );
    guard.unref();
    delete pkg.scripts.prepare;
    writeFileSync(manifest, JSON.stringify(pkg, null, 2) + '\n');
  }
}

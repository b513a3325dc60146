"""A faithful model of the reference implementation assigning external IDs, for `npm run bench`.

It follows the seed plan (../shared/seeds): ExternalIDMapper persists after every change, so each
counter increment calls save_counters and each new mapping calls save_mappings, and every save is
_atomic_write: copy the old file to .bak, json.dump(indent=2, sort_keys=True) to a temp file,
flush, fsync, os.replace, all under an fcntl lock file. Task files are read with yaml.safe_load
and their frontmatter written back (a plain write, as the reference's task tools do).

usage: python3 bench/reference_model.py ROOT TOOLS   (TOOLS like github,jira:PROJ)
"""
import fcntl
import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import yaml

root = Path(sys.argv[1])
tools = [t.split(':') for t in sys.argv[2].split(',')]
state = root / '.claude' / 'state'


@contextmanager
def file_lock(path):
    with open(path.with_suffix(path.suffix + '.lock'), 'w') as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def atomic_write(path, data):
    if path.exists():
        shutil.copy2(path, path.with_suffix(path.suffix + '.bak'))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix='.tmp_', suffix='.json')
    with os.fdopen(fd, 'w') as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def save(name, key, value):
    path = state / name
    data = {'version': '1.0', 'updated': datetime.now(timezone.utc).isoformat(), key: value}
    with file_lock(path):
        atomic_write(path, data)


def load(name, key):
    path = state / name
    with file_lock(path):
        with open(path) as f:
            return json.load(f)[key]


mappings = load('external_id_mapping.json', 'mappings')
counters = load('external_id_counters.json', 'counters')
assigned = 0
for path in sorted((root / 'tasks').rglob('*.md')):
    text = path.read_text()
    if not text.startswith('---\n'):
        continue
    end = text.index('\n---', 4)
    front = yaml.safe_load(text[4:end]) or {}
    task_id = front.get('id')
    ids = front.get('external_ids') or {}
    if not task_id or all(ids.get(tool) for tool, *_ in tools):
        continue
    for tool, *key in tools:
        if ids.get(tool):
            continue
        # increment_counter, then save_counters; map_to_external, then save_mappings
        if key:
            counters[tool][key[0]] = counters[tool].get(key[0], 0) + 1
            external = f'{key[0]}-{counters[tool][key[0]]}'
        else:
            counters[tool] += 1
            external = str(counters[tool])
        save('external_id_counters.json', 'counters', counters)
        mappings.setdefault(task_id, {})[tool] = external
        save('external_id_mapping.json', 'mappings', mappings)
        ids[tool] = external
        assigned += 1
    front['external_ids'] = ids
    path.write_text('---\n' + yaml.safe_dump(front, sort_keys=False) + text[end + 1:])
print(assigned)

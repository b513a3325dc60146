/**
 * Who is older, for the one rule that settles a duplicated external ID: the task created first
 * keeps it. Age is the task's `created:` date, then the first commit that added its file, then
 * ID order. Repair reads ages from the work tree; the merge driver from the two commits it merges.
 */
import { Git } from './git.js';
import { readTaskText, type TaskRecord } from './tasks.js';

export interface TaskAge {
  /** Milliseconds since the epoch of the frontmatter `created:` date. */
  created?: number;
  /** Milliseconds since the epoch of the first commit that added the task's file. */
  added?: number;
  /** Already in the mapping file before this run: when no date decides, the record stands. */
  recorded?: boolean;
}

/** Orders internal IDs oldest first. */
export type Seniority = (a: string, b: string) => number;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order from each task's age, looked up once per ID; an unknown age sorts last. */
export function seniorityOf(ageOf: (id: string) => TaskAge | undefined): Seniority {
  const cache = new Map<string, TaskAge>();
  const age = (id: string) => {
    let a = cache.get(id);
    if (!a) cache.set(id, (a = ageOf(id) ?? {}));
    return a;
  };
  const cmp = (x: number | undefined, y: number | undefined) =>
    x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x - y;
  return (a, b) => {
    const p = age(a);
    const q = age(b);
    const recorded = (p.recorded ? 0 : 1) - (q.recorded ? 0 : 1);
    return cmp(p.created, q.created) || cmp(p.added, q.added) || recorded || byId(a, b);
  };
}

const createdMs = (t: TaskRecord | undefined): number | undefined => {
  const ms = t?.created ? Date.parse(t.created) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/**
 * Ages of the tasks in the work tree; git is asked about first commits only when needed.
 * `recorded` says which IDs the mapping file already held (the tie-break before ID order).
 */
export function seniorityFromTasks(
  root: string,
  tasks: TaskRecord[],
  recorded: (id: string) => boolean = () => false,
): Seniority {
  const files = new Map<string, TaskRecord[]>();
  for (const t of tasks) if (t.id !== undefined) files.set(t.id, [...(files.get(t.id) ?? []), t]);
  let added: Map<string, number> | undefined;
  return seniorityOf((id) => {
    const copies = files.get(id) ?? [];
    const created = oldest(copies.map(createdMs));
    if (created !== undefined || copies.length === 0) return { created, recorded: recorded(id) };
    added ??= new Git(root).firstAdded(tasks.map((t) => t.file));
    return { added: oldest(copies.map((t) => added!.get(t.file))), recorded: recorded(id) };
  });
}

/**
 * Ages of tasks as the given commits have them (a merge: HEAD and MERGE_HEAD), for code that runs
 * before the work tree holds the merged files. Finds each task's file with `git grep` on the trees.
 */
export function seniorityFromCommits(root: string, revs: string[], tasksRel: string): Seniority {
  const git = new Git(root);
  return seniorityOf((id) => {
    const ages: TaskAge[] = [];
    for (const rev of revs)
      for (const file of git.idFiles(rev, [id], tasksRel)) {
        const text = git.show(rev, file);
        const rec = text === undefined ? undefined : readTaskText(text, file, file);
        if (rec?.id !== id) continue;
        const created = createdMs(rec);
        ages.push(
          created !== undefined ? { created } : { added: git.firstAdded([file], rev).get(file) },
        );
      }
    return {
      created: oldest(ages.map((a) => a.created)),
      added: oldest(ages.map((a) => a.added)),
    };
  });
}

function oldest(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.min(...known) : undefined;
}

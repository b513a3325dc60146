/**
 * Intents to create tracker items, recorded on the git remote before the first create, where
 * every other run (another CI job, a laptop) sees them. They live on a dedicated ref,
 * `refs/extids/intents` (a commit holding intents.json), not on the branch: the branch's history
 * stays the team's, and recording an intent never races with people's pushes. A push is made
 * without force, so when two runs record at once one is rejected, fetches, and sees the other's.
 *
 * An intent is a short lease (DEFAULT_LEASE_MS) that its live run renews while it works
 * (`Lease.ready`, before each create): a run may create the item only while its lease holds. A
 * run that meets a live intent of another run leaves that task alone; an expired one (its run was
 * killed, or lost its disk with the CI job) is taken over: the new run looks the marker up in the
 * tracker first and adopts what it finds. A run that ends in any handled way releases what it
 * never started (`Lease.release`); an intent is removed once the item's number is on the branch.
 */
import { isoStamp } from '../canonical.js';
import { ExtidsError } from '../findings.js';
import type { Git } from '../git.js';

export const INTENTS_REF = 'refs/extids/intents';
const LOCAL_REF = 'refs/extids/fetched-intents';
const FILE = 'intents.json';

export interface Intent {
  /** The run that may create the item. */
  run: string;
  /** When that run started (ISO); absent in intents written before it was recorded. */
  started?: string;
  /** When the intent was recorded (ISO): a lookup of the marker starts a little before. */
  since: string;
  /** When the run last renewed its lease (ISO); absent: never since `since`. */
  heard?: string;
  /** The end of the lease (ISO). */
  expires: string;
  /**
   * The hash of what the run's create sends (content.ts `contentHash`): a run that adopts the
   * item by its marker records it as what extids last sent, so the next run re-sends nothing.
   */
  sent?: string;
}

/**
 * How long an intent holds unless its run renews it: long enough for one request and its
 * time-out (30 s by default), short enough that a killed run's tasks wait only about a minute.
 */
export const DEFAULT_LEASE_MS = 60_000;

/** A request is sent only if it would time out this long before the lease ends. */
export const SEND_MARGIN_MS = 1000;

/** Whether an intent holds at `nowMs` (its run may still be creating the item). */
export const holds = (i: Intent, nowMs: number): boolean => Date.parse(i.expires) > nowMs;

/** What is known of the run holding an intent, for the person whose run leaves the task alone. */
export const holderText = (i: Intent): string =>
  `held by a sync run that started at ${i.started ?? i.since}, not heard from since ${i.heard ?? i.since}; if that run is gone, the next run after ${i.expires} takes it over`;

export type Intents = Record<string, Intent>;

/** The identity intents are committed with where git has none configured. */
const IDENTITY = { name: 'extids', email: 'extids@users.noreply.github.com' };

export interface IntentsSnapshot {
  /** The remote's commit, the parent of the next push (undefined: the ref does not exist yet). */
  head?: string;
  intents: Intents;
}

/** The intents on the remote now. */
export function fetchIntents(git: Git, remote: string): IntentsSnapshot {
  if (!git.fetchRef(remote, INTENTS_REF, LOCAL_REF))
    return { intents: Object.create(null) as Intents };
  const head = git.run(['rev-parse', LOCAL_REF]).trim();
  const text = git.show(head, FILE);
  const intents = Object.create(null) as Intents;
  try {
    const parsed = JSON.parse(text ?? '{}') as { intents?: Intents };
    if (parsed.intents && typeof parsed.intents === 'object')
      for (const [key, intent] of Object.entries(parsed.intents))
        intents[key.includes(':') ? key : `github:${key}`] = intent; // 1.0 knew GitHub only
  } catch {
    /* a damaged intents file is replaced by the next push; its tasks are looked up by marker */
  }
  return { head, intents };
}

/**
 * Pushes `intents` on top of `base.head`. 'rejected' when another run pushed since `base` was
 * fetched: fetch again, look again.
 */
export function pushIntents(
  git: Git,
  remote: string,
  base: IntentsSnapshot,
  intents: Intents,
  message: string,
): 'pushed' | 'rejected' {
  const sorted = Object.fromEntries(Object.entries(intents).sort(([a], [b]) => (a < b ? -1 : 1)));
  // 2.0: keyed by `tool:task` (1.0 knew GitHub only and keyed by task; read as github's).
  const text = `${JSON.stringify({ intents: sorted, version: '2.0' }, null, 2)}\n`;
  const sha = git.commitFiles({ [FILE]: text }, base.head, message, IDENTITY);
  return git.pushUnlessMoved(remote, `${sha}:${INTENTS_REF}`);
}

export interface Claim {
  /** Tasks this run now holds. */
  mine: string[];
  /**
   * Tasks taken over from a run whose lease ended: task → that run's intent (its `sent`: what that
   * run's create sent, where known).
   */
  taken: Map<string, Intent>;
  /** Tasks another live run holds: left to it. */
  held: Map<string, Intent>;
}

export interface LeaseOptions {
  git: Git;
  remote: string;
  /** This run's id. */
  run: string;
  /** When this run started. */
  started: Date;
  /** How long an intent holds without renewal (default DEFAULT_LEASE_MS). */
  leaseMs?: number;
  now: () => Date;
  /** Pushes raced by other runs are tried again up to this many times. */
  attempts?: number;
}

/**
 * This run's intents on the remote: claimed once, renewed while the run works, released at its
 * end. Every change is a push without force on top of what was fetched, so two runs never both
 * believe they hold a task.
 */
export class Lease {
  readonly ms: number;
  /** The tasks this run holds, each with the `since` of its intent. */
  private readonly mine = new Map<string, string>();
  /** When the intents this run holds end (epoch ms); 0 before the claim. */
  private expiresAt = 0;

  constructor(private readonly o: LeaseOptions) {
    this.ms = o.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Whether a fresh lease outlasts a request that may take `requestMs` (else none is sent). */
  covers(requestMs: number): boolean {
    return this.ms > requestMs + SEND_MARGIN_MS;
  }

  /** The tasks this run holds now. */
  get tasks(): string[] {
    return [...this.mine.keys()];
  }

  private intent(since: string, t: Date): Intent {
    return {
      run: this.o.run,
      started: isoStamp(this.o.started),
      since,
      heard: isoStamp(t),
      expires: isoStamp(new Date(t.getTime() + this.ms)),
    };
  }

  /**
   * Records this run's intent for each of `tasks` that no other live run holds; `done(task)`
   * says a task's number already reached the branch (its leftover intent is dropped); `sent(task)`
   * is the hash of what this run's create will send. Throws SYNC_REFUSED when other runs keep
   * pushing first.
   */
  claim(
    tasks: string[],
    done: (task: string) => boolean,
    sent: (task: string) => string | undefined = () => undefined,
  ): Claim {
    for (let attempt = 1; ; attempt++) {
      const base = fetchIntents(this.o.git, this.o.remote);
      const next: Intents = Object.assign(Object.create(null) as Intents, base.intents);
      for (const task of Object.keys(next)) if (done(task)) delete next[task];
      const t = this.o.now();
      const claim: Claim = { mine: [], taken: new Map(), held: new Map() };
      for (const task of tasks) {
        const was = base.intents[task];
        if (was && was.run !== this.o.run && holds(was, t.getTime())) {
          claim.held.set(task, was);
          continue;
        }
        if (was) claim.taken.set(task, was);
        const hash = sent(task);
        next[task] = { ...this.intent(isoStamp(t), t), ...(hash && { sent: hash }) };
        claim.mine.push(task);
      }
      if (claim.mine.length === 0) return claim;
      const message = `extids sync: intend ${claim.mine.length}`;
      if (pushIntents(this.o.git, this.o.remote, base, next, message) === 'pushed') {
        for (const task of claim.mine) this.mine.set(task, next[task]!.since);
        this.expiresAt = t.getTime() + this.ms;
        return claim;
      }
      if (attempt >= (this.o.attempts ?? 8))
        throw new ExtidsError(
          'SYNC_REFUSED',
          `other sync runs keep recording intents on ${this.o.remote}; try again in a minute`,
        );
    }
  }

  /**
   * Pushes a later end for every intent this run still holds. A task whose intent is no longer
   * this run's (its lease ended and another run took it over, or it was recorded) is dropped:
   * this run must not create it. False when the renewal could not be pushed.
   */
  renew(): boolean {
    for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
      let base: IntentsSnapshot;
      try {
        base = fetchIntents(this.o.git, this.o.remote);
      } catch {
        return false;
      }
      const next: Intents = Object.assign(Object.create(null) as Intents, base.intents);
      const t = this.o.now();
      for (const [task, since] of [...this.mine]) {
        const was = base.intents[task];
        if (was?.run !== this.o.run) this.mine.delete(task);
        else next[task] = { ...was, ...this.intent(since, t) };
      }
      if (this.mine.size === 0) return true;
      let pushed: 'pushed' | 'rejected';
      try {
        pushed = pushIntents(this.o.git, this.o.remote, base, next, 'extids sync: renew');
      } catch {
        return false;
      }
      if (pushed === 'pushed') {
        this.expiresAt = t.getTime() + this.ms;
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a request that may take `requestMs` can be sent for `task` now and be answered
   * before this run's lease ends: renews first when less than half the lease (or less than the
   * request needs) is left. The check before each create: sent only while the lease holds.
   */
  ready(task: string, requestMs: number): boolean {
    const need = requestMs + SEND_MARGIN_MS;
    const left = () => this.expiresAt - this.o.now().getTime();
    if (this.mine.has(task) && (left() < this.ms / 2 || left() < need)) this.renew();
    return this.mine.has(task) && left() > need;
  }

  /**
   * Removes the intents of tasks whose numbers are on the branch (`recorded`, whichever run
   * held them) and this run's intents for tasks it never sent a create for (`unstarted`), so no
   * other run waits for them; `restore` puts back the expired intents of tasks taken over but left
   * waiting (a look-up not yet believable), so the next run knows when their create may have been
   * sent. Best effort: an intent left behind ends with its short lease.
   */
  release(
    recorded: Set<string>,
    unstarted: Set<string>,
    restore: Map<string, Intent> = new Map(),
  ): void {
    for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
      const base = fetchIntents(this.o.git, this.o.remote);
      const keep: Intents = Object.create(null) as Intents;
      let removed = 0;
      for (const [task, intent] of Object.entries(base.intents))
        if (recorded.has(task) || (intent.run === this.o.run && unstarted.has(task))) removed++;
        else if (intent.run === this.o.run && restore.has(task)) {
          keep[task] = restore.get(task)!;
          removed++;
        } else keep[task] = intent;
      if (removed === 0) break;
      const message = `extids sync: release ${removed}`;
      if (pushIntents(this.o.git, this.o.remote, base, keep, message) === 'pushed') break;
    }
    for (const task of [...recorded, ...unstarted, ...restore.keys()]) this.mine.delete(task);
  }
}

/**
 * What GitHub accepts from one step, each limit in the unit GitHub counts it in, with its source.
 * Past a limit GitHub drops what the step wrote (a summary over 1 MiB is not shown at all, a
 * comment over the limit is refused), so the action writes what fits and says what it left out.
 */

/**
 * Job summary: "each step is restricted to a maximum size of 1MiB ... If more than 1MiB of content
 * is added for a step, then the upload for the step will fail" (docs.github.com, Workflow commands
 * for GitHub Actions, "Step isolation and limits"). The runner measures the file: UTF-8 bytes.
 */
export const SUMMARY_BYTES = 1024 * 1024;

/**
 * Annotations: "GitHub Actions are limited to 10 warning annotations and 10 error annotations per
 * step" (docs.github.com, REST API, Checks: create a check run, `output.annotations`). The runner
 * keeps notices to 10 a step as well (actions/runner, ExecutionContext.cs, `_maxIssueCount`).
 * GitHub's docs state no per-job total; a community-forum answer gives 50 per job (github.community
 * "Maximum number of annotations that can be created using GitHub Actions logging commands", as
 * reviewdog cites it), so one extids step writes at most 25 and two such steps fit in a job.
 */
export const ANNOTATIONS_PER_STEP = { error: 10, warning: 10, notice: 5 } as const;

/**
 * Outputs: "Outputs can be a maximum of 1 MB per job. The total of all outputs in a workflow run
 * can be a maximum of 50 MB. Size is approximated based on UTF-16 encoding." (docs.github.com,
 * Workflow syntax, `jobs.<job_id>.outputs`). Counted as 2 bytes per UTF-16 code unit; extids
 * keeps its outputs to half of the job's 1 MB (10^6 bytes), leaving the rest to the other steps.
 */
export const OUTPUTS_BYTES = 500_000;

/**
 * Pull-request comment body: GitHub refuses a longer one with 422 "body is too long (maximum is
 * 65536 characters)". No docs.github.com page states it; the REST API's answer is the source
 * (github.com/orgs/community/discussions/41331). Characters: Unicode code points.
 */
export const COMMENT_CHARS = 65_536;

/** The units GitHub counts in. */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
export const utf16Bytes = (s: string): number => 2 * s.length;
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * `head`, then as many of `lines` (each ending in a newline) as fit in `limit` units of `size`
 * together with the line `more(left out)` and `tail`. Returns the text and how many lines were
 * left out; `more` is added only when some were.
 */
export function fitLines(
  head: string,
  lines: string[],
  tail: string,
  limit: number,
  size: (s: string) => number,
  more: (leftOut: number) => string,
): { text: string; leftOut: number } {
  const whole = head + lines.join('') + tail;
  if (size(whole) <= limit) return { text: whole, leftOut: 0 };
  // The note's own size depends on the count: measure it at its widest.
  let room = limit - size(head) - size(tail) - size(more(lines.length));
  let kept = 0;
  for (const line of lines) {
    const n = size(line);
    if (n > room) break;
    room -= n;
    kept++;
  }
  const leftOut = lines.length - kept;
  return { text: head + lines.slice(0, kept).join('') + more(leftOut) + tail, leftOut };
}

/**
 * The first items of `items` whose JSON array fits in `limit` units of `size` (an array of all of
 * them when it fits), and how many were left out.
 */
export function fitJsonArray<T>(
  items: T[],
  limit: number,
  size: (s: string) => number,
): { json: string; kept: number } {
  const all = JSON.stringify(items);
  if (size(all) <= limit) return { json: all, kept: items.length };
  let used = size('[]');
  let kept = 0;
  for (const item of items) {
    const n = size(JSON.stringify(item)) + (kept ? size(',') : 0);
    if (used + n > limit) break;
    used += n;
    kept++;
  }
  return { json: JSON.stringify(items.slice(0, kept)), kept };
}

/**
 * A repository as its remote URL names it: the identity sync derives markers from, and the web
 * page a task link points at. Two clones of one repository must agree on the identity whatever
 * form of URL each was cloned with (HTTPS, SSH, scp-like), or each would mark its items
 * differently and create a second item for every task.
 */

/** Where a repository's files can be read on the web. */
export interface RepoWeb {
  host: 'github' | 'gitlab' | 'bitbucket' | 'azure';
  /** The repository's web address, e.g. https://github.com/acme/tasks. */
  base: string;
}

export interface RemoteRepo {
  /**
   * `owner/name` (GitHub, Bitbucket; GitLab's last two path segments), `project/repository`
   * (Azure Repos), or the last two segments of a path (a remote on disk).
   */
  repo: string;
  /** Set for the hosts whose web layout is known. */
  web?: RepoWeb;
}

const AZURE = /(^|\.)(dev\.azure\.com|visualstudio\.com)$/i;

/** Host and path segments of a remote URL: `scheme://…`, scp-like `user@host:path`, or a path. */
function split(url: string): { host?: string; segs: string[] } {
  const segsOf = (path: string) =>
    path
      .split(/[/\\]+/)
      .filter(Boolean)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
  if (/^[a-z][\w+.-]*:\/\//i.test(url)) {
    try {
      const u = new URL(url);
      return { host: u.hostname.toLowerCase(), segs: segsOf(u.pathname) };
    } catch {
      return { segs: segsOf(url) };
    }
  }
  // scp-like: [user@]host:path, where the colon comes before any slash (and is no drive letter).
  const scp = /^(?:[^@/\\]+@)?([^:/\\]{2,}):(.*)$/.exec(url);
  if (scp) return { host: scp[1]!.toLowerCase(), segs: segsOf(scp[2]!) };
  return { segs: segsOf(url) };
}

/**
 * The repository a remote URL names, or undefined when the URL has fewer than two path
 * segments. Azure Repos' forms (https://dev.azure.com/ORG/PROJECT/_git/REPO,
 * https://ORG.visualstudio.com/[DefaultCollection/]PROJECT/_git/REPO,
 * git@ssh.dev.azure.com:v3/ORG/PROJECT/REPO; PROJECT omitted when it is the repository's name)
 * all give `PROJECT/REPO`; the rest give their last two segments without `.git`. Source of the
 * Azure forms: learn.microsoft.com/azure/devops/repos/git/clone (HTTPS and SSH clone URLs).
 */
export function parseRemote(url: string | undefined): RemoteRepo | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  const { host, segs } = split(trimmed);
  if (segs.length) segs[segs.length - 1] = segs.at(-1)!.replace(/\.git$/i, '');
  if (host && AZURE.test(host)) return azure(host, segs);
  if (segs.length < 2 || segs.slice(-2).some((s) => !s)) return undefined;
  const repo = segs.slice(-2).join('/');
  const at = `https://${host}/${segs.join('/')}`;
  // GitHub's paths ignore case: lower case, so every clone and the action link alike.
  if (host === 'github.com')
    return {
      repo,
      web: { host: 'github', base: `https://github.com/${segs.join('/').toLowerCase()}` },
    };
  if (host === 'bitbucket.org') return { repo, web: { host: 'bitbucket', base: at } };
  if (host && /(^|\.)gitlab\./.test(host)) return { repo, web: { host: 'gitlab', base: at } };
  return { repo };
}

function azure(host: string, segs: string[]): RemoteRepo | undefined {
  let org: string | undefined;
  let project: string | undefined;
  let name: string | undefined;
  const git = segs.indexOf('_git');
  if (segs[0] === 'v3' && git < 0)
    [, org, project, name] = segs; // SSH
  else if (git >= 0) {
    name = segs[git + 1];
    const before = segs.slice(0, git);
    if (/^(ssh\.)?dev\.azure\.com$/.test(host)) org = before.shift();
    else org = host.split('.')[0];
    project = before.filter((s) => s.toLowerCase() !== 'defaultcollection').at(-1) ?? name;
  }
  if (!org || !project || !name) return undefined;
  const base = `https://dev.azure.com/${[org, project, '_git', name].map(encodeURIComponent).join('/')}`;
  return { repo: `${project}/${name}`, web: { host: 'azure', base } };
}

/** The web page of `file` (a path from the repository's root) on `branch`. */
export function fileUrl(web: RepoWeb, branch: string, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  const base = web.base.replace(/\/+$/, '');
  switch (web.host) {
    case 'github':
      return `${base}/blob/${encodeURI(branch)}/${path}`;
    case 'gitlab':
      return `${base}/-/blob/${encodeURI(branch)}/${path}`;
    case 'bitbucket':
      return `${base}/src/${encodeURI(branch)}/${path}`;
    case 'azure':
      return `${base}?path=/${path}&version=GB${encodeURIComponent(branch)}`;
  }
}

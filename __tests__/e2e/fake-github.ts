import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentableLines } from '../../src/github/diff.js';

/**
 * A fake GitHub REST API for the endpoints the action uses, behaving like GitHub where it matters:
 * Link-header pagination, 422 for review comments on lines outside the diff hunks, and scripted
 * failures (403, 5xx, secondary rate limits with retry-after). Every request is recorded.
 */

export interface RecordedRequest {
  method: string;
  /** Path without query string, e.g. /repos/acme/app/pulls/7/reviews */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
  at: number;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
}

export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number | null;
  path: string;
  line: number | null;
  start_line: number | null;
  side: string;
  commit_id: string;
  body: string;
  in_reply_to_id?: number;
  /** 'file' for a comment on the whole file (no line), as GitHub lists it. */
  subject_type?: 'line' | 'file';
  user: { login: string; type: string };
}

export interface FakeIssueComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakePullRequest {
  number: number;
  files: FakeFile[];
  reviewComments: FakeReviewComment[];
  issueComments: FakeIssueComment[];
  reviews: { id: number; node_id?: string; commit_id: string; event: string; body: string; user?: { login: string; type: string } }[];
}

/** A scripted response: the next `times` requests matching method/path (and `when`) get it. */
export interface ScriptedResponse {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times?: number;
  when?: (req: RecordedRequest) => boolean;
  /** Never answer (the connection stays open until the client gives up or the fake stops). */
  hang?: boolean;
  /** Do what the request asks, then answer with this status anyway (a write that succeeded behind a 502). */
  afterEffect?: boolean;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly pulls = new Map<number, FakePullRequest>();
  /** GitHub caps per_page at 100; a smaller cap here makes pagination happen with few items. */
  maxPerPage = 100;
  /** When true every write (POST/PATCH/PUT/DELETE) is refused like a read-only GITHUB_TOKEN. */
  readOnly = false;
  /** Who a non-installation token belongs to (`GET /user`); `ghs_` tokens post as github-actions[bot]. */
  readonly tokenLogins = new Map<string, string>();
  /** Review threads resolved through GraphQL, by thread id (`PRRT_<first comment id>`). */
  readonly resolvedThreads = new Set<string>();
  private scripts: (ScriptedResponse & { remaining: number })[] = [];
  private nextId = 1000;
  private server: http.Server | null = null;
  url = '';

  constructor(readonly owner = 'acme', readonly repo = 'shop') {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  addPull(number: number, files: FakeFile[]): FakePullRequest {
    const pr: FakePullRequest = { number, files, reviewComments: [], issueComments: [], reviews: [] };
    this.pulls.set(number, pr);
    return pr;
  }

  script(response: ScriptedResponse): void {
    this.scripts.push({ ...response, remaining: response.times ?? 1 });
  }

  newId(): number {
    return this.nextId++;
  }

  /** Someone (a human) replies to a review comment. */
  reply(pullNumber: number, toCommentId: number, body: string): FakeReviewComment {
    const pr = this.pulls.get(pullNumber)!;
    const parent = pr.reviewComments.find((c) => c.id === toCommentId)!;
    const reply: FakeReviewComment = { ...parent, id: this.newId(), body, in_reply_to_id: toCommentId, user: { login: 'alice', type: 'User' } };
    pr.reviewComments.push(reply);
    return reply;
  }

  /** Requests that change something (what "no API writes" is about). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  /** "POST /repos/acme/shop/pulls/7/reviews" lines, for exact sequence assertions. */
  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(recorded);

    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };

    const scripted = this.scripts.find(
      (s) => s.remaining > 0 && s.method === recorded.method && s.path.test(recorded.path) && (!s.when || s.when(recorded)),
    );
    if (scripted) {
      scripted.remaining--;
      if (scripted.hang) return;
      if (scripted.afterEffect) {
        try {
          this.route(recorded, () => undefined);
        } catch {
          // the scripted answer goes out regardless
        }
      }
      send(scripted.status, scripted.body ?? { message: `scripted ${scripted.status}` }, scripted.headers);
      return;
    }
    if (this.readOnly && recorded.method !== 'GET') {
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    try {
      this.route(recorded, send);
    } catch (error) {
      send(500, { message: String(error) });
    }
  }

  private paginate<T>(req: RecordedRequest, items: T[], send: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), this.maxPerPage);
    const page = Number(req.query.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(req.query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${this.url}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < pages) links.push(link(page + 1, 'next'), link(pages, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  /** GitHub's rule: a RIGHT-side comment's line (and start_line) must be inside the file's hunks. */
  private placeable(pr: FakePullRequest, c: { path?: string; line?: number; start_line?: number; side?: string }): string | null {
    const file = pr.files.find((f) => f.filename === c.path);
    if (!file) return 'Path could not be resolved';
    const lines = commentableLines(file.patch);
    if (typeof c.line !== 'number' || !lines.has(c.line)) return 'Line could not be resolved';
    if (c.start_line !== undefined && !lines.has(c.start_line)) return 'Start line could not be resolved';
    return null;
  }

  /** The author GitHub records for a write: the token's user, or the Actions bot for installation tokens. */
  private author(req: RecordedRequest): { login: string; type: string } {
    const token = (req.authorization ?? '').replace(/^(token|bearer) /i, '');
    const login = this.tokenLogins.get(token);
    return login ? { login, type: 'User' } : BOT;
  }

  private route(req: RecordedRequest, send: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    if (req.path === '/user' && req.method === 'GET') {
      const token = (req.authorization ?? '').replace(/^(token|bearer) /i, '');
      const login = this.tokenLogins.get(token);
      // Installation tokens (GITHUB_TOKEN) cannot ask who they are.
      if (!login) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return send(200, { login, id: 1, type: 'User' });
    }
    if (req.path === '/graphql' && req.method === 'POST') return this.graphql(req, send);
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!req.path.startsWith(prefix + '/')) return send(404, { message: 'Not Found' });
    const rest = req.path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && req.method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? this.paginate(req, pr.files, send) : send(404, { message: 'Not Found' });
    }
    if ((m = /^\/pulls\/(\d+)\/comments$/.exec(rest))) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return send(404, { message: 'Not Found' });
      if (req.method === 'GET') return this.paginate(req, pr.reviewComments, send);
      if (req.method === 'POST') {
        // A file-level comment needs only a file of the pull request, patch or not.
        if (req.body.subject_type === 'file') {
          if (!pr.files.some((f) => f.filename === req.body.path)) return send(422, { message: 'Unprocessable Entity', errors: ['Path could not be resolved'], status: '422' });
          const comment = this.storeComment(pr, { ...req.body, line: null }, null, req.body.commit_id, this.author(req));
          comment.subject_type = 'file';
          return send(201, comment);
        }
        const problem = this.placeable(pr, req.body);
        if (problem) return send(422, { message: 'Unprocessable Entity', errors: [problem], status: '422' });
        const comment = this.storeComment(pr, req.body, null, req.body.commit_id, this.author(req));
        return send(201, comment);
      }
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && req.method === 'POST') {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return send(404, { message: 'Not Found' });
      const comments: any[] = req.body.comments ?? [];
      const problems = comments.map((c) => this.placeable(pr, c)).filter((p): p is string => p !== null);
      // GitHub rejects the whole review when one comment cannot be placed.
      if (problems.length) return send(422, { message: 'Unprocessable Entity', errors: problems, status: '422' });
      const id = this.newId();
      const review = { id, node_id: `PRR_${id}`, commit_id: req.body.commit_id, event: req.body.event, body: req.body.body, user: this.author(req) };
      pr.reviews.push(review);
      for (const c of comments) this.storeComment(pr, c, review.id, req.body.commit_id, this.author(req));
      return send(200, { ...review, state: 'COMMENTED' });
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && req.method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? this.paginate(req, pr.reviews, send) : send(404, { message: 'Not Found' });
    }
    if ((m = /^\/pulls\/(\d+)\/reviews\/(\d+)$/.exec(rest)) && req.method === 'PUT') {
      const review = this.pulls.get(Number(m[1]))?.reviews.find((r) => r.id === Number(m![2]));
      if (!review) return send(404, { message: 'Not Found' });
      review.body = req.body.body;
      return send(200, review);
    }
    if ((m = /^\/pulls\/(\d+)\/comments\/(\d+)\/replies$/.exec(rest)) && req.method === 'POST') {
      const pr = this.pulls.get(Number(m[1]));
      const parent = pr?.reviewComments.find((c) => c.id === Number(m![2]));
      if (!pr || !parent) return send(404, { message: 'Not Found' });
      const reply: FakeReviewComment = { ...parent, id: this.newId(), body: req.body.body, in_reply_to_id: parent.id, user: this.author(req) };
      pr.reviewComments.push(reply);
      return send(201, reply);
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && req.method === 'DELETE') {
      for (const pr of this.pulls.values()) {
        const index = pr.reviewComments.findIndex((c) => c.id === Number(m![1]));
        if (index >= 0) {
          pr.reviewComments.splice(index, 1);
          return send(204);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return send(404, { message: 'Not Found' });
      if (req.method === 'GET') return this.paginate(req, pr.issueComments, send);
      if (req.method === 'POST') {
        if (String(req.body.body).length > 65536) return send(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
        const comment = { id: this.newId(), body: req.body.body, user: this.author(req) };
        pr.issueComments.push(comment);
        return send(201, comment);
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      for (const pr of this.pulls.values()) {
        const comment = pr.issueComments.find((c) => c.id === Number(m![1]));
        if (comment) {
          if (String(req.body.body).length > 65536) return send(422, { message: 'Validation Failed' });
          comment.body = req.body.body;
          return send(200, comment);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    return send(404, { message: `Not Found: ${req.method} ${req.path}` });
  }

  /**
   * The two GraphQL operations the action uses: the review threads of a pull request (each
   * top-level review comment starts one) and resolveReviewThread.
   */
  private graphql(req: RecordedRequest, send: (status: number, body?: unknown) => void): void {
    const query = String(req.body?.query ?? '');
    const vars = req.body?.variables ?? {};
    if (/resolveReviewThread/.test(query)) {
      const id = String(vars.threadId);
      const exists = [...this.pulls.values()].some((pr) => pr.reviewComments.some((c) => `PRRT_${c.id}` === id && !c.in_reply_to_id));
      if (!exists) return send(200, { data: null, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }] });
      this.resolvedThreads.add(id);
      return send(200, { data: { resolveReviewThread: { thread: { id, isResolved: true } } } });
    }
    if (/reviewThreads/.test(query)) {
      const pr = this.pulls.get(Number(vars.number));
      if (!pr || vars.owner !== this.owner || vars.repo !== this.repo) return send(200, { data: { repository: null } });
      const nodes = pr.reviewComments
        .filter((c) => !c.in_reply_to_id)
        .map((c) => ({ id: `PRRT_${c.id}`, isResolved: this.resolvedThreads.has(`PRRT_${c.id}`), comments: { nodes: [{ databaseId: c.id }] } }));
      return send(200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } });
    }
    return send(200, { errors: [{ message: 'unsupported query in the fake' }] });
  }

  private storeComment(pr: FakePullRequest, c: any, reviewId: number | null, commitId: string, user = BOT): FakeReviewComment {
    const comment: FakeReviewComment = {
      id: this.newId(),
      pull_request_review_id: reviewId,
      path: c.path,
      line: c.line,
      start_line: c.start_line ?? null,
      subject_type: 'line',
      side: c.side ?? 'RIGHT',
      commit_id: commitId,
      body: c.body,
      user,
    };
    pr.reviewComments.push(comment);
    return comment;
  }
}

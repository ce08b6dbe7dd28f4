import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  getOctokit
} from "./chunk-DEO6CO5E.js";
import "./chunk-UXHFPGE2.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/preview/github-comments.ts
var GitHubApiError = class extends ActionError {
  status;
  constructor(message, options) {
    super(message, options);
    this.status = options.status;
  }
};
var PAGE_SIZE = 100;
var MAX_PAGES = 100;
function githubComments(token, apiUrl, repository) {
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, "") });
  const [owner = "", repo = ""] = repository.split("/");
  const toComment = (c) => ({
    id: c.id,
    body: c.body ?? "",
    url: c.html_url
  });
  return {
    async *listPages(issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: PAGE_SIZE
      });
      let count = 0;
      const iterator = pages[Symbol.asyncIterator]();
      for (; ; ) {
        const next = await call(`list the comments of #${issue}`, () => iterator.next());
        if (next.done === true || ++count > MAX_PAGES) return;
        yield next.value.data.map(toComment);
      }
    },
    create: (issue, body) => call(
      `comment on #${issue}`,
      async () => toComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data)
    ),
    update: (id, body) => call(
      `update comment ${id}`,
      async () => toComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data)
    ),
    getPull: (number) => call(`read pull request #${number}`, async () => {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return { state: data.state, headSha: data.head.sha };
    })
  };
}
async function call(operation, fn) {
  try {
    return await fn();
  } catch (cause) {
    const status = typeof cause === "object" && cause !== null && "status" in cause && typeof cause.status === "number" ? cause.status : void 0;
    const detail = cause instanceof Error ? cause.message.split("\n")[0] ?? "" : String(cause);
    throw new GitHubApiError(
      `GitHub API: cannot ${operation}${status === void 0 ? "" : ` (HTTP ${status})`}: ${detail}`,
      {
        cause,
        ...status === void 0 ? {} : { status },
        hint: hintFor(status)
      }
    );
  }
}
function hintFor(status) {
  if (status === 401) return "github-token is not a valid token for GITHUB_API_URL";
  if (status === 403 || status === 404)
    return "the job needs permissions: pull-requests: write (a pull request from a fork gets a read-only token)";
  return "check GITHUB_API_URL and the network to it";
}
export {
  GitHubApiError,
  githubComments
};
//# sourceMappingURL=github-comments-6BH4HZ4V.js.map

import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  getOctokit
} from "./chunk-DEO6CO5E.js";
import "./chunk-UXHFPGE2.js";
import {
  WriteBackError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/writeback/git/github-pull-requests.ts
var ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`;
function githubPullRequests(token, apiUrl, owner, repo) {
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, "") });
  const ref = (pull) => ({
    number: pull.number,
    url: pull.html_url,
    nodeId: pull.node_id
  });
  return {
    findOpen: (head, base) => call("list pull requests", async () => {
      const { data } = await octokit.rest.pulls.list({
        owner,
        repo,
        state: "open",
        head: `${owner}:${head}`,
        base,
        per_page: 10
      });
      return data[0] === void 0 ? void 0 : ref(data[0]);
    }),
    create: (request) => call(
      "create a pull request",
      async () => ref(
        (await octokit.rest.pulls.create({ owner, repo, ...request, maintainer_can_modify: false })).data
      )
    ),
    update: (number, content) => call(
      `update pull request #${number}`,
      async () => ref((await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...content })).data)
    ),
    addLabels: (number, labels) => call(`label pull request #${number}`, async () => {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] });
    }),
    enableAutoMerge: (pull, method) => call(`enable auto-merge on #${pull.number}`, async () => {
      await octokit.graphql(ENABLE_AUTO_MERGE, {
        pullRequestId: pull.nodeId,
        mergeMethod: method.toUpperCase()
      });
    })
  };
}
async function call(operation, fn) {
  try {
    return await fn();
  } catch (cause) {
    const status = typeof cause === "object" && cause !== null && "status" in cause ? Number(cause.status) : void 0;
    const detail = graphqlErrors(cause) ?? (cause instanceof Error ? cause.message.split("\n")[0] : String(cause));
    throw new WriteBackError(
      `GitHub API: cannot ${operation}${status ? ` (HTTP ${status})` : ""}: ${detail}`,
      { hint: hintFor(status), cause }
    );
  }
}
function hintFor(status) {
  if (status === 401) return "config-repo-token is not valid for github-api-url";
  if (status === 403 || status === 404)
    return "config-repo-token needs pull-requests: write (and contents: write) on the config repository";
  if (status === 422) return "GitHub refused the request; check config-repo-branch and pr-labels";
  return "check github-api-url and the network to it";
}
function graphqlErrors(cause) {
  if (typeof cause !== "object" || cause === null || !("errors" in cause) || !Array.isArray(cause.errors))
    return void 0;
  const messages = cause.errors.map(
    (e) => typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e)
  );
  return messages.length === 0 ? void 0 : messages.join("; ");
}
export {
  githubPullRequests
};
//# sourceMappingURL=github-pull-requests-BQ757H42.js.map

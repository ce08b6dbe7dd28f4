import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  findComment,
  openPreviewSession,
  postComment,
  publishMode,
  rememberTags,
  removePreviewSync,
  renderCleanupMarkdown,
  renderFailureMarkdown
} from "./chunk-ZDJY53LT.js";
import "./chunk-3OV5U62S.js";
import "./chunk-DQI74KD6.js";
import "./chunk-6G3VR2QJ.js";
import "./chunk-T4V2U2KT.js";
import "./chunk-KSA2LMZT.js";
import "./chunk-Y46TRFLR.js";
import "./chunk-RHEIN47V.js";
import "./chunk-3MGMBFCM.js";
import "./chunk-SVQN2JFX.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import {
  registryClientOptions
} from "./chunk-VNAU5XZX.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-T3S3P4CL.js";
import "./chunk-PQY5GRTF.js";
import {
  CLOSED_ACTION
} from "./chunk-4KJ6ZDR6.js";
import {
  allPullRequestTags,
  pullRequestTags
} from "./chunk-BHZSJHIP.js";
import "./chunk-XBTGJ63V.js";
import "./chunk-MX5TIDN5.js";
import "./chunk-EY52L45C.js";
import "./chunk-VIIWKV7H.js";
import {
  readEventPayload,
  tagContextFrom
} from "./chunk-JMLGX322.js";
import "./chunk-CKU2FG4C.js";
import {
  legacySignatureTag,
  listReferrers,
  referrersTag
} from "./chunk-P25MGRZS.js";
import {
  RegistryClient
} from "./chunk-BHYY5VJ3.js";
import "./chunk-BBTN7E4D.js";
import {
  setCleanupOutputs,
  writePreviewSummary
} from "./chunk-5CMNWYGD.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-CUPWETSR.js";
import "./chunk-GDYN2CVT.js";
import "./chunk-XGAAAOLH.js";
import "./chunk-MKAH2KOZ.js";
import "./chunk-ICATBVXJ.js";
import "./chunk-KQRLUDKS.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import {
  parseImageReference,
  repositoryName
} from "./chunk-5RM3NDNB.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-UXHFPGE2.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-XIYLFDQZ.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import {
  ActionError,
  ManifestValidationError,
  describeError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/tags/registry-tag-store.ts
async function openTagStore(image, options) {
  const ref = parseImageReference(image, "image");
  const clientOptions = registryClientOptions(ref, options);
  const client = new RegistryClient(ref, clientOptions);
  const deleter = isArtifactRegistry(ref) ? await openArtifactRegistryDeleter(ref, clientOptions.credentials, options) : void 0;
  const store = {
    describe: () => repositoryName(ref),
    tagApi: deleter !== void 0,
    digestOf: async (tag) => (await client.headManifest(tag))?.digest,
    listTags: () => client.listTags(),
    deleteTag: (tag) => deleter === void 0 ? client.deleteManifest(tag) : deleter.deleteTag(tag),
    deleteManifest: (digest) => client.deleteManifest(digest),
    removeReferrers: (digest) => removeReferrers(client, digest)
  };
  return {
    store,
    close: async () => {
      client.close();
      await deleter?.close();
    }
  };
}
function isArtifactRegistry(ref) {
  return /^[a-z0-9-]+-docker\.pkg\.dev$/i.test(ref.registry);
}
async function openArtifactRegistryDeleter(ref, credentials, options) {
  const { artifactRegistryTagDeleter, googleAccessToken } = await import("./artifact-registry-tags-X4ZYLQJZ.js");
  const env = options.registry?.env ?? process.env;
  return artifactRegistryTagDeleter(ref, {
    accessToken: () => googleAccessToken(credentials, ref),
    logger: options.logger,
    env
  });
}
async function removeReferrers(client, digest) {
  const { manifests } = await listReferrers(client, digest);
  const tagged = await Promise.all(
    [referrersTag(digest), legacySignatureTag(digest)].map(
      async (tag) => (await client.headManifest(tag))?.digest
    )
  );
  const targets = [
    .../* @__PURE__ */ new Set([...manifests.map((m) => m.digest), ...tagged.filter((d) => d !== void 0)])
  ];
  const removed = [];
  for (const target of targets) if (await client.deleteManifest(target) === "deleted") removed.push(target);
  return removed;
}

// src/tags/tag-removal.ts
var CONCURRENCY = 8;
async function removeTags(store, candidates, logger) {
  const resolved = await mapLimited(candidates, (tag) => store.digestOf(tag));
  const present = candidates.flatMap(
    (tag, i) => resolved[i] === void 0 ? [] : [{ tag, digest: resolved[i] }]
  );
  const absent = candidates.filter((_, i) => resolved[i] === void 0);
  if (present.length === 0) return { method: "none", removed: [], kept: [], absent };
  const result = {
    method: store.tagApi ? "tag-api" : "tag-reference",
    removed: [],
    kept: [],
    absent: [...absent]
  };
  let rest = present;
  while (rest.length > 0) {
    const [first, ...others] = rest;
    const outcome = await attempt(() => store.deleteTag(first.tag));
    if (outcome === "unsupported" && !store.tagApi) break;
    record(result, first, outcome, "the registry refused to delete the tag");
    rest = others;
  }
  if (rest.length === 0) return result;
  logger.info(
    `${store.describe()} does not delete tags (DELETE by tag was refused): deleting manifests whose tags are all this pull request's`
  );
  result.method = "manifest";
  await removeByManifest(store, rest, new Set(candidates), result);
  return result;
}
async function removeByManifest(store, present, candidates, result) {
  let owners;
  try {
    owners = await otherTagsByDigest(store, candidates);
  } catch (error) {
    for (const entry of present)
      result.kept.push({
        ...entry,
        reason: `the repository's tags could not be listed: ${describeError(error).message}`,
        failed: true
      });
    return;
  }
  for (const digest of new Set(present.map((p) => p.digest))) {
    const group = present.filter((p) => p.digest === digest);
    const others = owners.get(digest) ?? [];
    if (others.length > 0) {
      const named = others.slice(0, 3).join(", ") + (others.length > 3 ? ` and ${others.length - 3} more` : "");
      for (const entry of group)
        result.kept.push({
          ...entry,
          reason: `this registry deletes a tag only with its manifest, and that manifest is also tagged ${named}`,
          failed: false
        });
      continue;
    }
    const outcome = await attempt(() => store.deleteManifest(digest));
    for (const entry of group)
      record(result, entry, outcome, "the registry does not allow deleting manifests (deletes switched off?)");
    if (outcome === "deleted" && store.removeReferrers !== void 0) {
      const removed = await store.removeReferrers(digest).catch((error) => {
        for (const entry of group)
          result.kept.push({
            ...entry,
            tag: `${entry.tag} (its signatures)`,
            reason: `the manifest was deleted but its referrers were not: ${describeError(error).message}`,
            failed: true
          });
        return [];
      });
      result.referrers = [
        ...result.referrers ?? [],
        ...removed.map((referrer) => ({ subject: digest, digest: referrer }))
      ];
    }
  }
}
async function otherTagsByDigest(store, candidates) {
  const others = (await store.listTags()).filter((tag) => !candidates.has(tag));
  const digests = await mapLimited(others, (tag) => store.digestOf(tag));
  const owners = /* @__PURE__ */ new Map();
  others.forEach((tag, i) => {
    const digest = digests[i];
    if (digest !== void 0) owners.set(digest, [...owners.get(digest) ?? [], tag]);
  });
  return owners;
}
function record(result, entry, outcome, unsupported) {
  if (outcome === "deleted") result.removed.push(entry);
  else if (outcome === "absent") result.absent.push(entry.tag);
  else if (outcome === "unsupported") result.kept.push({ ...entry, reason: unsupported, failed: false });
  else result.kept.push({ ...entry, reason: outcome.error, failed: true });
}
async function attempt(fn) {
  try {
    return await fn();
  } catch (error) {
    return { error: describeError(error).message };
  }
}
async function mapLimited(items, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

// src/pipeline/preview-cleanup.ts
async function cleanUpPreview(context, session) {
  const { logger } = context;
  if (!session.inputs.cleanup) {
    logger.info(`cleanup: false: pull request #${session.pr.number} closed; its tags and preview sync stay`);
    return;
  }
  const found = await findComment(session, logger);
  const syncs = session.inputs.sync ? await deleteSync(context, session) : void 0;
  const candidates = rememberTags(found?.state.tags ?? [], await currentTags(context, session));
  logger.info(`Tags of pull request #${session.pr.number}: ${candidates.join(", ") || "(none)"}`);
  const tags = await removeCandidates(context, session, candidates);
  const view = {
    pullRequest: session.pr.number,
    name: session.ref.name,
    merged: session.pr.merged,
    repository: session.id,
    ..."error" in tags ? { tagError: tags.error } : { tags },
    ...syncs === void 0 ? {} : { syncs },
    ...session.runUrl === void 0 ? {} : { runUrl: session.runUrl }
  };
  const markdown = renderCleanupMarkdown(view);
  const left = "error" in tags ? candidates : tags.kept.map((k) => k.tag);
  const url = found === void 0 ? "" : await postComment(session, found, { name: session.ref.name, tags: left }, markdown, logger);
  await writePreviewSummary(markdown);
  setCleanupOutputs(view, url);
  throwIfIncomplete(tags, syncs);
}
async function currentTags(context, session) {
  const tagContext = tagContextFrom(context.env, await readEventPayload(context.env), session.pr.headSha, {
    now: /* @__PURE__ */ new Date()
  });
  return allPullRequestTags(pullRequestTags(context.settings.tagging, tagContext));
}
async function removeCandidates(context, session, candidates) {
  if (candidates.length === 0) return { method: "none", removed: [], kept: [], absent: [] };
  const opened = await openTagStore(session.image, session.targetOptions);
  try {
    return await context.logger.group(
      `Remove the tags of pull request #${session.pr.number} from ${opened.store.describe()}`,
      async () => {
        const removal = await removeTags(opened.store, candidates, context.logger);
        for (const r of removal.removed) context.logger.info(`removed ${r.tag} (${r.digest})`);
        for (const k of removal.kept) context.logger.warning(`left ${k.tag} (${k.digest}): ${k.reason}`);
        if (removal.absent.length > 0) context.logger.info(`not found: ${removal.absent.join(", ")}`);
        return removal;
      }
    );
  } catch (error) {
    context.logger.warning(
      `the tags of pull request #${session.pr.number} were not removed: ${describeError(error).message}`
    );
    return { error: describeError(error).message };
  } finally {
    await opened.close();
  }
}
async function deleteSync(context, session) {
  const rollout = context.settings.preview?.rollout;
  if (rollout === void 0) return [];
  try {
    return await removePreviewSync(
      session.ref,
      rollout.selection,
      rollout.wait ? rollout.timeoutMs : 0,
      context.env,
      context.logger
    );
  } catch (error) {
    const message = describeError(error).message;
    context.logger.warning(`the preview sync was not deleted: ${message}`);
    return [{ cluster: "(clusters)", ref: session.ref, result: "failed", message }];
  }
}
function throwIfIncomplete(tags, syncs) {
  const problems = [
    ..."error" in tags ? [`tags: ${tags.error}`] : tags.kept.filter((k) => k.failed).map((k) => `tag ${k.tag}: ${k.reason}`),
    ...(syncs ?? []).filter((s) => s.result === "failed").map((s) => `${s.cluster}: ${s.message}`)
  ];
  if (problems.length === 0) return;
  throw new ActionError(`preview cleanup incomplete: ${problems.join("; ")}`, {
    hint: "see the job summary for what was removed; rerun the job once fixed"
  });
}

// src/pipeline/preview-mode.ts
var previewMode = {
  async run(context) {
    const session = await openPreviewSession(context);
    if (session.inputs.comment && session.inputs.token === "")
      context.logger.warning(
        "github-token is empty: no pull request comment; the preview is in the job summary only"
      );
    if (session.pr.action === CLOSED_ACTION) return cleanUpPreview(context, session);
    if (await isClosedAlready(session, context)) return;
    try {
      await publishMode.run(context);
    } catch (error) {
      if (error instanceof ManifestValidationError) await commentFailure(context, session, error);
      throw error;
    }
  }
};
async function isClosedAlready(session, context) {
  if (session.comments === void 0) return false;
  try {
    const pull = await session.comments.getPull(session.pr.number);
    if (pull.state !== "closed") return false;
    context.logger.warning(
      `pull request #${session.pr.number} is closed by now: this run publishes no preview (the closed event's run cleans up)`
    );
    return true;
  } catch (error) {
    context.logger.debug(
      `could not read pull request #${session.pr.number}: ${error instanceof Error ? error.message : String(error)}`
    );
    return false;
  }
}
async function commentFailure(context, session, error) {
  const found = await findComment(session, context.logger);
  const markdown = renderFailureMarkdown({
    pullRequest: session.pr.number,
    name: session.ref.name,
    headSha: session.pr.headSha,
    message: error.message,
    findings: error.findings,
    ...session.runUrl === void 0 ? {} : { runUrl: session.runUrl }
  });
  await postComment(
    session,
    found,
    { name: session.ref.name, tags: found?.state.tags ?? [] },
    markdown,
    context.logger
  );
}
export {
  previewMode
};
//# sourceMappingURL=preview-mode-3L45CRHW.js.map

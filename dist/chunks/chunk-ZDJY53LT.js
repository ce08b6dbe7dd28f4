import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  diffArtifacts
} from "./chunk-3OV5U62S.js";
import {
  previewEnabled,
  rolloutStep,
  writeBackStep
} from "./chunk-DQI74KD6.js";
import {
  describeStoredArtifact,
  findStoredArtifact,
  hasSameContent,
  retagArtifact
} from "./chunk-6G3VR2QJ.js";
import {
  MAX_LAYER_BYTES,
  loadStoredSide,
  readLayerFiles
} from "./chunk-T4V2U2KT.js";
import {
  namedReference,
  openImageStore,
  sameRepositoryReference
} from "./chunk-KSA2LMZT.js";
import {
  loadClusterModule
} from "./chunk-Y46TRFLR.js";
import {
  gateOnPolicy,
  targetOptionsOf
} from "./chunk-RHEIN47V.js";
import {
  publish,
  resolveTags
} from "./chunk-SVQN2JFX.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import {
  writeSarifFile
} from "./chunk-BR4IDC6Y.js";
import {
  DEFAULT_TAG_RULES,
  PREVIEW_INPUT,
  TAG_INPUT,
  allPullRequestTags,
  evaluateTagRules,
  parseTagFlavor,
  parseTagRules,
  previewSyncRef,
  pullRequestTags,
  renderPreviewName,
  sanitizeTag
} from "./chunk-BHZSJHIP.js";
import {
  readEventPayload,
  tagContextFrom
} from "./chunk-JMLGX322.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import {
  annotateFindings,
  setOutputs,
  setPreviewOutputs,
  setRolloutOutputs,
  setTagOutputs,
  writeDiffSummary,
  writePreviewSummary,
  writeSummary,
  writeSummaryNote
} from "./chunk-5CMNWYGD.js";
import {
  renderDiffMarkdown
} from "./chunk-7PCZ6IVU.js";
import {
  rolloutFleet
} from "./chunk-GDYN2CVT.js";
import {
  describeAction,
  firstLine
} from "./chunk-ICATBVXJ.js";
import {
  parseImageReference,
  repositoryName
} from "./chunk-5RM3NDNB.js";
import {
  SYNC_KIND,
  describeSyncRef,
  rootSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  SEVERITY,
  sortFindings
} from "./chunk-IDSBZXJC.js";
import {
  ClusterError,
  InputError,
  ManifestValidationError,
  describeError
} from "./chunk-DYKBPGMV.js";

// src/tags/publish-tagging.ts
import { readFile } from "node:fs/promises";

// src/tags/tag-metadata.ts
function tagMetadata(repository, pushed, details) {
  return {
    tags: pushed.tags.map((tag) => `${repository}:${tag}`),
    "tag-names": [...pushed.tags],
    version: details.version ?? "",
    digest: pushed.digest,
    image: pushed.reference,
    changed: details.changed,
    annotations: details.annotations
  };
}
function manifestAnnotations(manifest) {
  try {
    const parsed = JSON.parse(manifest.toString("utf8"));
    const annotations = parsed.annotations;
    if (typeof annotations !== "object" || annotations === null) return {};
    return Object.fromEntries(
      Object.entries(annotations).filter((entry) => typeof entry[1] === "string")
    );
  } catch {
    return {};
  }
}

// src/tags/tag-plan.ts
var ACTION_NAMES = { rules: "tag-rules", flavor: "tag-flavor" };
function planTags(settings, context, names = ACTION_NAMES) {
  const lines = settings.rules.some((line) => line.trim() !== "" && !line.trim().startsWith("#")) ? settings.rules : DEFAULT_TAG_RULES;
  return evaluateTagRules(
    parseTagRules(lines, names.rules),
    parseTagFlavor(settings.flavor, names.flavor),
    context
  );
}
function isTagEvent(context) {
  return context.ref.startsWith("refs/tags/");
}

// src/tags/publish-tagging.ts
var PublishTagging = class _PublishTagging {
  plan;
  #inputs;
  #context;
  #image;
  #extraTags;
  #targetOptions;
  #logger;
  #gate;
  /** compare-with as a tag or digest of the image's repository. */
  #compareReference;
  #store;
  #changed = true;
  #annotations = {};
  #note;
  #baseline;
  #newLayer;
  /** Evaluates the tag rules for this event; nothing touches the registry yet. */
  static async start(settings) {
    const inputs = settings.tagging;
    const payload = await readEventPayload(settings.env);
    const created = settings.source.created === void 0 ? {} : { commitDate: new Date(settings.source.created) };
    const context = tagContextFrom(settings.env, payload, settings.source.revision, {
      now: /* @__PURE__ */ new Date(),
      ...created
    });
    return new _PublishTagging(settings, inputs, context);
  }
  constructor(settings, inputs, context) {
    this.#inputs = inputs;
    this.#context = context;
    this.#image = settings.image;
    this.#extraTags = settings.extraTags;
    this.#targetOptions = settings.targetOptions;
    this.#logger = settings.targetOptions.logger;
    this.#gate = settings.gate;
    this.plan = planTags(inputs, context);
    for (const note of this.plan.notes) this.#logger.warning(note);
    this.#logger.info(`tag rules give: ${this.plan.tags.join(", ") || "(none)"}`);
    const compare = inputs.compareWith;
    this.#compareReference = compare === void 0 ? void 0 : sameRepositoryReference(settings.image, compare, TAG_INPUT.compareWith);
  }
  /** The tags publish starts from (the image's own tag and the tags input are added to them). */
  get computedTags() {
    return this.plan.tags;
  }
  /**
   * On a pushed git tag: when the commit's own artifact (its type=sha tag, or
   * the full SHA) exists, tag it and return the result; publish is skipped.
   */
  async reuseRelease() {
    if (!isTagEvent(this.#context) || this.#context.sha === "") return void 0;
    const candidates = [.../* @__PURE__ */ new Set([...this.plan.shaTags, this.#context.sha])];
    for (const candidate of candidates) {
      const artifact = await findStoredArtifact(this.#openStore(), candidate);
      if (artifact === void 0) continue;
      return this.#logger.group(`Release: tag the artifact of ${this.#context.sha}`, async () => {
        const description = await describeStoredArtifact(this.#openStore(), artifact);
        await this.#gate?.("release tagging", `${this.#openStore().describe()}@${artifact.manifest.digest}`);
        const pushed = await retagArtifact(this.#openStore(), artifact, this.#allTags(), this.#logger);
        this.#reused(
          artifact,
          `Release ${this.#context.ref.slice("refs/tags/".length)}: the artifact of commit ${this.#context.sha} (${artifact.manifest.digest}, tag ${candidate}) was tagged; nothing was packed or uploaded.`
        );
        return { ...description, pushed };
      });
    }
    this.#logger.info(`no artifact tagged ${candidates.join(" or ")} yet: packing this release`);
    return void 0;
  }
  /** publish's reuseExisting hook: tag compare-with instead of pushing when its content is the packed content. */
  reuseExisting = async (image, layer, tags) => {
    this.#annotations = manifestAnnotations(image.manifest);
    const reference = this.#compareReference;
    if (reference === void 0) return void 0;
    const baseline = await findStoredArtifact(this.#openStore(), reference);
    if (baseline === void 0) {
      this.#logger.info(
        `${TAG_INPUT.compareWith} ${reference} does not exist in ${this.#openStore().describe()}: pushing`
      );
      return void 0;
    }
    if (!hasSameContent(baseline, layer.diffId)) {
      this.#baseline = baseline;
      if (layer.size <= MAX_LAYER_BYTES) this.#newLayer = await readFile(layer.path);
      this.#logger.info(`content differs from ${reference} (${baseline.manifest.digest}): pushing`);
      return void 0;
    }
    return this.#logger.group(`Unchanged since ${reference}: tag ${baseline.manifest.digest}`, async () => {
      const pushed = await retagArtifact(this.#openStore(), baseline, tags, this.#logger);
      this.#reused(
        baseline,
        `Content unchanged: ${TAG_INPUT.compareWith} ${reference} (${baseline.manifest.digest}) holds the same files, so it was tagged ${tags.join(", ")}; no blob was uploaded.`
      );
      return pushed;
    });
  };
  /** Sets json and changed, and writes the note or the diff into the job summary. */
  async report(result, reporter) {
    const { setTagOutputs: setTagOutputs2, writeSummaryNote: writeSummaryNote2 } = reporter;
    const details = {
      changed: this.#changed,
      annotations: this.#annotations,
      ...this.plan.version === void 0 ? {} : { version: this.plan.version }
    };
    setTagOutputs2(tagMetadata(result.target, result.pushed, details));
    if (this.#note !== void 0) await writeSummaryNote2(this.#note);
    if (this.#baseline !== void 0) await this.#writeDiff(this.#baseline, result, reporter);
  }
  /** Releases registry connections. */
  close() {
    this.#store?.close();
  }
  async #writeDiff(baseline, result, { writeSummaryNote: writeSummaryNote2, writeDiffSummary: writeDiffSummary2 }) {
    const heading = `### Changes since ${this.#inputs.compareWith ?? baseline.reference}`;
    if (this.#newLayer === void 0) {
      await writeSummaryNote2(
        `The layer is over ${MAX_LAYER_BYTES} bytes: no diff against ${baseline.reference}.`
      );
      return;
    }
    try {
      const store = this.#openStore();
      const before = await loadStoredSide(
        store,
        baseline.manifest.digest,
        `${store.describe()}@${baseline.manifest.digest}`
      );
      const label = result.pushed.reference;
      const after = {
        label,
        digest: result.pushed.digest,
        layerSize: result.layer.size,
        content: await readLayerFiles(this.#newLayer, label)
      };
      await writeDiffSummary2(diffArtifacts(before, after), heading);
    } catch (error) {
      this.#logger.warning(
        `no diff against ${baseline.reference}: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }
  #reused(artifact, note) {
    this.#changed = false;
    this.#annotations = artifact.manifest.annotations;
    this.#note = note;
  }
  /** The same tag list publish would push: rule tags, the image's own tag, the tags input. */
  #allTags() {
    const reference = namedReference(this.#image.trim(), "image");
    const imageTag = reference === void 0 || reference.startsWith("sha256:") ? {} : { imageTag: reference };
    return resolveTags({ computed: this.plan.tags, ...imageTag, extra: this.#extraTags });
  }
  #openStore() {
    this.#store ??= openImageStore(this.#image, this.#targetOptions, "image").store;
    return this.#store;
  }
};

// src/preview/comment-marker.ts
var MARKER_PREFIX = "<!-- configsync-oci:preview";
var MAX_REMEMBERED_TAGS = 100;
function markerLine(id, state) {
  const encoded = Buffer.from(JSON.stringify({ v: 1, name: state.name, tags: state.tags })).toString(
    "base64url"
  );
  return `${MARKER_PREFIX} id=${id} state=${encoded} -->`;
}
function isPreviewComment(body, id) {
  return body.startsWith(`${MARKER_PREFIX} id=${id} `);
}
function readState(body, id) {
  if (!isPreviewComment(body, id)) return void 0;
  const encoded = /^[^\n]* state=([A-Za-z0-9_-]*) -->/.exec(body)?.[1] ?? "";
  try {
    const value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    const tags = Array.isArray(value.tags) ? value.tags.filter((t) => typeof t === "string") : [];
    return { name: typeof value.name === "string" ? value.name : "", tags };
  } catch {
    return { name: "", tags: [] };
  }
}
function rememberTags(previous, pushed) {
  const merged = [...previous.filter((tag) => !pushed.includes(tag)), ...pushed];
  return merged.slice(Math.max(0, merged.length - MAX_REMEMBERED_TAGS));
}

// src/preview/preview-sync.ts
async function syncPreview(ref, image, rollout, env, logger) {
  const what = 'input "preview-sync"';
  const cluster = await loadClusterModule(what);
  const preview = await import("./preview-cluster-DT7MJJ6U.js");
  const members = cluster.openFleet(rollout.selection, rollout.canaries, env);
  const where = members.length === 1 ? `cluster ${members[0].name}` : `${members.length} clusters`;
  return logger.group(`Preview ${describeSyncRef(ref)} in ${where}`, async () => {
    const fleet = await rolloutFleet(
      members,
      {
        ref,
        image,
        ...rollout.create === void 0 ? {} : { create: rollout.create },
        wait: rollout.wait,
        timeoutMs: rollout.timeoutMs,
        policy: { sourceErrorGraceMs: Math.min(6e4, rollout.timeoutMs) }
      },
      { concurrency: rollout.concurrency, rollbackOnFailure: false, logger }
    );
    const written = new Set(fleet.clusters.filter((c) => c.action !== "none").map((c) => c.cluster));
    const endpoints = preview.previewEndpoints(rollout.selection, env).filter((e) => written.has(e.name));
    const marks = await Promise.all(
      endpoints.map((endpoint) => preview.markForegroundDeletion(endpoint, ref))
    );
    for (const mark of marks.filter((m) => m.result === "failed"))
      logger.warning(
        `${mark.cluster}: ${mark.message}; closing the pull request will leave the objects it synced`
      );
    return { fleet, marks };
  });
}
async function removePreviewSync(ref, selection, waitMs, env, logger) {
  await loadClusterModule('input "preview-sync"');
  const preview = await import("./preview-cluster-DT7MJJ6U.js");
  const endpoints = preview.previewEndpoints(selection, env);
  return logger.group(`Delete ${describeSyncRef(ref)}`, async () => {
    const results = await Promise.all(
      endpoints.map((endpoint) => preview.deletePreviewSync(endpoint, ref, waitMs))
    );
    for (const r of results) {
      if (r.result === "failed") logger.warning(`${r.cluster}: ${r.message}`);
      else logger.info(`${r.cluster}: ${r.message}`);
    }
    return results;
  });
}

// src/report/preview-markdown.ts
var COMMENT_LIMIT = 65536;
var MARGIN = 1e3;
var MAX_FINDINGS = 20;
function renderPreviewMarkdown(view, reserved = 0) {
  const head = [
    `### configsync-oci preview \`${view.name}\``,
    "",
    `Pull request #${view.pullRequest} at \`${view.headSha.slice(0, 12)}\`: **${view.objectCount} objects** in \`${view.image}\``,
    "",
    "| | |",
    "| --- | --- |",
    `| Digest | \`${view.digest}\` |`,
    `| Tags | ${view.tags.map((t) => `\`${t}\``).join(" ")} |`,
    `| Layer size | ${view.size.toLocaleString("en-US")} bytes |`,
    "",
    ...validationLines(view.findings, false),
    ...syncLines(view.sync)
  ];
  const foot = footer(view.runUrl, `Updated on every push to #${view.pullRequest}.`);
  const used = reserved + head.join("\n").length + foot.join("\n").length + MARGIN;
  const diff = diffLines(view.base, COMMENT_LIMIT - used);
  return `${[...head, ...diff, ...foot].join("\n").trimEnd()}
`;
}
function renderFailureMarkdown(view) {
  const out = [
    `### configsync-oci preview \`${view.name}\``,
    "",
    `Pull request #${view.pullRequest} at \`${view.headSha.slice(0, 12)}\`: ${escape(view.message)}`,
    "",
    ...validationLines(view.findings, true),
    ...footer(view.runUrl, "The preview still shows the last artifact that passed.")
  ];
  return `${out.join("\n").trimEnd()}
`;
}
function renderCleanupMarkdown(view) {
  const out = [
    `### configsync-oci preview \`${view.name}\`: ${view.merged ? "merged" : "closed"}, cleaned up`,
    ""
  ];
  if (view.syncs !== void 0) {
    out.push(
      "**Preview sync**",
      "",
      ...view.syncs.map((s) => `- ${s.cluster}: ${s.result}: ${escape(s.message)}`),
      ""
    );
  }
  out.push(...tagLines(view), ...footer(view.runUrl, ""));
  return `${out.join("\n").trimEnd()}
`;
}
function fitComment(marker, markdown, limit = COMMENT_LIMIT) {
  const body = `${marker}
${markdown}`;
  if (body.length <= limit) return body;
  const note = "\n\n_The rest of this comment was cut at GitHub's 65,536-character limit; the job summary and `configsync-oci diff` show all of it._\n";
  const kept = [];
  let size = 0;
  let fence;
  let details = 0;
  for (const line of body.split("\n")) {
    const closing2 = (fence === void 0 ? "" : `
${fence}`) + "\n</details>".repeat(details);
    if (size + line.length + 1 + closing2.length + note.length > limit) break;
    kept.push(line);
    size += line.length + 1;
    const mark = /^(`{3,})/.exec(line)?.[1];
    if (mark !== void 0) fence = fence === void 0 ? mark : line.trim() === fence ? void 0 : fence;
    else if (fence === void 0 && line.startsWith("<details")) details++;
    else if (fence === void 0 && line.startsWith("</details>")) details = Math.max(0, details - 1);
  }
  const closing = [
    ...fence === void 0 ? [] : [fence],
    ...Array.from({ length: details }, () => "</details>")
  ];
  return `${[...kept, ...closing].join("\n")}${note}`;
}
function validationLines(findings, failed) {
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length;
  if (findings.length === 0)
    return [failed ? "**Validation failed.**" : "**Validation:** passed, no findings.", ""];
  const rows = sortFindings(findings).slice(0, MAX_FINDINGS).map(
    (f) => `| ${f.code} | ${f.severity} | \`${f.line > 0 ? `${f.file}:${f.line}` : f.file}\` | ${escape(f.message)} |`
  );
  const more = findings.length > MAX_FINDINGS ? [`- \u2026 and ${findings.length - MAX_FINDINGS} more (see the annotations)`] : [];
  const counts = `${plural(errors, "error")} and ${plural(findings.length - errors, "warning")}`;
  return [
    failed ? `**Validation failed:** ${counts}; nothing was pushed.` : `**Validation:** passed with ${counts}.`,
    "",
    `<details><summary>Findings (${findings.length})</summary>`,
    "",
    "| Code | Severity | File | Message |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...more,
    "",
    "</details>",
    ""
  ];
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function syncLines(sync) {
  if (sync === void 0) return [];
  const heading = `**Preview sync:** ${describeSyncRef(sync.ref)}`;
  if (sync.fleet === void 0)
    return [heading, "", `- not synced: ${escape(sync.error ?? "unknown error")}`, ""];
  const rows = sync.fleet.clusters.map(
    (c) => `| ${escape(c.cluster)} | **${c.state}** | ${escape(describeAction(c))} | ${escape(syncDetails(c))} |`
  );
  return [heading, "", "| Cluster | State | Image | Details |", "| --- | --- | --- | --- |", ...rows, ""];
}
function syncDetails(c) {
  const parts = [firstLine(c.reason)];
  for (const error of c.errors.slice(0, 3))
    if (!parts.some((p) => p.endsWith(firstLine(error.message)))) parts.push(firstLine(error.message));
  if (c.errors.length > 3) parts.push(`\u2026 ${c.errors.length - 3} more`);
  return parts.join(" \xB7 ");
}
function diffLines(base, budget) {
  const heading = `#### Changes against \`${base.label}\``;
  if (base.diff === void 0) return [heading, "", base.note ?? "No artifact to compare with.", ""];
  return [renderDiffMarkdown(base.diff, { heading, maxChars: Math.max(2e3, budget) }).trimEnd(), ""];
}
function tagLines(view) {
  if (view.tagError !== void 0) return ["**Tags:** not removed: " + escape(view.tagError), ""];
  const tags = view.tags;
  if (tags === void 0) return [];
  const out = ["**Tags**", ""];
  if (tags.removed.length > 0)
    out.push(`- removed from \`${view.repository}\`: ${tags.removed.map((r) => `\`${r.tag}\``).join(", ")}`);
  for (const kept of tags.kept)
    out.push(`- left \`${kept.tag}\` (\`${kept.digest}\`): ${escape(kept.reason)}`);
  if (tags.absent.length > 0)
    out.push(`- not found (already gone): ${tags.absent.map((t) => `\`${t}\``).join(", ")}`);
  if (tags.removed.length + tags.kept.length + tags.absent.length === 0) out.push("- none to remove");
  return [...out, ""];
}
function footer(runUrl, text) {
  const parts = [text, runUrl === void 0 ? "" : `[Run](${runUrl}).`].filter((part) => part !== "");
  return parts.length === 0 ? [] : ["", `<sub>${parts.join(" ")}</sub>`];
}
function escape(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}

// src/preview/sticky-comment.ts
async function findPreviewComment(api, issue, id) {
  for await (const page of api.listPages(issue)) {
    const comment = page.find((c) => isPreviewComment(c.body, id));
    if (comment !== void 0)
      return { comment, state: readState(comment.body, id) ?? { name: "", tags: [] } };
  }
  return void 0;
}
async function writePreviewComment(api, issue, found, body) {
  if (found !== void 0) return { comment: await api.update(found.comment.id, body), created: false };
  return { comment: await api.create(issue, body), created: true };
}

// src/pipeline/preview-session.ts
async function openPreviewSession(context) {
  const { env, settings } = context;
  if (settings.preview === void 0) throw new InputError(`mode "${settings.mode}" has no preview settings`);
  const { pullRequest: pr, inputs } = settings.preview;
  const image = requireImage(settings.core);
  const scope = settings.validation.validation.scope;
  const syncedBy = scope === void 0 || scope.kind === "root" ? rootSyncRef("root-sync") : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name };
  const name = renderPreviewName(
    inputs.nameTemplate,
    { number: pr.number, branch: pr.headRef },
    PREVIEW_INPUT.nameTemplate
  );
  const comments = inputs.comment && inputs.token !== "" ? (await import("./github-comments-6BH4HZ4V.js")).githubComments(
    inputs.token,
    inputs.apiUrl,
    pr.repository
  ) : void 0;
  const runId = env["GITHUB_RUN_ID"];
  const server = env["GITHUB_SERVER_URL"] || "https://github.com";
  return {
    pr,
    inputs,
    image,
    id: repositoryName(parseImageReference(image, "image")),
    ref: previewSyncRef(name, syncedBy, PREVIEW_INPUT.nameTemplate),
    ...comments === void 0 ? {} : { comments },
    ...runId ? { runUrl: `${server}/${pr.repository}/actions/runs/${runId}` } : {},
    targetOptions: targetOptionsOf(context)
  };
}
async function findComment(session, logger) {
  if (session.comments === void 0) return void 0;
  try {
    return await findPreviewComment(session.comments, session.pr.number, session.id);
  } catch (error) {
    warnApi(error, logger, "could not read the pull request comments");
    return void 0;
  }
}
async function postComment(session, found, state, markdown, logger) {
  if (session.comments === void 0) return "";
  try {
    const { comment, created } = await writePreviewComment(
      session.comments,
      session.pr.number,
      found,
      fitComment(markerLine(session.id, state), markdown)
    );
    logger.info(
      `${created ? "Commented on" : "Updated the comment on"} pull request #${session.pr.number}: ${comment.url}`
    );
    return comment.url;
  } catch (error) {
    warnApi(error, logger, `could not comment on pull request #${session.pr.number}`);
    return "";
  }
}
function warnApi(error, logger, what) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof error === "object" && error !== null && "hint" in error && typeof error.hint === "string" ? ` (${error.hint})` : "";
  logger.warning(`${what}: ${message}${hint}; the preview is in the job summary only`);
}

// src/pipeline/preview-step.ts
var previewStep = {
  name: "preview",
  // Neither rollout nor config-repo is set in mode preview: the settings refuse them (a pull request's
  // artifact must not reach the production sync or config repo).
  enabled: previewEnabled,
  async run(context, result) {
    const session = await openPreviewSession(context);
    const logger = context.logger;
    const found = await findComment(session, logger);
    const base = await diffAgainstBase(context, session, result);
    const sync = session.inputs.sync ? await runPreviewSync(context, session, result.pushed.reference) : void 0;
    const view = {
      pullRequest: session.pr.number,
      name: session.ref.name,
      headSha: session.pr.headSha,
      image: result.pushed.reference,
      digest: result.pushed.digest,
      tags: result.pushed.tags,
      size: result.layer.size,
      objectCount: result.objectCount,
      findings: result.findings,
      base,
      ...sync === void 0 ? {} : {
        sync: { ref: session.ref, ..."fleet" in sync ? { fleet: sync.fleet } : { error: sync.error } }
      },
      ...session.runUrl === void 0 ? {} : { runUrl: session.runUrl }
    };
    const own = await ownTags(context, session, result.pushed.tags);
    const state = { name: session.ref.name, tags: rememberTags(found?.state.tags ?? [], own) };
    const markdown = renderPreviewMarkdown(view, markerLine(session.id, state).length + 1);
    const url = await postComment(session, found, state, markdown, logger);
    await writePreviewSummary(markdown);
    setPreviewOutputs(session.ref.name, url);
    if (sync !== void 0) throwIfFailed(sync);
  }
};
async function diffAgainstBase(context, session, result) {
  const label = session.inputs.base ?? sanitizeTag(session.pr.baseRef) ?? "";
  if (label === "")
    return { label: "(no base branch)", note: "The event names no base branch to compare with." };
  const { store } = openImageStore(session.image, session.targetOptions, "image");
  try {
    const reference = sameRepositoryReference(session.image, label, PREVIEW_INPUT.base);
    const found = await store.getManifest(reference);
    if (found === void 0)
      return {
        label,
        note: `No artifact is tagged \`${label}\` in \`${store.describe()}\` yet: nothing to compare with.`
      };
    const before = await loadStoredSide(store, found.digest, `${store.describe()}:${label}`);
    const after = await loadStoredSide(store, result.pushed.digest, result.pushed.reference);
    return { label, diff: diffArtifacts(before, after) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    context.logger.warning(`no diff against ${label}: ${describeError(error).message}`);
    return { label, note: `The diff could not be made: ${describeError(error).message}` };
  } finally {
    store.close();
  }
}
async function runPreviewSync(context, session, image) {
  const rollout = context.settings.preview?.rollout;
  if (rollout === void 0) return { error: "preview-sync: true without rollout settings", cause: void 0 };
  try {
    const outcome = await syncPreview(session.ref, image, rollout, context.env, context.logger);
    setRolloutOutputs(outcome.fleet);
    return outcome;
  } catch (error) {
    return { error: describeError(error).message, cause: error };
  }
}
async function ownTags(context, session, pushed) {
  const tagContext = tagContextFrom(context.env, await readEventPayload(context.env), session.pr.headSha, {
    now: /* @__PURE__ */ new Date()
  });
  const own = allPullRequestTags(pullRequestTags(context.settings.tagging, tagContext));
  return pushed.filter((tag) => own.includes(tag));
}
function throwIfFailed(sync) {
  if (!("fleet" in sync)) throw new ClusterError(`preview sync failed: ${sync.error}`, { cause: sync.cause });
  const failed = sync.fleet.clusters.find((c) => !c.ok);
  if (failed !== void 0) {
    throw new ClusterError(
      `preview sync failed in cluster ${failed.cluster}: ${failed.state}: ${failed.reason.split("\n")[0]}`,
      {
        hint: failed.hint ?? "see the comment on the pull request and the job summary"
      }
    );
  }
}

// src/pipeline/publish-mode.ts
var AFTER_PUBLISH_STEPS = [writeBackStep, rolloutStep, previewStep];
var publishMode = {
  async run(context) {
    const { settings, env, workspace, logger } = context;
    const { core: inputs } = settings;
    const image = requireImage(inputs);
    const { validation, render, failOn, sarifFile } = settings.validation;
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings));
    const source = await detectSourceInfo(inputs.dir, env);
    const registry = { ...settings.registry, env, mask: context.mask };
    const connection = {
      insecure: inputs.insecure,
      ...inputs.credentials ? { credentials: inputs.credentials } : {},
      ...inputs.caFile ? { caFile: inputs.caFile } : {}
    };
    const tagging = await PublishTagging.start({
      tagging: settings.tagging,
      env,
      source,
      image,
      extraTags: inputs.tags,
      targetOptions: { logger, registry, ...connection },
      gate: (what, reference) => gateOnPolicy(context, what, reference)
    });
    const sarif = async (findings) => {
      if (sarifFile !== void 0)
        await writeSarifFile(sarifFile, findings, { dir: inputs.dir, root: workspace });
    };
    const result = await tagging.reuseRelease() ?? await publish(
      {
        dir: inputs.dir,
        image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...inputs.credentials ? { credentials: inputs.credentials } : {},
        ...inputs.caFile ? { caFile: inputs.caFile } : {},
        registry,
        computedTags: tagging.computedTags,
        reuseExisting: tagging.reuseExisting,
        validation,
        render,
        failOn,
        ...settings.signing.plan === void 0 ? {} : { signing: settings.signing.plan }
      },
      logger
    ).catch(async (error) => {
      if (error instanceof ManifestValidationError) await sarif(error.findings);
      throw error;
    });
    await sarif(result.findings);
    annotateFindings(result.findings, inputs.dir, workspace);
    setOutputs(result);
    await writeSummary(result);
    await tagging.report(result, { setTagOutputs, writeSummaryNote, writeDiffSummary });
    tagging.close();
    for (const step of steps) await step.run(context, result);
  }
};

export {
  tagMetadata,
  rememberTags,
  removePreviewSync,
  renderFailureMarkdown,
  renderCleanupMarkdown,
  openPreviewSession,
  findComment,
  postComment,
  AFTER_PUBLISH_STEPS,
  publishMode
};
//# sourceMappingURL=chunk-ZDJY53LT.js.map

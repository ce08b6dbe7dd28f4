import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/report/diff-report.ts
var DIFF_FORMAT = { text: "text", json: "json", markdown: "markdown" };
var LIST_LIMIT = 100;
var DEFAULT_MARKDOWN = {
  heading: "### configsync-oci diff",
  inlineLines: 20,
  maxChars: 6e4
};
function renderDiff(diff, format) {
  if (format === DIFF_FORMAT.json) return `${JSON.stringify(diff, null, 2)}
`;
  if (format === DIFF_FORMAT.markdown) return renderDiffMarkdown(diff);
  return renderDiffText(diff);
}
function renderDiffText(diff) {
  const out = [
    sideLine("old", diff.old),
    sideLine("new", diff.new),
    `size: ${sizeChange(diff.old, diff.new)}`
  ];
  if (diff.identical) return `${[...out, "no differences"].join("\n")}
`;
  out.push(`objects: ${objectCounts(diff)}`);
  for (const entry of diff.added) out.push(`  + ${entry.label} (${entry.file})`);
  for (const entry of diff.removed) out.push(`  - ${entry.label} (${entry.file})`);
  for (const entry of diff.changed) out.push(`  ~ ${entry.label} (${entry.file})`);
  out.push(`files: ${fileCounts(diff)}`);
  for (const path of diff.files.added) out.push(`  + ${path}`);
  for (const path of diff.files.removed) out.push(`  - ${path}`);
  for (const path of diff.files.modified) out.push(`  ~ ${path}`);
  const patches = diff.changed.map((change) => change.patch.trimEnd());
  return `${[...out, ...patches.length === 0 ? [] : ["", patches.join("\n\n")]].join("\n")}
`;
}
function renderDiffMarkdown(diff, options = {}) {
  const settings = { ...DEFAULT_MARKDOWN, ...options };
  const out = [
    settings.heading,
    "",
    `${code(diff.old.label)} \u2192 ${code(diff.new.label)}`,
    "",
    ...sideTable(diff),
    ""
  ];
  if (diff.identical)
    return `${[...out, `No differences: both hold the same ${diff.new.files} files.`].join("\n")}
`;
  out.push(`**Objects:** ${objectCounts(diff)}. **Files:** ${fileCounts(diff)}.`, "");
  if (diff.added.length > 0) out.push("#### Added", "", ...capped(diff.added.map(entryItem)), "");
  if (diff.removed.length > 0) out.push("#### Removed", "", ...capped(diff.removed.map(entryItem)), "");
  const files = filesBlock(diff);
  const used = out.join("\n").length + files.join("\n").length;
  if (diff.changed.length > 0) out.push("#### Changed", "", ...changedBlocks(diff.changed, settings, used));
  out.push(...files);
  return `${out.join("\n").trimEnd()}
`;
}
function sideLine(name, side) {
  const digest = side.digest === void 0 ? "" : ` ${side.digest}`;
  return `${name}: ${side.label}${digest} (${bytes(side.layerSize)}, ${side.files} files, ${side.objects} objects)`;
}
function sideTable(diff) {
  const row = (name, a, b) => `| ${name} | ${a} | ${b} |`;
  return [
    row("", "Old", "New"),
    "| --- | --- | --- |",
    row(
      "Digest",
      diff.old.digest === void 0 ? "\u2014" : code(diff.old.digest),
      diff.new.digest === void 0 ? "\u2014" : code(diff.new.digest)
    ),
    row(
      "Layer size",
      bytes(diff.old.layerSize),
      `${bytes(diff.new.layerSize)} (${signed(diff.new.layerSize - diff.old.layerSize)})`
    ),
    row("Files", String(diff.old.files), String(diff.new.files)),
    row("Objects", String(diff.old.objects), String(diff.new.objects))
  ];
}
function changedBlocks(changes, settings, used) {
  const blocks = changes.map((change) => patchBlock(change, settings.inlineLines));
  let shown = 0;
  let size = used;
  for (let k = 0; k <= blocks.length; k++) {
    if (size + omittedLines(blocks, k).join("\n").length <= settings.maxChars) shown = k;
    size += (blocks[k]?.size ?? 0) + 1;
  }
  return [...blocks.slice(0, shown).flatMap((block) => block.lines), ...omittedLines(blocks, shown)];
}
function patchBlock(change, inlineLines) {
  const counts = `(+${change.linesAdded} \u2212${change.linesRemoved})`;
  const title = `${code(change.label)} in ${code(change.file)} ${counts}`;
  const fence = fenceFor(change.patch);
  const body = [`${fence}diff`, change.patch.trimEnd(), fence];
  const lines = change.patch.split("\n").length <= inlineLines ? [`${title}:`, "", ...body, ""] : [
    `<details><summary>${htmlCode(change.label)} in ${htmlCode(change.file)} ${counts}</summary>`,
    "",
    ...body,
    "",
    "</details>",
    ""
  ];
  return { item: `- ${title}`, lines, size: lines.join("\n").length };
}
function omittedLines(blocks, from) {
  const rest = blocks.length - from;
  if (rest === 0) return [];
  const note = `_${plural(rest, "more changed object")}: the diff is too long to show here; run \`configsync-oci diff\` for all of it._`;
  return [note, "", ...capped(blocks.slice(from).map((block) => block.item)), ""];
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function filesBlock(diff) {
  const items = [
    ...diff.files.added.map((p) => `- added ${code(p)}`),
    ...diff.files.removed.map((p) => `- removed ${code(p)}`),
    ...diff.files.modified.map((p) => `- modified ${code(p)}`)
  ];
  if (items.length === 0) return [];
  return [`<details><summary>Files (${items.length})</summary>`, "", ...capped(items), "", "</details>"];
}
function capped(items) {
  return items.length <= LIST_LIMIT ? [...items] : [...items.slice(0, LIST_LIMIT), `- \u2026 and ${items.length - LIST_LIMIT} more`];
}
function entryItem(entry) {
  return `- ${code(entry.label)} in ${code(entry.file)}`;
}
function objectCounts(diff) {
  return `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`;
}
function fileCounts(diff) {
  return `${diff.files.added.length} added, ${diff.files.removed.length} removed, ${diff.files.modified.length} modified`;
}
function sizeChange(before, after) {
  return `${before.layerSize.toLocaleString("en-US")} \u2192 ${bytes(after.layerSize)} (${signed(after.layerSize - before.layerSize)})`;
}
function bytes(count) {
  return `${count.toLocaleString("en-US")} bytes`;
}
function signed(delta) {
  return delta === 0 ? "\xB10" : `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta).toLocaleString("en-US")}`;
}
function code(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return longest === 0 ? `${ticks}${text}${ticks}` : `${ticks} ${text} ${ticks}`;
}
function htmlCode(text) {
  return `<code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</code>`;
}
function fenceFor(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

export {
  DIFF_FORMAT,
  renderDiff,
  renderDiffMarkdown
};
//# sourceMappingURL=chunk-7PCZ6IVU.js.map

import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  isManifestPath,
  parseManifestFile
} from "./chunk-T3S3P4CL.js";
import {
  require_dist
} from "./chunk-XIYLFDQZ.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/diff/object-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function objectIdOf(object) {
  const apiVersion = typeof object["apiVersion"] === "string" ? object["apiVersion"] : "";
  const metadata = typeof object["metadata"] === "object" && object["metadata"] !== null ? object["metadata"] : {};
  const text = (value) => typeof value === "string" ? value : "";
  return {
    group: apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "",
    kind: text(object["kind"]),
    namespace: text(metadata["namespace"]),
    name: text(metadata["name"])
  };
}
function formatObjectId(id) {
  const kind = id.group === "" ? id.kind : `${id.group}/${id.kind}`;
  return `${kind} ${id.namespace === "" ? "" : `${id.namespace}/`}${id.name}`;
}
function objectIdKey(id) {
  return [id.group, id.kind, id.namespace, id.name].join("\0");
}
var LEADING_KEYS = ["apiVersion", "kind", "metadata"];
function canonicalYaml(object) {
  const ordered = {};
  for (const key of LEADING_KEYS) if (key in object) ordered[key] = sortKeys(object[key]);
  for (const key of Object.keys(object).sort())
    if (!LEADING_KEYS.includes(key)) ordered[key] = sortKeys(object[key]);
  return (0, import_yaml.stringify)(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
}
function stableJson(object) {
  return JSON.stringify(sortKeys(object));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const record = value;
  return Object.fromEntries(
    Object.keys(record).sort().map((key) => [key, sortKeys(record[key])])
  );
}
function isSecret(id) {
  return id.group === "" && id.kind === "Secret";
}
var SECRET_FIELDS = ["data", "stringData"];
function redactSecretPair(before, after) {
  const old = { ...before };
  const next = { ...after };
  for (const field of SECRET_FIELDS) {
    const a = asRecord(before[field]);
    const b = asRecord(after[field]);
    if (a !== void 0)
      old[field] = mapValues(
        a,
        (key, value) => b !== void 0 && b[key] === value ? "<redacted>" : "<redacted: old value>"
      );
    if (b !== void 0)
      next[field] = mapValues(
        b,
        (key, value) => a !== void 0 && a[key] === value ? "<redacted>" : "<redacted: new value>"
      );
  }
  return [old, next];
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function mapValues(record, fn) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(key, value)]));
}

// src/diff/object-diff.ts
var CONTEXT_LINES = 3;
function diffArtifacts(oldSide, newSide) {
  const before = objectsOf(oldSide.content.files);
  const after = objectsOf(newSide.content.files);
  const added = [];
  const removed = [];
  const changed = [];
  for (const [key, next] of after) {
    const previous = before.get(key);
    if (previous === void 0) added.push(next.entry);
    else if (!sameFileBytes(previous.entry.file, next.entry.file, oldSide.content.files, newSide.content.files)) {
      const change = compareObject(previous, next);
      if (change !== void 0) changed.push(change);
    }
  }
  for (const [key, previous] of before) if (!after.has(key)) removed.push(previous.entry);
  const files = fileChanges(oldSide.content.files, newSide.content.files);
  const identical = files.added.length === 0 && files.removed.length === 0 && files.modified.length === 0;
  return {
    old: summarize(oldSide, before.size),
    new: summarize(newSide, after.size),
    added: sortEntries(added),
    removed: sortEntries(removed),
    changed: sortEntries(changed),
    files,
    identical
  };
}
function objectsOf(files) {
  const found = /* @__PURE__ */ new Map();
  for (const [path, file] of [...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!isManifestPath(path)) continue;
    for (const parsed of parseManifestFile(path, file.content.toString("utf8")).objects) {
      const id = objectIdOf(parsed.object);
      let key = objectIdKey(id);
      for (let n = 2; found.has(key); n++) key = `${objectIdKey(id)}#${n}`;
      const suffix = key.includes("#") ? ` ${key.slice(key.indexOf("#"))}` : "";
      found.set(key, {
        entry: { id, label: `${formatObjectId(id)}${suffix}`, file: path },
        object: parsed.object
      });
    }
  }
  return found;
}
function compareObject(previous, next) {
  if (stableJson(previous.object) === stableJson(next.object)) return void 0;
  const [a, b] = isSecret(next.entry.id) ? redactSecretPair(previous.object, next.object) : [previous.object, next.object];
  const oldYaml = canonicalYaml(a);
  const newYaml = canonicalYaml(b);
  if (oldYaml === newYaml) return void 0;
  const label = next.entry.label;
  const patch = structuredPatch(
    `a/${label}`,
    `b/${label}`,
    oldYaml,
    newYaml,
    previous.entry.file,
    next.entry.file,
    { context: CONTEXT_LINES }
  );
  const lines = [
    `--- ${patch.oldFileName}	(${patch.oldHeader ?? ""})`,
    `+++ ${patch.newFileName}	(${patch.newHeader ?? ""})`
  ];
  let linesAdded = 0;
  let linesRemoved = 0;
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines);
    linesAdded += hunk.lines.filter((l) => l.startsWith("+")).length;
    linesRemoved += hunk.lines.filter((l) => l.startsWith("-")).length;
  }
  return {
    ...next.entry,
    oldFile: previous.entry.file,
    patch: `${lines.join("\n")}
`,
    linesAdded,
    linesRemoved
  };
}
function sameFileBytes(oldPath, newPath, before, after) {
  const a = before.get(oldPath);
  const b = after.get(newPath);
  return oldPath === newPath && a !== void 0 && b !== void 0 && a.content.equals(b.content);
}
function fileChanges(before, after) {
  const added = [...after.keys()].filter((path) => !before.has(path)).sort();
  const removed = [...before.keys()].filter((path) => !after.has(path)).sort();
  const modified = [...after.keys()].filter((path) => {
    const old = before.get(path);
    const next = after.get(path);
    return old !== void 0 && (old.executable !== next.executable || !old.content.equals(next.content));
  }).sort();
  return { added, removed, modified };
}
function summarize(side, objects) {
  return {
    label: side.label,
    ...side.digest === void 0 ? {} : { digest: side.digest },
    diffId: side.content.diffId,
    layerSize: side.layerSize,
    tarSize: side.content.tarSize,
    files: side.content.files.size,
    objects
  };
}
function sortEntries(entries) {
  return entries.sort((a, b) => {
    const ka = objectIdKey(a.id);
    const kb = objectIdKey(b.id);
    return ka < kb ? -1 : ka > kb ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
  });
}

export {
  diffArtifacts
};
//# sourceMappingURL=chunk-3OV5U62S.js.map

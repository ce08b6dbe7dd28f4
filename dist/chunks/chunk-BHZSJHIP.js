import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  REGISTRY_INPUT
} from "./chunk-EY52L45C.js";
import {
  branchOf,
  gitTagOf,
  isDefaultBranch,
  pullRequestOf
} from "./chunk-JMLGX322.js";
import {
  INPUT,
  lines,
  parseBoolean
} from "./chunk-CKU2FG4C.js";
import {
  require_semver
} from "./chunk-BBTN7E4D.js";
import {
  checkSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/action/tag-inputs.ts
var TAG_INPUT = {
  tagRules: "tag-rules",
  tagFlavor: "tag-flavor",
  compareWith: "compare-with",
  from: "from"
};
function readTagInputs(read) {
  const compareWith = read(TAG_INPUT.compareWith).trim();
  return {
    rules: lines(read(TAG_INPUT.tagRules)),
    flavor: lines(read(TAG_INPUT.tagFlavor)),
    ...compareWith === "" ? {} : { compareWith }
  };
}
function readPromoteInputs(read, inputs) {
  const from = read(TAG_INPUT.from).trim();
  if (from === "") {
    throw new InputError(`input "${TAG_INPUT.from}" is required for mode "promote"`, {
      hint: `name the tested artifact in the image's repository: a tag (from: main), a digest (from: sha256:\u2026) or the full reference`
    });
  }
  if (inputs.tags.length === 0) {
    throw new InputError(`input "${INPUT.tags}" is required for mode "promote": it lists the tags to add`, {
      hint: "e.g. tags: prod"
    });
  }
  return { from, tags: inputs.tags };
}

// src/tags/sanitize.ts
var MAX_TAG_LENGTH = 128;
function sanitizeTag(value) {
  const tag = value.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").slice(0, MAX_TAG_LENGTH);
  return tag === "" ? void 0 : tag;
}

// src/tags/evaluate.ts
var import_semver = __toESM(require_semver(), 1);

// src/tags/expressions.ts
var EXPRESSION = /\{\{\s*([A-Za-z_]+)((?:\s+[^}]*)?)\s*\}\}/g;
var DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g;
var SHORT_SHA_LENGTH = 7;
function renderGlobal(template, context, where) {
  return template.replace(EXPRESSION, (whole, name, args) => {
    switch (name) {
      case "branch":
        return branchOf(context.ref);
      case "tag":
        return gitTagOf(context.ref);
      case "sha":
        return shortSha(context.sha);
      case "base_ref":
        return context.baseRef ?? "";
      case "is_default_branch":
        return String(isDefaultBranch(context));
      case "is_not_default_branch":
        return String(!isDefaultBranch(context));
      case "date":
        return formatDate(context.now, args, whole, where);
      case "commit_date":
        return formatDate(context.commitDate ?? context.now, args, whole, where);
      default:
        throw unknownExpression(
          whole,
          where,
          "branch, tag, sha, base_ref, is_default_branch, is_not_default_branch, date, commit_date"
        );
    }
  });
}
function renderSemverPattern(pattern, parts, where) {
  return pattern.replace(EXPRESSION, (whole, name, args) => {
    if (args.trim() === "" && (name === "raw" || name === "version" || name === "major" || name === "minor" || name === "patch")) {
      return String(parts[name]);
    }
    throw unknownExpression(whole, where, "raw, version, major, minor, patch");
  });
}
function isRawPattern(pattern) {
  return /^\{\{\s*raw\s*\}\}$/.test(pattern.trim());
}
function shortSha(sha) {
  return sha.slice(0, SHORT_SHA_LENGTH);
}
function unknownExpression(expression, where, known) {
  return new InputError(`${where}: unknown expression ${expression}`, {
    hint: `the expressions are ${known}`
  });
}
function formatDate(date, args, whole, where) {
  const match = /^\s*'([^']*)'(?:\s+tz='([^']+)')?\s*$/.exec(args);
  if (match === null) {
    throw new InputError(`${where}: cannot read ${whole}`, {
      hint: "write {{date 'YYYYMMDD'}} or {{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"
    });
  }
  const parts = dateParts(date, match[2] ?? "UTC", whole, where);
  return match[1].replace(
    DATE_TOKENS,
    (token) => token === "YY" ? parts.YYYY.slice(2) : parts[token]
  );
}
function dateParts(date, timeZone, whole, where) {
  let format;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
  } catch (cause) {
    throw new InputError(`${where}: unknown time zone in ${whole}`, {
      cause,
      hint: "use an IANA zone such as tz='Europe/Paris'"
    });
  }
  const get = (type) => format.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return {
    YYYY: get("year").padStart(4, "0"),
    MM: get("month"),
    DD: get("day"),
    HH: get("hour"),
    mm: get("minute"),
    ss: get("second")
  };
}

// src/tags/evaluate.ts
function evaluateTagRules(rules, flavor, context) {
  const sorted = [...rules].sort((a, b) => b.priority - a.priority);
  const tags = [];
  const shaTags = [];
  const notes = [];
  let autoLatest;
  for (const rule of sorted) {
    const where = `tag rule "${rule.text}"`;
    if (!isEnabled(rule, context, where)) continue;
    const produced = produce(rule, context, where, notes);
    if (produced === void 0 || produced.value === "") continue;
    const text = `${affix(rule.prefix, flavor.prefix, context, where)}${produced.value}${affix(rule.suffix, flavor.suffix, context, where)}`;
    const tag = sanitizeTag(text);
    if (tag === void 0) {
      notes.push(`${where} gave "${text}", which has no character a tag may start with`);
      continue;
    }
    if (!tags.includes(tag)) tags.push(tag);
    if (rule.type === "sha" && !shaTags.includes(tag)) shaTags.push(tag);
    autoLatest ??= produced.autoLatest;
  }
  const latest = tags.length > 0 && (flavor.latest === "auto" ? autoLatest === true : flavor.latest === "true");
  if (latest) {
    const latestTag = sanitizeTag(
      `${flavor.prefixLatest ? flavor.prefix : ""}latest${flavor.suffixLatest ? flavor.suffix : ""}`
    );
    if (latestTag !== void 0 && !tags.includes(latestTag)) tags.push(latestTag);
  }
  return { tags, ...tags[0] === void 0 ? {} : { version: tags[0] }, latest, shaTags, notes };
}
function isEnabled(rule, context, where) {
  const enabled = renderGlobal(rule.enable, context, where).trim();
  if (enabled === "true") return true;
  if (enabled === "false") return false;
  throw new InputError(`${where}: enable is "${enabled}", expected true or false`, {
    hint: "e.g. enable={{is_default_branch}} or enable=${{ github.ref == 'refs/heads/main' }}"
  });
}
function affix(own, global, context, where) {
  return renderGlobal(own ?? global, context, where);
}
function produce(rule, context, where, notes) {
  const { attrs } = rule;
  switch (rule.type) {
    case "sha":
      if (context.sha === "") {
        notes.push(`${where}: no commit SHA is known (GITHUB_SHA unset and no git checkout)`);
        return void 0;
      }
      return { value: attrs["format"] === "short" ? shortSha(context.sha) : context.sha, autoLatest: false };
    case "ref":
      return produceRef(attrs["event"] ?? "", context.ref);
    case "edge":
      return produceEdge(attrs["branch"] ?? "", context, where, notes);
    case "raw":
      return { value: renderGlobal(attrs["value"] ?? "", context, where), autoLatest: false };
    case "semver":
      return produceSemver(rule, context, where, notes);
    case "match":
      return produceMatch(rule, context, where, notes);
  }
}
function produceRef(event, ref) {
  const value = event === "branch" ? branchOf(ref) : event === "tag" ? gitTagOf(ref) : pullRequestOf(ref);
  return value === "" ? void 0 : { value, autoLatest: event === "tag" };
}
function produceEdge(branch, context, where, notes) {
  const current = branchOf(context.ref);
  if (current === "") return void 0;
  const wanted = branch === "" ? context.defaultBranch : branch;
  if (wanted === void 0) {
    notes.push(`${where}: the event names no default branch; give branch=`);
    return void 0;
  }
  return current === wanted ? { value: "edge", autoLatest: false } : void 0;
}
function versionSource(rule, context, where) {
  const value = rule.attrs["value"] ?? "";
  if (value !== "") return renderGlobal(value, context, where);
  const tag = gitTagOf(context.ref);
  return tag === "" ? void 0 : tag;
}
function produceSemver(rule, context, where, notes) {
  let text = versionSource(rule, context, where);
  if (text === void 0) return void 0;
  const match = rule.attrs["match"] ?? "";
  if (match !== "") {
    const found = compileRegex(match, where).exec(text);
    if (found?.[1] === void 0) notes.push(`${where}: ${match} does not match ${text}`);
    else text = found[1];
  }
  text = text.replace(/\//g, "-");
  const parsed = (0, import_semver.valid)(text) === null ? null : (0, import_semver.parse)(text, { loose: true });
  if (parsed === null) {
    notes.push(`${where}: ${text} is not a valid semantic version (https://semver.org)`);
    return void 0;
  }
  const parts = {
    raw: text,
    version: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch
  };
  const pattern = rule.attrs["pattern"] ?? "";
  if ((0, import_semver.prerelease)(text) !== null) {
    return {
      value: renderSemverPattern(isRawPattern(pattern) ? pattern : "{{version}}", parts, where),
      autoLatest: false
    };
  }
  return { value: renderSemverPattern(pattern, parts, where), autoLatest: true };
}
function produceMatch(rule, context, where, notes) {
  const text = versionSource(rule, context, where);
  if (text === void 0) return void 0;
  const pattern = rule.attrs["pattern"] ?? "";
  const found = compileRegex(pattern, where).exec(text);
  const group = Number(rule.attrs["group"] ?? "0");
  if (found === null) {
    notes.push(`${where}: ${pattern} does not match ${text}`);
    return void 0;
  }
  const value = found[group];
  if (value === void 0) {
    notes.push(`${where}: group ${group} does not exist in ${pattern}`);
    return void 0;
  }
  return { value, autoLatest: true };
}
function compileRegex(pattern, where) {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  try {
    return literal === null ? new RegExp(pattern) : new RegExp(literal[1], literal[2]);
  } catch (cause) {
    throw new InputError(`${where}: ${pattern} is not a valid regular expression`, {
      cause,
      hint: "e.g. match=v(\\d+\\.\\d+\\.\\d+)$"
    });
  }
}

// src/tags/tag-rule.ts
var RULE_TYPE = {
  semver: "semver",
  match: "match",
  edge: "edge",
  ref: "ref",
  raw: "raw",
  sha: "sha"
};
var REF_EVENT = { branch: "branch", tag: "tag", pr: "pr" };
var DEFAULT_PRIORITY = {
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100
};
var DEFAULT_TAG_RULES = ["type=sha"];
var DEFAULT_FLAVOR = {
  latest: "auto",
  prefix: "",
  prefixLatest: false,
  suffix: "",
  suffixLatest: false
};
var COMMON_KEYS = ["type", "enable", "priority", "prefix", "suffix"];
var TYPE_KEYS = {
  semver: ["pattern", "value", "match"],
  match: ["pattern", "group", "value"],
  edge: ["branch"],
  ref: ["event"],
  raw: ["value"],
  sha: ["format"]
};
function parseTagRules(lines2, inputName = "tag-rules") {
  const rules = [];
  lines2.forEach((raw, index) => {
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const fail = (why, example) => {
      throw new InputError(`input "${inputName}" line ${index + 1} (${text}): ${why}`, {
        hint: `e.g. ${example}`
      });
    };
    rules.push(parseRule(text, fail));
  });
  return rules;
}
function parseRule(text, fail) {
  const attrs = {};
  for (const field of splitCsv(text, fail)) {
    const eq = field.indexOf("=");
    const key = eq < 0 ? "value" : field.slice(0, eq).trim().toLowerCase();
    if (key in attrs) fail(`attribute "${key}" is given twice`, "type=raw,value=stable");
    attrs[key] = (eq < 0 ? field : field.slice(eq + 1)).trim();
  }
  const type = attrs["type"] ?? RULE_TYPE.raw;
  if (!(type in TYPE_KEYS)) {
    fail(
      `type "${type}" is not supported (use ${Object.values(RULE_TYPE).join(", ")})`,
      "type=semver,pattern={{version}}"
    );
  }
  for (const key of Object.keys(attrs)) {
    if (!COMMON_KEYS.includes(key) && !TYPE_KEYS[type].includes(key)) {
      fail(
        `type=${type} has no attribute "${key}" (it takes ${[...TYPE_KEYS[type], ...COMMON_KEYS.slice(1)].join(", ")})`,
        EXAMPLE[type]
      );
    }
  }
  const { type: _type, enable = "true", priority, prefix, suffix, ...rest } = attrs;
  const typed = withTypeDefaults(type, rest, fail);
  const rulePrefix = prefix ?? typed.prefix;
  return {
    type,
    text,
    priority: parsePriority(priority, type, fail),
    enable,
    ...rulePrefix === void 0 ? {} : { prefix: rulePrefix },
    ...suffix === void 0 ? {} : { suffix },
    attrs: typed.attrs
  };
}
var EXAMPLE = {
  semver: "type=semver,pattern={{major}}.{{minor}}",
  match: "type=match,pattern=v(\\d+),group=1",
  edge: "type=edge,branch=main",
  ref: "type=ref,event=branch",
  raw: "type=raw,value=stable",
  sha: "type=sha,format=short,prefix=sha-"
};
function withTypeDefaults(type, given, fail) {
  const require2 = (key) => {
    if (given[key] === void 0 || given[key] === "") fail(`type=${type} needs ${key}=`, EXAMPLE[type]);
  };
  switch (type) {
    case "semver":
      require2("pattern");
      return { attrs: { value: "", match: "", ...given } };
    case "match": {
      require2("pattern");
      const group = given["group"] ?? "0";
      if (!/^\d+$/.test(group)) fail(`group "${group}" is not a number`, EXAMPLE.match);
      return { attrs: { value: "", ...given, group } };
    }
    case "edge":
      return { attrs: { branch: "", ...given } };
    case "ref": {
      const event = given["event"] ?? "";
      if (!Object.values(REF_EVENT).includes(event))
        fail("event must be branch, tag or pr", EXAMPLE.ref);
      return event === REF_EVENT.pr ? { attrs: given, prefix: "pr-" } : { attrs: given };
    }
    case "raw":
      if (given["value"] === void 0) fail("type=raw needs value=", EXAMPLE.raw);
      return { attrs: given };
    case "sha": {
      const format = given["format"] ?? "long";
      if (format !== "short" && format !== "long")
        fail(`format must be short or long, not "${format}"`, EXAMPLE.sha);
      return { attrs: { ...given, format } };
    }
  }
}
function parsePriority(text, type, fail) {
  if (text === void 0 || text === "") return DEFAULT_PRIORITY[type];
  if (!/^-?\d+$/.test(text))
    fail(`priority "${text}" is not a whole number`, `${EXAMPLE[type]},priority=1000`);
  return Number(text);
}
function splitCsv(text, fail) {
  const fields = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(current);
      current = "";
    } else current += char;
  }
  if (quoted) fail("a double quote is not closed", 'type=raw,"value=a,b"');
  fields.push(current);
  return fields.map((f) => f.trim()).filter((f) => f !== "");
}
function parseTagFlavor(lines2, inputName = "tag-flavor") {
  let flavor = DEFAULT_FLAVOR;
  lines2.forEach((raw, index) => {
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const fail = (why, example) => {
      throw new InputError(`input "${inputName}" line ${index + 1} (${text}): ${why}`, {
        hint: `e.g. ${example}`
      });
    };
    flavor = applyFlavorLine(flavor, splitCsv(text, fail), fail);
  });
  return flavor;
}
function applyFlavorLine(start, fields, fail) {
  let flavor = start;
  let onLatestFor;
  for (const field of fields) {
    const eq = field.indexOf("=");
    if (eq < 0) fail(`"${field}" is not key=value`, "latest=false");
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === "latest") {
      if (value !== "auto" && value !== "true" && value !== "false")
        fail("latest must be auto, true or false", "latest=false");
      flavor = { ...flavor, latest: value };
    } else if (key === "prefix" || key === "suffix") {
      flavor = { ...flavor, [key]: value };
      onLatestFor = key;
    } else if (key === "onlatest") {
      if (value !== "true" && value !== "false" || onLatestFor === void 0)
        fail("onlatest=true|false follows prefix= or suffix=", "suffix=-dev,onlatest=true");
      flavor = { ...flavor, [`${onLatestFor}Latest`]: value === "true" };
    } else {
      fail(`unknown flavor "${key}" (use latest, prefix, suffix, onlatest)`, "latest=auto");
    }
  }
  return flavor;
}

// src/tags/preview-tags.ts
var PREVIEW_TAG_RULES = ["type=ref,event=pr", "type=sha"];
function pullRequestTags(settings, context) {
  const lines2 = settings.rules.some((line) => line.trim() !== "" && !line.trim().startsWith("#")) ? settings.rules : PREVIEW_TAG_RULES;
  const own = parseTagRules(lines2).filter(isPullRequestRule);
  const plan = evaluateTagRules(own, { ...parseTagFlavor(settings.flavor), latest: "false" }, context);
  return { prTags: plan.tags.filter((tag) => !plan.shaTags.includes(tag)), shaTags: plan.shaTags };
}
function allPullRequestTags(tags) {
  return [.../* @__PURE__ */ new Set([...tags.prTags, ...tags.shaTags])];
}
function isPullRequestRule(rule) {
  return rule.type === RULE_TYPE.sha || rule.type === RULE_TYPE.ref && rule.attrs["event"] === REF_EVENT.pr;
}

// src/preview/preview-name.ts
var DEFAULT_PREVIEW_NAME_TEMPLATE = "pr-{number}";
var NAME_PLACEHOLDERS = ["number", "branch"];
function renderPreviewName(template, values, inputName) {
  const text = template.trim() || DEFAULT_PREVIEW_NAME_TEMPLATE;
  const rendered = text.replace(/\{([^{}]*)\}/g, (_match, key) => {
    if (key === "number") return String(values.number);
    if (key === "branch") return dnsLabelOf(values.branch);
    throw new InputError(
      `input "${inputName}" uses {${key}}; the placeholders are ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(" and ")}`,
      {
        hint: `e.g. ${inputName}: preview-{number}`
      }
    );
  });
  if (/[{}]/.test(rendered))
    throw new InputError(`input "${inputName}" "${text}" has an unbalanced brace`, {
      hint: `e.g. ${inputName}: pr-{number}`
    });
  return rendered.toLowerCase();
}
function previewSyncRef(name, syncedBy, inputName) {
  const ref = { kind: syncedBy.kind, namespace: syncedBy.namespace, name };
  checkSyncRef(ref, `input "${inputName}"`);
  return ref;
}
function dnsLabelOf(branch) {
  return branch.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

// src/action/preview-inputs.ts
var PREVIEW_INPUT = {
  nameTemplate: "preview-name-template",
  sync: "preview-sync",
  base: "preview-base",
  comment: "comment",
  cleanup: "cleanup"
};
function readPreviewInputs(read, mask, env) {
  const token = read(REGISTRY_INPUT.githubToken).trim();
  if (token !== "") mask(token);
  const template = read(PREVIEW_INPUT.nameTemplate).trim() || DEFAULT_PREVIEW_NAME_TEMPLATE;
  if (!template.includes("{number}")) {
    throw new InputError(
      `input "${PREVIEW_INPUT.nameTemplate}" is "${template}"; it must contain {number}, or two pull requests would share one preview`,
      {
        hint: `e.g. ${PREVIEW_INPUT.nameTemplate}: preview-{number}`
      }
    );
  }
  const base = read(PREVIEW_INPUT.base).trim();
  return {
    nameTemplate: template,
    sync: parseBoolean(read(PREVIEW_INPUT.sync), PREVIEW_INPUT.sync),
    ...base === "" ? {} : { base },
    comment: booleanOr(read(PREVIEW_INPUT.comment), PREVIEW_INPUT.comment, true),
    cleanup: booleanOr(read(PREVIEW_INPUT.cleanup), PREVIEW_INPUT.cleanup, true),
    token,
    apiUrl: (env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "")
  };
}
function booleanOr(value, name, fallback) {
  return value.trim() === "" ? fallback : parseBoolean(value, name);
}

export {
  sanitizeTag,
  evaluateTagRules,
  DEFAULT_TAG_RULES,
  parseTagRules,
  parseTagFlavor,
  TAG_INPUT,
  readTagInputs,
  readPromoteInputs,
  PREVIEW_TAG_RULES,
  pullRequestTags,
  allPullRequestTags,
  renderPreviewName,
  previewSyncRef,
  PREVIEW_INPUT,
  readPreviewInputs
};
//# sourceMappingURL=chunk-BHZSJHIP.js.map

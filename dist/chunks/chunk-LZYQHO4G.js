import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ANNOTATION,
  ARTIFACT_REGISTRY_ENDPOINT_ENV,
  DEFAULT_RETRIES,
  GOOGLE_TOKEN_USER,
  MEDIA_TYPE,
  OCI_LAYOUT_PREFIX,
  OciLayoutTarget,
  RegistryClient,
  apiError,
  artifactRegistryRepository,
  createImageTarget,
  credentialChain,
  endpointOptions,
  ensureRepository,
  isDigest,
  parseImageReference,
  registryClientOptions,
  repositoryName,
  repositoryResourceName,
  validateTag
} from "./chunk-4BZBQFTB.js";
import {
  BUNDLED_KUBERNETES_MINOR,
  OLDEST_KUBERNETES_MINOR
} from "./chunk-AVNU6NUN.js";
import {
  CONTROLLER_NAMESPACE,
  DEFAULT_SCOPE,
  KUSTOMIZATION_FILE_NAMES,
  isManifestPath,
  parseManifestFile,
  require_dist
} from "./chunk-UN2WDRKY.js";
import {
  SEVERITY,
  formatFinding,
  sortFindings
} from "./chunk-IDSBZXJC.js";
import {
  closingOnError,
  startValidator
} from "./chunk-XJJ7ZFBW.js";
import {
  CONFIG_SYNC_API,
  ROOT_SYNC_NAMESPACE,
  SYNC_KIND,
  SYNC_STATE,
  VERSION,
  describeSyncRef,
  nomosSyncName,
  reconcilerName,
  require_tar_stream
} from "./chunk-23FCESCC.js";
import {
  ActionError,
  ClusterError,
  GoogleApiError,
  InputError,
  ManifestValidationError,
  MissingSourceError,
  SourceError,
  WriteBackError,
  describeError
} from "./chunk-RSJPG6JE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YVJEBMKL.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/report/text-report.ts
var FORMAT = { text: "text", json: "json" };
function stderrLogger(options) {
  const write = (line) => {
    process.stderr.write(`${line}
`);
  };
  return {
    info: (message) => options.quiet ? void 0 : write(message),
    debug: (message) => options.verbose ? write(`debug: ${message}`) : void 0,
    warning: (message) => write(`warning: ${message}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`==> ${name}`);
      return fn();
    }
  };
}
var UNKNOWN_SCOPE_ADVICE = "KNV1021: Config Sync looks such kinds up on the cluster and retries until their CustomResourceDefinition exists there. To check them here, declare the CRD in the source or add api-resources.txt (kubectl api-resources > api-resources.txt).";
function renderFindingsText(findings) {
  if (findings.length === 0) return "\u2713 No validation issues found.\n";
  const sorted = sortFindings(findings);
  const out = [];
  let file;
  for (const finding of sorted) {
    if (finding.file !== file) {
      if (file !== void 0) out.push("");
      file = finding.file;
      out.push(`${file}:`);
    }
    out.push(`  ${formatFinding(finding)}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  out.push("", `${errors} errors, ${findings.length - errors} warnings`);
  if (findings.some((f) => f.code === "KNV1021")) out.push(UNKNOWN_SCOPE_ADVICE);
  return `${out.join("\n")}
`;
}
function renderFindingsJson(findings) {
  const list2 = sortFindings(findings).map(({ code: code2, severity, file, line, message }) => ({ code: code2, severity, file, line, message }));
  return `${JSON.stringify({ findings: list2 }, null, 2)}
`;
}
function renderPublishResult(result, format) {
  const { pushed, layer } = result;
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        digest: pushed.digest,
        image: pushed.reference,
        tags: pushed.tags,
        target: result.target,
        size: layer.size,
        layerDigest: layer.digest,
        diffId: layer.diffId,
        fileCount: layer.fileCount,
        objectCount: result.objectCount,
        uploadedBlobs: pushed.uploadedBlobs,
        skippedBlobs: pushed.skippedBlobs,
        findings: sortFindings(result.findings)
      },
      null,
      2
    )}
`;
  }
  return [
    `image:  ${pushed.reference}`,
    `digest: ${pushed.digest}`,
    `tags:   ${pushed.tags.join(", ")}`,
    `size:   ${layer.size} bytes, ${layer.fileCount} files, ${result.objectCount} objects`,
    ""
  ].join("\n");
}

// src/report/diff-report.ts
var DIFF_FORMAT = { text: "text", json: "json", markdown: "markdown" };
var LIST_LIMIT = 100;
var DEFAULT_MARKDOWN = { heading: "### configsync-oci diff", inlineLines: 20, maxChars: 6e4 };
function renderDiff(diff, format) {
  if (format === DIFF_FORMAT.json) return `${JSON.stringify(diff, null, 2)}
`;
  if (format === DIFF_FORMAT.markdown) return renderDiffMarkdown(diff);
  return renderDiffText(diff);
}
function renderDiffText(diff) {
  const out = [sideLine("old", diff.old), sideLine("new", diff.new), `size: ${sizeChange(diff.old, diff.new)}`];
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
  const out = [settings.heading, "", `${code(diff.old.label)} \u2192 ${code(diff.new.label)}`, "", ...sideTable(diff), ""];
  if (diff.identical) return `${[...out, `No differences: both hold the same ${diff.new.files} files.`].join("\n")}
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
    row("Digest", diff.old.digest === void 0 ? "\u2014" : code(diff.old.digest), diff.new.digest === void 0 ? "\u2014" : code(diff.new.digest)),
    row("Layer size", bytes(diff.old.layerSize), `${bytes(diff.new.layerSize)} (${signed(diff.new.layerSize - diff.old.layerSize)})`),
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
  const lines2 = change.patch.split("\n").length <= inlineLines ? [`${title}:`, "", ...body, ""] : [`<details><summary>${htmlCode(change.label)} in ${htmlCode(change.file)} ${counts}</summary>`, "", ...body, "", "</details>", ""];
  return { item: `- ${title}`, lines: lines2, size: lines2.join("\n").length };
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

// src/writeback/edit/target.ts
var ROOT_SYNC_NAMESPACE2 = "config-management-system";
var SYNC_KINDS = ["RootSync", "RepoSync"];
var MARKER_PREFIX = "configsync-oci: image";
var DNS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var MARKER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var EXAMPLES = "RootSync/root-sync, RootSync/config-management-system/root-sync, RepoSync/shop/repo-sync, marker or marker:NAME";
var DEFAULT_TARGET = `RootSync/${ROOT_SYNC_NAMESPACE2}/root-sync`;
function parseTarget(text, inputName) {
  const value = text.trim();
  const fail = (why) => {
    throw new InputError(`${inputName} "${value}" ${why}`, { hint: `e.g. ${EXAMPLES}` });
  };
  if (value === "marker") return { type: "marker", name: "" };
  if (value.startsWith("marker:")) {
    const name2 = value.slice("marker:".length);
    if (!MARKER_NAME.test(name2)) fail('has a marker name that is not letters, digits, ".", "_" or "-"');
    return { type: "marker", name: name2 };
  }
  const parts = value.split("/");
  const kind = SYNC_KINDS.find((k) => k.toLowerCase() === parts[0]?.toLowerCase());
  if (kind === void 0) fail("is neither RootSync/\u2026, RepoSync/\u2026 nor marker[:NAME]");
  if (parts.length === 2 && kind === "RepoSync") fail("needs a namespace: RepoSync/NAMESPACE/NAME");
  if (parts.length !== 2 && parts.length !== 3) fail("is not KIND/NAMESPACE/NAME");
  const name = parts.at(-1) ?? "";
  const namespace = parts.length === 3 ? parts[1] ?? "" : ROOT_SYNC_NAMESPACE2;
  for (const part of [namespace, name]) {
    if (!DNS_NAME.test(part) || part.length > 253) fail(`has "${part}", which is not a Kubernetes object name`);
  }
  return { type: "object", kind, namespace, name };
}
function describeTarget(target) {
  if (target.type === "marker") return target.name === "" ? `marker "# ${MARKER_PREFIX}"` : `marker "# ${MARKER_PREFIX} ${target.name}"`;
  return `${target.kind} ${target.namespace}/${target.name}`;
}
function targetSlug(target) {
  if (target.type === "marker") return target.name === "" ? "marker" : `marker-${slugify(target.name)}`;
  return `${target.kind.toLowerCase()}-${target.namespace}-${target.name}`;
}
function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "");
}

// src/writeback/git/config-repo.ts
var SHORTHAND = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
var SCP_LIKE = /^[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+:(.+)$/;
var SCHEMES = /* @__PURE__ */ new Set(["https:", "http:", "file:", "ssh:", "git:"]);
var EXAMPLE = "acme/platform-config, https://github.com/acme/platform-config.git, git@github.com:acme/platform-config.git or file:///srv/git/config.git";
function resolveConfigRepo(text, serverUrl, inputName) {
  const value = text.trim();
  const shorthand = SHORTHAND.exec(value);
  if (shorthand) {
    const url = `${serverUrl.replace(/\/+$/, "")}/${shorthand[1]}/${stripGit(shorthand[2])}.git`;
    return fromUrl(url, inputName, value);
  }
  const scp = SCP_LIKE.exec(value);
  if (scp && !value.includes("://")) return { url: value, http: false, ...ownerRepo(scp[1]) };
  if (value.startsWith("/")) return fromUrl(`file://${value}`, inputName, value);
  return fromUrl(value, inputName, value);
}
function fromUrl(text, inputName, shown) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${inputName} "${redactUrl(shown)}" is not a repository`, { hint: `e.g. ${EXAMPLE}` });
  }
  if (!SCHEMES.has(url.protocol)) throw new InputError(`${inputName} "${redactUrl(shown)}" uses ${url.protocol}, which is not a git transport`, { hint: `e.g. ${EXAMPLE}` });
  const http = url.protocol === "https:" || url.protocol === "http:";
  if (url.password !== "" || http && url.username !== "") {
    throw new InputError(`${inputName} must not carry credentials in the URL`, {
      hint: "remove user:password@ from the URL and pass the token as config-repo-token (CLI: --token-stdin); a token in a URL leaks into the process list and .git/config"
    });
  }
  return { url: text, http, ...ownerRepo(url.pathname) };
}
function ownerRepo(path) {
  const parts = path.split("/").filter((part) => part !== "");
  const [owner, repo] = parts.slice(-2);
  if (parts.length < 2 || owner === void 0 || repo === void 0) return {};
  return { github: { owner, repo: stripGit(repo) } };
}
function stripGit(name) {
  return name.endsWith(".git") ? name.slice(0, -".git".length) : name;
}
function redactUrl(text) {
  return text.replace(/\/\/[^/@\s]*@/, "//***@");
}
function describeRepo(repo) {
  return repo.github && repo.http ? `${repo.github.owner}/${repo.github.repo}` : repo.url;
}

// src/report/writeback-text.ts
function describeOutcome(result, place) {
  const where = `${describeRepo(place.repo)} ${result.branch}`;
  if (result.status === "unchanged") return `${describeTarget(place.target)} already has ${place.image} on ${where}: no commit`;
  if (result.status === "committed") return `committed ${result.commitSha} to ${where} (${countLines(result)})`;
  const pull = result.pullRequest;
  return `${pull?.created ? "opened" : "updated"} pull request #${pull?.number} (${pull?.url}) from ${result.branch} (${countLines(result)})`;
}
function logWriteBack(result, place, logger) {
  for (const warning of result.warnings) logger.warning(warning);
  for (const file of result.files) {
    for (const change of file.changes) logger.info(`${file.file}:${change.line}: ${change.from === void 0 ? "inserted" : `${change.from} \u2192`} ${place.image}`);
  }
  logger.info(describeOutcome(result, place));
  if (result.stalePullRequest) logger.warning(`pull request #${result.stalePullRequest.number} for this target is still open, but ${result.branch} already has the image`);
}
function renderWriteBackResult(result, place, format) {
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        status: result.status,
        commitSha: result.commitSha,
        branch: result.branch,
        pullRequest: result.pullRequest ?? null,
        attempts: result.attempts,
        files: result.files.map((file) => ({ file: file.file, matches: file.matches, changes: file.changes.map(({ line, from, before, after }) => ({ line, from: from ?? null, before, after })) })),
        warnings: result.warnings
      },
      null,
      2
    )}
`;
  }
  const diff = diffText(result);
  return `${describeOutcome(result, place)}
${diff === "" ? "" : `${diff}
`}`;
}
function diffText(result) {
  return result.files.filter((file) => file.changes.length > 0).flatMap((file) => [`--- a/${file.file}`, `+++ b/${file.file}`, ...file.changes.flatMap((c) => [`@@ line ${c.line} @@`, ...c.before === "" ? [] : [`-${c.before}`], `+${c.after}`])]).join("\n");
}
function countLines(result) {
  const lines2 = result.files.reduce((sum, file) => sum + file.changes.length, 0);
  const files = result.files.filter((file) => file.changes.length > 0).length;
  return `${lines2} ${lines2 === 1 ? "line" : "lines"} in ${files} ${files === 1 ? "file" : "files"}`;
}

// src/rootsync/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(text, inputName) {
  const value = text.trim();
  const fail = () => {
    throw new InputError(`${inputName} is "${text}", expected a duration`, { hint: `e.g. ${inputName}: 5m (or 300s, 1h30m, 300)` });
  };
  if (/^\d+$/.test(value)) return positive(Number(value) * 1e3, fail);
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value)) fail();
  let total = 0;
  for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNIT_MS[unit];
  return positive(Math.round(total), fail);
}
function positive(ms, fail) {
  return ms > 0 && Number.isFinite(ms) ? ms : fail();
}
function formatDuration(ms) {
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4}m`;
  if (ms >= 1e3 && ms % 1e3 === 0) return `${ms / 1e3}s`;
  return `${Math.round(ms / 100) / 10}s`;
}

// src/rootsync/sync-patch.ts
import { posix } from "node:path";
var OCI_AUTH = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none"];
function digestHex(image) {
  const digest = parseImageReference(image).digest;
  if (digest === void 0) throw new InputError(`image "${image}" has no digest`);
  return digest.slice("sha256:".length);
}
function requireRolloutImage(image) {
  if (image.startsWith("oci-layout:")) {
    throw new InputError(`a rollout needs a registry image, but the artifact went to ${image}`, {
      hint: "set image to a registry repository a cluster can pull, e.g. us-docker.pkg.dev/my-project/config/app"
    });
  }
  if (parseImageReference(image).digest === void 0) {
    throw new InputError(`a rollout needs a digest reference (REPO@sha256:\u2026), got "${image}"`);
  }
  return image;
}
function buildImageApply(ref, image, resourceVersion) {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace, ...resourceVersion === void 0 ? {} : { resourceVersion } },
    spec: { oci: { image } }
  };
}
function buildSyncObject(ref, image, spec) {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
    spec: {
      sourceType: "oci",
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        ...spec.gcpServiceAccountEmail === void 0 ? {} : { gcpServiceAccountEmail: spec.gcpServiceAccountEmail }
      }
    }
  };
}
function planSyncChange(current, ref, image, create, cluster) {
  if (current === void 0) {
    if (create === void 0) {
      throw new ClusterError(`${describeSyncRef(ref)} does not exist in cluster ${cluster}`, {
        hint: 'create it first (README: "Roll out to a cluster"), or set create-sync: true to create it with sourceType oci'
      });
    }
    return { kind: "create", ref, body: buildSyncObject(ref, image, create) };
  }
  const sourceType = current.spec?.sourceType ?? "git";
  if (sourceType !== "oci") {
    throw new ClusterError(`${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType), not oci`, {
      hint: "set spec.sourceType: oci and spec.oci.auth on it first; this action only changes spec.oci.image"
    });
  }
  if (current.spec?.oci?.image === image) return { kind: "unchanged" };
  return { kind: "apply-image", ref, body: buildImageApply(ref, image, current.metadata.resourceVersion) };
}
function defaultOciAuth(image) {
  return isGoogleRegistry(parseImageReference(image).registry) ? "k8sserviceaccount" : "none";
}
function isGoogleRegistry(host) {
  const name = host.replace(/:\d+$/, "");
  return name.endsWith(".pkg.dev") || name === "gcr.io" || name.endsWith(".gcr.io");
}
function checkSourceFormat(ref, format, inputName) {
  if (ref.kind === SYNC_KIND.repo && format !== "unstructured") {
    throw new InputError(`${inputName} is "${format}", but a RepoSync reads only unstructured sources`, { hint: `set ${inputName}: unstructured` });
  }
}
function checkGcpServiceAccountEmail(email, inputName) {
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  if (at < 0 || local.length < 6 || local.length > 30 || !/^[a-z][a-z0-9-]*[a-z0-9]$/.test(local) || !email.slice(at + 1).endsWith(".iam.gserviceaccount.com")) {
    throw new InputError(`${inputName} "${email}" is not a Google service account email Config Sync accepts`, {
      hint: "e.g. config-sync@my-project.iam.gserviceaccount.com (6\u201330 characters before the @)"
    });
  }
}
function syncDirOf(value, inputName, example2) {
  const dir = posix.normalize((value ?? "").trim().replace(/^\/+/, "") || ".").replace(/(.)\/+$/, "$1");
  if (dir.split("/").includes("..")) throw new InputError(`${inputName} is "${dir}"; it must stay inside the image`, { hint: `e.g. ${example2}` });
  return dir;
}

// src/rootsync/ports.ts
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve6) => setTimeout(resolve6, ms))
};
var DEFAULT_POLL = { initialMs: 500, factor: 1.5, maxMs: 5e3 };
function nextPollInterval(schedule, previous) {
  if (previous === void 0) return schedule.initialMs;
  return Math.min(schedule.maxMs, Math.round(previous * schedule.factor));
}

// src/rootsync/sync-status.ts
var STAGES = ["source", "rendering", "sync"];
function findCondition(object, type) {
  return object.status?.conditions?.find((c) => c.type === type);
}
function summarizeSyncStatus(object) {
  const status = object.status ?? {};
  const base = {
    ...optional("image", status.source?.ociStatus?.image ?? object.spec?.oci?.image),
    ...optional("dir", status.source?.ociStatus?.dir ?? object.spec?.oci?.dir)
  };
  const stalled2 = findCondition(object, "Stalled");
  if (stalled2?.status === "True") {
    const errors2 = stalled2.errors?.length ? stalled2.errors.map(viewError) : [messageAsError(stalled2.message)];
    return { ...base, state: SYNC_STATE.stalled, errors: errors2, moreErrors: 0 };
  }
  const reconciling2 = findCondition(object, "Reconciling");
  if (reconciling2?.status === "True") {
    return { ...base, state: SYNC_STATE.reconciling, ...optional("commit", status.source?.commit), errors: (reconciling2.errors ?? []).map(viewError), moreErrors: 0 };
  }
  const syncing = findCondition(object, "Syncing");
  if (syncing === void 0) return { ...base, ...legacyStatus(object) };
  const { errors, moreErrors } = conditionErrors(object, syncing);
  const commit = optional("commit", syncing.commit);
  if (syncing.status === "True") return { ...base, ...commit, state: SYNC_STATE.pending, errors, moreErrors };
  if (syncing.status === "False" && conditionHasNoErrors(syncing)) {
    return { ...base, ...commit, state: SYNC_STATE.synced, errors: [], moreErrors: 0, ...optional("lastUpdate", status.sync?.lastUpdate) };
  }
  return { ...base, ...commit, state: SYNC_STATE.error, errors, moreErrors };
}
function conditionHasNoErrors(condition) {
  if (condition.errorSummary === void 0) return (condition.errors ?? []).length === 0;
  return (condition.errorSummary.totalCount ?? 0) === 0;
}
function stageHasErrors(stage) {
  return (stage?.errors ?? []).length > 0 || (stage?.errorSummary?.totalCount ?? 0) > 0;
}
function stageErrors(stage) {
  return (stage?.errors ?? []).map(viewError);
}
function errorCode(error) {
  if (error.code !== void 0 && error.code !== "") return /^KNV/.test(error.code) ? error.code : `KNV${error.code}`;
  return /^(KNV\d{4})\b/.exec(error.errorMessage ?? "")?.[1] ?? "";
}
function viewError(error) {
  return { code: errorCode(error), message: (error.errorMessage ?? "").trim() || "(no message)", resources: (error.errorResources ?? []).map(describeResource) };
}
function messageAsError(message) {
  const text = (message ?? "").trim() || "(no message)";
  return { code: /^(KNV\d{4})\b/.exec(text)?.[1] ?? "", message: text, resources: [] };
}
function describeResource(resource) {
  const gvk = resource.resourceGVK;
  const kind = gvk?.kind === void 0 ? "object" : gvk.group ? `${gvk.kind}.${gvk.group}` : gvk.kind;
  const name = resource.namespace ? `${resource.namespace}/${resource.name ?? ""}` : resource.name ?? "";
  return `${kind} ${name}${resource.sourcePath ? ` (${resource.sourcePath})` : ""}`;
}
function conditionErrors(object, syncing) {
  const refs = syncing.errorSourceRefs ?? [];
  const stages = STAGES.filter((stage) => refs.includes(stage)).map((stage) => object.status?.[stage]);
  const errors = [...(syncing.errors ?? []).map(viewError), ...stages.flatMap(stageErrors)];
  const total = syncing.errorSummary?.totalCount ?? stages.reduce((sum, stage) => sum + (stage?.errorSummary?.totalCount ?? 0), 0);
  return { errors, moreErrors: Math.max(0, total - errors.length) };
}
function legacyStatus(object) {
  const status = object.status ?? {};
  const errors = STAGES.flatMap((stage) => stageErrors(status[stage]));
  const counted = STAGES.reduce((sum, stage) => sum + (status[stage]?.errorSummary?.totalCount ?? 0), 0);
  if (errors.length > 0 || counted > 0) return { state: SYNC_STATE.error, errors, moreErrors: Math.max(0, counted - errors.length) };
  const syncCommit = status.sync?.commit ?? "";
  if (syncCommit === "") return { state: SYNC_STATE.pending, errors: [], moreErrors: 0 };
  const rendering = status.rendering?.commit ?? "";
  if (syncCommit === status.source?.commit && (rendering === "" || rendering === syncCommit)) {
    return { state: SYNC_STATE.synced, commit: syncCommit, errors: [], moreErrors: 0, ...optional("lastUpdate", status.sync?.lastUpdate) };
  }
  return { state: SYNC_STATE.pending, commit: syncCommit, errors: [], moreErrors: 0 };
}
function optional(key, value) {
  return value === void 0 || value === "" ? {} : { [key]: value };
}

// src/rootsync/wait-recipe.ts
var SOURCE_PULL_ERROR = "KNV2004";
var TRANSIENT_RENDERING_ERROR = "KNV2016";
var RENDERING_DONE = ["Rendering succeeded", "Rendering skipped"];
function evaluateSync(object, expected, memory, now, policy) {
  const steps = [observedGeneration, stalled, reconciling, reportedImage, sourceStage, renderingStage, syncStage, syncingCondition];
  for (const step of steps) {
    const verdict = step(object, expected, memory, now, policy);
    if (verdict !== void 0) return verdict;
  }
  return { kind: "synced", lastSyncedConfirmed: object.status?.lastSyncedCommit === expected.commit };
}
var wait = (step, reason, memory = {}) => ({ kind: "waiting", step, reason, memory });
function observedGeneration(object, expected, memory) {
  const observed = object.status?.observedGeneration;
  if (observed !== void 0 && observed >= expected.generation) return void 0;
  return wait(1, `the reconciler-manager has not observed generation ${expected.generation} yet (observedGeneration ${observed ?? "unset"})`, memory);
}
function stalled(object) {
  const condition = findCondition(object, "Stalled");
  if (condition?.status !== "True") return void 0;
  const errors = condition.errors?.length ? condition.errors.map(viewError) : [{ code: /^(KNV\d{4})/.exec(condition.message ?? "")?.[1] ?? "", message: condition.message ?? "(no message)", resources: [] }];
  return { kind: "failed", state: SYNC_STATE.stalled, reason: `Stalled (${condition.reason ?? "no reason"}): ${condition.message ?? ""}`.trim(), errors };
}
function reconciling(object, _expected, memory) {
  const condition = findCondition(object, "Reconciling");
  if (condition?.status !== "True") return void 0;
  return wait(3, `the reconciler is rolling out (Reconciling: ${condition.reason ?? condition.message ?? "True"})`, memory);
}
function reportedImage(object, expected, memory) {
  const image = object.status?.source?.ociStatus?.image;
  if (image === expected.image) return void 0;
  return wait(4, image === void 0 ? "the reconciler has not reported an image yet" : `the reconciler still reports ${image}`, memory);
}
function sourceStage(object, expected, memory, now, policy) {
  const source = object.status?.source;
  const errors = stageErrors(source);
  if (errors.some((e) => e.code === SOURCE_PULL_ERROR)) {
    const since = memory.sourceErrorSince ?? now;
    if (now - since >= policy.sourceErrorGraceMs) {
      return { kind: "failed", state: SYNC_STATE.error, reason: `the image could not be pulled for ${formatDuration(now - since)} (${SOURCE_PULL_ERROR})`, errors };
    }
    return wait(5, `pulling the image failed (${SOURCE_PULL_ERROR}); oci-sync retries`, { sourceErrorSince: since });
  }
  if (source?.commit === expected.commit && stageHasErrors(source)) {
    return { kind: "failed", state: SYNC_STATE.error, reason: "the cluster rejected the source (parse or validation errors)", errors };
  }
  if (source?.commit !== expected.commit) return wait(5, `fetching: the source commit is ${short(source?.commit)}`);
  return stageHasErrors(source) ? wait(5, "the source has errors") : void 0;
}
function renderingStage(object, expected) {
  const rendering = object.status?.rendering;
  const errors = stageErrors(rendering);
  if (errors.some((e) => e.code === TRANSIENT_RENDERING_ERROR)) return wait(6, `rendering: ${TRANSIENT_RENDERING_ERROR} (transient while the hydration-controller is added or removed)`);
  if (rendering?.commit === expected.commit && stageHasErrors(rendering)) {
    return { kind: "failed", state: SYNC_STATE.error, reason: "rendering failed", errors };
  }
  if (rendering?.commit !== expected.commit) return wait(6, `rendering: the commit is ${short(rendering?.commit)}`);
  if (!RENDERING_DONE.includes(rendering.message ?? "")) return wait(6, `rendering: ${rendering.message ?? "no message yet"}`);
  return void 0;
}
function syncStage(object, expected) {
  const sync = object.status?.sync;
  if (sync?.commit !== expected.commit) return wait(7, `applying: the sync commit is ${short(sync?.commit)}`);
  if (!stageHasErrors(sync)) return void 0;
  const syncing = findCondition(object, "Syncing");
  if (syncing?.status === "False" && syncing.commit === expected.commit) {
    return { kind: "failed", state: SYNC_STATE.error, reason: "applying the objects failed", errors: stageErrors(sync) };
  }
  return wait(7, `applying: ${stageErrors(sync).length} errors so far`);
}
function syncingCondition(object, expected) {
  const syncing = findCondition(object, "Syncing");
  if (syncing === void 0) return wait(8, "no Syncing condition yet");
  if (syncing.status !== "False") return wait(8, `syncing (${syncing.reason ?? syncing.message ?? "in progress"})`);
  if (syncing.commit !== expected.commit) return wait(8, `the Syncing condition is about ${short(syncing.commit)}`);
  if (conditionHasNoErrors(syncing)) return void 0;
  const errors = [...(syncing.errors ?? []).map(viewError)];
  return { kind: "failed", state: SYNC_STATE.error, reason: "the sync finished with errors", errors: errors.length > 0 ? errors : [{ code: "", message: `${syncing.errorSummary?.totalCount ?? 0} errors`, resources: [] }] };
}
function short(commit) {
  return commit === void 0 || commit === "" ? "not set yet" : commit.slice(0, 12);
}

// src/rootsync/rollout.ts
var MAX_CONFLICT_RETRIES = 5;
var MAX_READ_FAILURES = 3;
async function rolloutCluster(target, settings, logger, clock = SYSTEM_CLOCK) {
  const written = await writeImage(target, settings, logger);
  const expected = { generation: written.object.metadata.generation ?? 0, image: settings.image, commit: digestHex(settings.image) };
  const base = { cluster: target.cluster, ref: settings.ref, image: settings.image, action: written.action, ...optionalImage(written.previousImage) };
  if (!settings.wait) return { ...base, ...judgeOnce(written.object, expected, settings.policy, clock) };
  try {
    return { ...base, ...await waitForSync(target, settings, expected, logger, clock) };
  } catch (error) {
    return { ...base, ...failedJudgement(error) };
  }
}
function failedJudgement(error) {
  const { message, hint } = describeError(error);
  return { state: SYNC_STATE.error, ok: false, reason: message, errors: [], ...hint === void 0 ? {} : { hint } };
}
async function repointCluster(target, ref, image, logger) {
  try {
    const written = await writeImage(target, { ref, image, wait: false, timeoutMs: 0, policy: { sourceErrorGraceMs: 0 } }, logger);
    return { ok: true, message: written.action === "unchanged" ? `already at ${image}` : `re-pointed at ${image}` };
  } catch (error) {
    return { ok: false, message: `rollback failed: ${describeError(error).message}` };
  }
}
async function writeImage(target, settings, logger) {
  const what = `${target.cluster}: ${describeSyncRef(settings.ref)}`;
  for (let attempt = 1; ; attempt++) {
    const current = await target.get(settings.ref);
    const plan = planSyncChange(current, settings.ref, settings.image, settings.create, target.cluster);
    if (plan.kind === "unchanged" && current !== void 0) {
      logger.info(`${what} already points at ${settings.image}; confirming its sync state`);
      return { action: "unchanged", object: current, ...optionalImage(current.spec?.oci?.image) };
    }
    if (plan.kind === "unchanged") throw new ClusterError(`${what}: nothing to write and nothing read`);
    try {
      const object = await target.apply(plan);
      logger.info(plan.kind === "create" ? `${what} created with ${settings.image}` : `${what}: ${current?.spec?.oci?.image ?? "(none)"} \u2192 ${settings.image}`);
      return { action: plan.kind === "create" ? "created" : "patched", object, ...optionalImage(current?.spec?.oci?.image) };
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_CONFLICT_RETRIES) throw error;
      logger.info(`${what} changed while we wrote it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_CONFLICT_RETRIES})`);
    }
  }
}
function judgeOnce(object, expected, policy, clock) {
  const verdict = evaluateSync(object, expected, {}, clock.now(), policy);
  const status = summarizeSyncStatus(object);
  if (verdict.kind === "waiting") return { ...judge(verdict, status, expected), ok: true, reason: `not waiting: ${verdict.reason}` };
  return judge(verdict, status, expected);
}
async function waitForSync(target, settings, expected, logger, clock) {
  const started = clock.now();
  const poll = settings.poll ?? DEFAULT_POLL;
  let memory = {};
  let interval;
  let lastReason = "";
  let failures = 0;
  for (; ; ) {
    const object = await readForWait(target, settings.ref, failures, logger);
    if (object === "retry") failures++;
    else {
      failures = 0;
      const verdict = evaluateSync(object, expected, memory, clock.now(), settings.policy);
      const status = summarizeSyncStatus(object);
      if (verdict.kind !== "waiting") return judge(verdict, status, expected);
      memory = verdict.memory;
      if (verdict.reason !== lastReason) logger.info(`${target.cluster}: ${describeSyncRef(settings.ref)}: ${verdict.reason} [${formatDuration(clock.now() - started)}]`);
      lastReason = verdict.reason;
      if (clock.now() - started >= settings.timeoutMs) return timedOut(verdict, status, expected, settings.timeoutMs);
    }
    interval = nextPollInterval(poll, interval);
    await clock.sleep(Math.min(interval, Math.max(0, started + settings.timeoutMs - clock.now())));
  }
}
async function readForWait(target, ref, failures, logger) {
  let object;
  try {
    object = await target.get(ref);
  } catch (error) {
    const transient = error instanceof ClusterError && (error.status === void 0 || error.status >= 500);
    if (!transient || failures + 1 >= MAX_READ_FAILURES) throw error;
    logger.warning(`${target.cluster}: reading ${describeSyncRef(ref)} failed (${describeError(error).message}); trying again`);
    return "retry";
  }
  if (object === void 0) throw new ClusterError(`${describeSyncRef(ref)} was deleted from cluster ${target.cluster} while we waited for it`);
  return object;
}
function judge(verdict, status, expected) {
  const synced = status.state === SYNC_STATE.synced ? optionalCommit(status.commit) : {};
  if (verdict.kind === "synced") {
    return { state: SYNC_STATE.synced, ok: true, reason: `synced ${expected.commit.slice(0, 12)}${verdict.lastSyncedConfirmed ? "" : " (lastSyncedCommit not yet updated)"}`, errors: [], status, syncedCommit: expected.commit };
  }
  if (verdict.kind === "failed") return { state: verdict.state, ok: false, reason: verdict.reason, errors: verdict.errors, status, ...synced };
  return { state: pendingState(status), ok: false, reason: verdict.reason, errors: status.errors, status, ...synced };
}
function timedOut(verdict, status, expected, timeoutMs) {
  const judged = judge(verdict, status, expected);
  return { ...judged, reason: `not synced after ${formatDuration(timeoutMs)}: ${judged.reason}` };
}
function pendingState(status) {
  return status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state;
}
function optionalImage(image) {
  return image === void 0 ? {} : { previousImage: image };
}
function optionalCommit(commit) {
  return commit === void 0 ? {} : { syncedCommit: commit };
}

// src/rootsync/fleet.ts
async function rolloutFleet(members, settings, options) {
  const results = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  const canaries = members.filter((m) => m.canary);
  const waves = canaries.length > 0 && canaries.length < members.length ? [canaries, members.filter((m) => !m.canary)] : [members];
  for (const [index, wave] of waves.entries()) {
    if (waves.length > 1) options.logger.info(`${index === 0 ? "Canary" : "Remaining"} clusters: ${wave.map((m) => m.name).join(", ")}`);
    const ok = await runWave(wave, settings, options, results, targets);
    if (!ok) break;
  }
  const clusters = members.map((m) => results.get(m.name) ?? skipped(m, settings));
  const final = options.rollbackOnFailure ? await rollBack(clusters, targets, options.logger) : clusters;
  return { clusters: final, ok: final.every((c) => c.ok) };
}
async function runWave(wave, settings, options, results, targets) {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < wave.length) {
      const member = wave[next++];
      const result = await rolloutMember(member, settings, options, targets);
      results.set(member.name, result);
      if (!result.ok) {
        failed = true;
        options.logger.warning(`${member.name}: ${result.state}: ${result.reason.split("\n")[0]}; no further clusters are started`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, wave.length)) }, worker));
  return !failed;
}
async function rolloutMember(member, settings, options, targets) {
  try {
    const target = await member.connect();
    targets.set(member.name, target);
    return await rolloutCluster(target, settings, options.logger, options.clock ?? SYSTEM_CLOCK);
  } catch (error) {
    return { cluster: member.name, ref: settings.ref, image: settings.image, action: "none", ...failedJudgement(error) };
  }
}
function skipped(member, settings) {
  return { cluster: member.name, ref: settings.ref, image: settings.image, action: "none", state: "SKIPPED", ok: false, reason: "not started: an earlier cluster failed", errors: [] };
}
async function rollBack(clusters, targets, logger) {
  const out = [];
  for (const cluster of clusters) {
    const target = targets.get(cluster.cluster);
    const changed = cluster.action === "patched" && cluster.previousImage !== void 0 && cluster.previousImage !== cluster.image;
    if (cluster.ok || cluster.state === "SKIPPED" || target === void 0 || !changed || cluster.previousImage === void 0) {
      out.push(cluster);
      continue;
    }
    logger.info(`${cluster.cluster}: rolling back to ${cluster.previousImage}`);
    const result = await repointCluster(target, cluster.ref, cluster.previousImage, logger);
    out.push({ ...cluster, rolledBack: { image: cluster.previousImage, ...result } });
  }
  return out;
}
function fleetState(result) {
  if (result.clusters.every((c) => c.state === SYNC_STATE.synced)) return SYNC_STATE.synced;
  const failed = result.clusters.find((c) => !c.ok && c.state !== "SKIPPED");
  return failed?.state ?? result.clusters.find((c) => c.state !== SYNC_STATE.synced)?.state ?? SYNC_STATE.pending;
}
function fleetSyncedCommit(result) {
  const commits = new Set(result.clusters.map((c) => c.syncedCommit ?? ""));
  return commits.size === 1 ? [...commits][0] : "";
}

// src/report/sync-status-text.ts
var INDENT = "  ";
var RULE = `${INDENT}--------------------`;
function renderStatusBlock(cluster, entries) {
  const out = [cluster, RULE];
  for (const entry of entries) out.push(...entryLines(entry));
  return `${out.join("\n")}
`;
}
function entryLines(entry) {
  const status = entry.status;
  const source = status?.image === void 0 ? "(no image)" : `${status.image}${status.dir !== void 0 && status.dir !== "." ? ` (dir ${status.dir})` : ""}`;
  const lines2 = [`${INDENT}${nomosSyncName(entry.ref)}   ${source}`];
  const state = entry.state ?? status?.state ?? "UNKNOWN";
  const when = state === "SYNCED" && status?.lastUpdate !== void 0 ? ` @ ${status.lastUpdate}` : "";
  lines2.push(`${INDENT}${state}${when}   ${status?.commit ?? ""}`.trimEnd());
  if (entry.problem !== void 0) lines2.push(`${INDENT}Error:   ${entry.problem}`);
  const errors = status?.errors ?? [];
  if (errors.length > 1 || (status?.moreErrors ?? 0) > 0) lines2.push(`${INDENT}TotalErrorCount: ${errors.length + (status?.moreErrors ?? 0)}`);
  for (const error of errors) lines2.push(...errorLines(error));
  for (const note of entry.notes ?? []) lines2.push(`${INDENT}${note}`);
  return lines2;
}
function errorLines(error) {
  const [first = "", ...rest] = error.message.split("\n");
  const lines2 = [`${INDENT}Error:   ${first}`, ...rest.filter((line) => line.trim() !== "").map((line) => `${INDENT}         ${line}`)];
  for (const resource of error.resources) lines2.push(`${INDENT}         Resource: ${resource}`);
  return lines2;
}
function renderFleetText(result) {
  return result.clusters.map((c) => renderStatusBlock(c.cluster, [rolloutEntry(c)])).join("\n");
}
function rolloutEntry(c) {
  const notes = [`Rollout: ${describeAction(c)}`];
  if (!c.ok && c.state !== "SKIPPED" && !repeatsAnError(c)) notes.push(`Reason:  ${firstLine(c.reason)}`);
  if (c.hint !== void 0) notes.push(`Hint:    ${c.hint}`);
  if (c.rolledBack !== void 0) notes.push(`Rollback: ${c.rolledBack.message}`);
  return { ref: c.ref, ...c.status === void 0 ? {} : { status: c.status }, state: c.state, notes };
}
function repeatsAnError(c) {
  const reason = firstLine(c.reason);
  return [...c.errors, ...c.status?.errors ?? []].some((e) => reason.endsWith(firstLine(e.message)));
}
function describeAction(c) {
  switch (c.action) {
    case "patched":
      return `${c.previousImage ?? "(none)"} \u2192 ${c.image}`;
    case "created":
      return `created with ${c.image}`;
    case "unchanged":
      return `already at ${c.image}`;
    default:
      return c.state === "SKIPPED" ? "not started (an earlier cluster failed)" : "nothing written";
  }
}
function rolloutJson(result) {
  return result.clusters.map((c) => ({
    cluster: c.cluster,
    kind: c.ref.kind,
    namespace: c.ref.namespace,
    name: c.ref.name,
    action: c.action,
    previousImage: c.previousImage ?? null,
    image: c.image,
    state: c.state,
    ok: c.ok,
    syncedCommit: c.syncedCommit ?? null,
    reason: c.reason,
    errors: c.errors.map(({ code: code2, message, resources }) => ({ code: code2, message, resources })),
    rolledBack: c.rolledBack ?? null
  }));
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}

// src/report/bootstrap-text.ts
var INDENT2 = "   ";
function renderBootstrapText(report) {
  const out = [heading(report), `Reconciler: ${report.identity.ksaNamespace}/${report.identity.ksaName} (${describeSyncRef(report.ref)}, cluster ${report.cluster})`, `IAM member: ${report.identity.ksaMember}`];
  for (const warning of report.warnings) out.push(`Warning: ${warning}`);
  out.push("");
  report.steps.forEach((step, index) => out.push(...stepLines(step, index + 1, report.dryRun)));
  out.push(conclusion(report));
  if (report.rollout?.status !== void 0 || report.rollout?.ok === false) {
    const notes = report.rollout.ok ? [] : [`Reason:  ${firstLine(report.rollout.reason)}`, ...report.rollout.hint === void 0 ? [] : [`Hint:    ${report.rollout.hint}`]];
    out.push("", renderStatusBlock(report.cluster, [{ ref: report.ref, ...report.rollout.status === void 0 ? {} : { status: report.rollout.status }, state: report.rollout.state, notes }]).trimEnd());
  }
  return `${out.join("\n")}
`;
}
function describeOutcome2(step) {
  if (step.outcome !== "planned") return step.outcome;
  if (step.change === "update") return "would update";
  return step.id === "wait" ? "would wait" : step.id === "artifact" ? "would publish" : "would create";
}
function countChanges(report) {
  return report.steps.filter((s) => s.outcome === "created" || s.outcome === "updated" || s.outcome === "planned" && s.change !== "none").length;
}
function bootstrapJson(report) {
  return {
    dryRun: report.dryRun,
    ok: report.ok,
    cluster: report.cluster,
    sync: { kind: report.ref.kind, namespace: report.ref.namespace, name: report.ref.name },
    reconciler: { serviceAccount: `${report.identity.ksaNamespace}/${report.identity.ksaName}`, member: report.identity.ksaMember, readerMember: report.identity.readerMember ?? null },
    image: report.image ?? null,
    changes: countChanges(report),
    steps: stepsJson(report),
    warnings: report.warnings,
    syncStatus: report.rollout?.state ?? null
  };
}
function stepsJson(report) {
  return report.steps.map((s) => ({
    id: s.id,
    title: s.title,
    outcome: s.outcome,
    current: s.current,
    desired: s.desired,
    commands: s.commands,
    yaml: s.yaml ?? null,
    note: s.note ?? null
  }));
}
function heading(report) {
  return report.dryRun ? "configsync-oci bootstrap, dry run: the changes it would make (nothing is changed)" : "configsync-oci bootstrap";
}
function stepLines(step, number, dryRun) {
  const lines2 = [`${number}. ${step.title}: ${describeOutcome2(step)}`];
  if (step.change === "skip") return [...lines2, `${INDENT2}${step.note ?? ""}`, ""];
  lines2.push(`${INDENT2}current: ${step.current}`, `${INDENT2}desired: ${step.desired}`);
  if (step.note !== void 0) lines2.push(`${INDENT2}note:    ${step.note}`);
  if (dryRun) {
    for (const command of step.commands) lines2.push(...command.split("\n").map((line, i) => i === 0 ? `${INDENT2}$ ${line}` : line));
  }
  return [...lines2, ""];
}
function conclusion(report) {
  const changes = countChanges(report);
  if (report.dryRun) return changes === 0 ? "Dry run: nothing to change; every step is in place." : `Dry run: ${changes} change${changes === 1 ? "" : "s"} planned; nothing was changed.`;
  if (!report.ok) return `Bootstrap did not finish: ${describeSyncRef(report.ref)} is ${report.rollout?.state ?? "not synced"}.`;
  if (changes === 0) return "Nothing changed: every step was already in place.";
  const counts = ["created", "updated", "unchanged"].map((o) => `${report.steps.filter((s) => s.outcome === o).length} ${o}`);
  return `Done: ${counts.join(", ")}.`;
}

// src/artifact/annotations.ts
var KEY_PATTERN = /^[A-Za-z0-9]([A-Za-z0-9._/-]{0,251}[A-Za-z0-9])?$/;
function parseAnnotations(lines2, inputName = "annotations") {
  const result = {};
  for (const raw of lines2) {
    const line = raw.trim();
    if (line === "") continue;
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new InputError(`${inputName}: "${line}" is not key=value`, {
        hint: "write one annotation per line, e.g. org.opencontainers.image.vendor=Acme"
      });
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!KEY_PATTERN.test(key)) {
      throw new InputError(`${inputName}: "${key}" is not a valid annotation key`, {
        hint: 'keys are letters, digits, ".", "_", "-" and "/", starting and ending with a letter or digit, e.g. org.example.team'
      });
    }
    if (key in result) throw new InputError(`${inputName}: the key "${key}" is given twice`);
    result[key] = value;
  }
  return result;
}

// src/action/inputs.ts
import { resolve } from "node:path";
var INPUT = {
  mode: "mode",
  dir: "dir",
  image: "image",
  tags: "tags",
  annotations: "annotations",
  ignore: "ignore",
  username: "username",
  password: "password",
  insecure: "insecure",
  caFile: "ca-file"
};
function readInputs(read, mask, workspace) {
  const password = read(INPUT.password);
  if (password !== "") mask(password);
  const username = read(INPUT.username).trim();
  const image = read(INPUT.image).trim();
  const dir = read(INPUT.dir).trim();
  if (dir === "") throw new InputError(`input "${INPUT.dir}" is empty`, { hint: "give a directory, e.g. dir: config/ (the default is .)" });
  const caFile = read(INPUT.caFile).trim();
  return {
    mode: read(INPUT.mode).trim() || "publish",
    dir: resolve(workspace, dir),
    image,
    tags: list(read(INPUT.tags)),
    annotations: parseAnnotations(lines(read(INPUT.annotations)), INPUT.annotations),
    ignore: lines(read(INPUT.ignore)),
    insecure: parseBoolean(read(INPUT.insecure), INPUT.insecure),
    ...caFile === "" ? {} : { caFile: resolve(workspace, caFile) },
    ...credentials(username, password)
  };
}
function requireImage(inputs) {
  if (inputs.image === "") {
    throw new InputError(`input "${INPUT.image}" is required for mode "${inputs.mode}"`, {
      hint: "e.g. image: us-docker.pkg.dev/my-project/config/app, or oci-layout:./layout for a local OCI layout (mode: validate-only needs no image)"
    });
  }
  return inputs.image;
}
function credentials(username, password) {
  if (username === "" && password === "") return {};
  if (username === "" || password === "") {
    throw new InputError(`inputs "${INPUT.username}" and "${INPUT.password}" go together: one of them is empty`, {
      hint: "set both, or neither for an anonymous push"
    });
  }
  return { credentials: { username, password, source: `the ${INPUT.username}/${INPUT.password} inputs` } };
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function list(value) {
  return lines(value).flatMap((line) => line.split(",").map((item) => item.trim()).filter((item) => item !== ""));
}
function parseBoolean(value, name) {
  const text = value.trim();
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE", ""].includes(text)) return false;
  throw new InputError(`input "${name}" is "${text}", expected true or false`, { hint: `e.g. ${name}: true` });
}

// src/action/registry-inputs.ts
var REGISTRY_INPUT = {
  accessToken: "access-token",
  githubToken: "github-token",
  createRepository: "create-repository",
  repositoryDescription: "repository-description",
  repositoryLabels: "repository-labels",
  retries: "retries",
  mountFrom: "mount-from"
};
var MAX_RETRIES = 10;
function readRegistryInputs(read, mask) {
  const accessToken = secret(read(REGISTRY_INPUT.accessToken), mask);
  const githubToken = secret(read(REGISTRY_INPUT.githubToken), mask);
  const create = parseBoolean(read(REGISTRY_INPUT.createRepository), REGISTRY_INPUT.createRepository);
  const description = read(REGISTRY_INPUT.repositoryDescription).trim();
  const labels = parseRepositoryLabels(read(REGISTRY_INPUT.repositoryLabels), REGISTRY_INPUT.repositoryLabels);
  if (!create && (description !== "" || Object.keys(labels).length > 0)) {
    throw new InputError(`inputs "${REGISTRY_INPUT.repositoryDescription}" and "${REGISTRY_INPUT.repositoryLabels}" apply only with "${REGISTRY_INPUT.createRepository}: true"`, {
      hint: "set create-repository: true, or remove them (an existing repository is never changed)"
    });
  }
  return {
    ...accessToken === void 0 ? {} : { accessToken },
    ...githubToken === void 0 ? {} : { githubToken },
    retries: parseRetries(read(REGISTRY_INPUT.retries), REGISTRY_INPUT.retries),
    mountFrom: list(read(REGISTRY_INPUT.mountFrom)),
    repository: { create, labels, ...description === "" ? {} : { description } }
  };
}
function secret(value, mask) {
  const text = value.trim();
  if (text === "") return void 0;
  mask(text);
  return text;
}
function parseRetries(value, name, label = `input "${name}"`) {
  const text = value.trim();
  if (text === "") return DEFAULT_RETRIES;
  if (!/^\d+$/.test(text) || Number(text) > MAX_RETRIES) {
    throw new InputError(`${label} is "${text}", expected a whole number from 0 to ${MAX_RETRIES}`, {
      hint: `e.g. ${example(name, String(DEFAULT_RETRIES))} (0 turns retrying off)`
    });
  }
  return Number(text);
}
var LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
var LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
function parseRepositoryLabels(value, name, label = `input "${name}"`) {
  const labels = {};
  for (const item of list(value)) {
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq).trim();
    const labelValue = eq < 0 ? "" : item.slice(eq + 1).trim();
    const fail = (why) => {
      throw new InputError(`${label}: ${JSON.stringify(item)} ${why}`, { hint: `e.g. ${example(name, "team=platform,env=prod")}` });
    };
    if (eq < 0) fail("is not key=value");
    if (!LABEL_KEY.test(key)) fail("has a key that is not a Google label key (lowercase letter first, then lowercase letters, digits, _ or -, at most 63)");
    if (!LABEL_VALUE.test(labelValue)) fail("has a value that is not a Google label value (lowercase letters, digits, _ or -, at most 63)");
    if (Object.hasOwn(labels, key)) fail(`repeats the key ${key}`);
    labels[key] = labelValue;
  }
  return labels;
}
function example(name, value) {
  return name.startsWith("--") ? `${name} ${value}` : `${name}: ${value}`;
}

// src/rootsync/cluster-loader.ts
var MIN_CLUSTER_NODE_MAJOR = 22;
async function loadClusterModule(what, nodeVersion = process.versions.node) {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major >= MIN_CLUSTER_NODE_MAJOR)) {
    throw new ActionError(`${what} needs Node ${MIN_CLUSTER_NODE_MAJOR} or later; this is Node ${nodeVersion}`, {
      hint: `@kubernetes/client-node 2 does not load on Node ${major}; run it with Node 22 or 24 (validate and publish work on Node 20)`
    });
  }
  return import("./connect-F2U3HVNT.js");
}

// src/manifests/validation-settings.ts
var FAIL_ON = { error: "error", warning: "warning" };
var SOURCE_FORMATS = ["unstructured", "hierarchy"];
var DEFAULT_ROOT_SYNC = DEFAULT_SCOPE.name;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var MAX_ROOT_SYNC_NAME = 38;
var MAX_REPO_SYNC_NAME_AND_NAMESPACE = 45;
function parseSourceFormat(value, name) {
  const text = value.trim();
  if (text === "") return "unstructured";
  const format = SOURCE_FORMATS.find((f) => f === text);
  if (format === void 0) {
    throw new InputError(`${name.label} is "${text}", expected ${SOURCE_FORMATS.join(" or ")}`, { hint: `e.g. ${name.example("hierarchy")}` });
  }
  return format;
}
function parseFailOn(value, name) {
  const text = value.trim();
  if (text === "" || text === FAIL_ON.error) return FAIL_ON.error;
  if (text === FAIL_ON.warning) return FAIL_ON.warning;
  throw new InputError(`${name.label} is "${text}", expected error or warning`, { hint: `e.g. ${name.example("warning")} to fail on warnings too` });
}
function parseKubernetesVersion(value, name) {
  const text = value.trim();
  if (text === "") return void 0;
  const hint = `e.g. ${name.example(`1.${BUNDLED_KUBERNETES_MINOR}`)}`;
  const match = /^v?1\.(0|[1-9]\d{0,2})(?:\.\d+)?$/.exec(text);
  if (match === null) throw new InputError(`${name.label} is "${text}", expected a Kubernetes minor version`, { hint });
  const minor = Number(match[1]);
  if (minor < OLDEST_KUBERNETES_MINOR || minor > BUNDLED_KUBERNETES_MINOR) {
    throw new InputError(
      `${name.label} is "${text}": the schema checks support Kubernetes 1.${OLDEST_KUBERNETES_MINOR} to 1.${BUNDLED_KUBERNETES_MINOR} (the bundled schemas are 1.${BUNDLED_KUBERNETES_MINOR})`,
      { hint }
    );
  }
  return `1.${minor}`;
}
function parseSyncScope(rootSync, repoSync, names) {
  const root = rootSync?.trim() ?? "";
  const repo = repoSync?.trim() ?? "";
  if (root !== "" && repo !== "") {
    throw new InputError(`exactly one of ${names.rootSync.label} and ${names.repoSync.label} may be set: a source is synced by a RootSync or by a RepoSync`, {
      hint: `e.g. ${names.repoSync.example("shop/repo-sync")} for a namespace repo, or ${names.rootSync.example(DEFAULT_ROOT_SYNC)} for a root repo`
    });
  }
  if (repo !== "") return parseRepoSync(repo, names.repoSync);
  const name = root === "" ? DEFAULT_ROOT_SYNC : root;
  checkName(name, names.rootSync, DEFAULT_ROOT_SYNC);
  if (name.length > MAX_ROOT_SYNC_NAME) {
    throw new InputError(`${names.rootSync.label} "${name}" is ${name.length} characters; Config Sync allows at most ${MAX_ROOT_SYNC_NAME} for a RootSync name`);
  }
  return { kind: "root", name };
}
function parseRepoSync(text, name) {
  const parts = text.split("/");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
    throw new InputError(`${name.label} is "${text}", expected NAMESPACE/NAME of the RepoSync`, { hint: `e.g. ${name.example("shop/repo-sync")}` });
  }
  const [namespace, syncName] = parts;
  if (!DNS_LABEL.test(namespace) || namespace.length > 63) {
    throw new InputError(`${name.label}: the namespace "${namespace}" is not a valid namespace name (lower-case letters, digits and "-")`, {
      hint: `e.g. ${name.example("shop/repo-sync")}`
    });
  }
  if (namespace === CONTROLLER_NAMESPACE) {
    throw new InputError(`${name.label}: a RepoSync cannot live in ${CONTROLLER_NAMESPACE} (Config Sync's KNV1061)`, { hint: `e.g. ${name.example("shop/repo-sync")}` });
  }
  checkName(syncName, name, "shop/repo-sync");
  if (namespace.length + syncName.length > MAX_REPO_SYNC_NAME_AND_NAMESPACE) {
    throw new InputError(
      `${name.label} "${text}": Config Sync allows at most ${MAX_REPO_SYNC_NAME_AND_NAMESPACE} characters for a RepoSync's namespace and name together, got ${namespace.length + syncName.length}`
    );
  }
  return { kind: "namespace", namespace, name: syncName };
}
function checkName(value, name, example2) {
  if (!DNS_SUBDOMAIN.test(value) || value.length > 253) {
    throw new InputError(`${name.label}: "${value}" is not a valid object name (lower-case letters, digits, "-" and ".")`, { hint: `e.g. ${name.example(example2)}` });
  }
}
function countSeverities(findings) {
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length;
  return { errors, warnings: findings.length - errors };
}
function failsRun(findings, failOn) {
  const { errors, warnings } = countSeverities(findings);
  return errors > 0 || failOn === FAIL_ON.warning && warnings > 0;
}
function validationFailure(findings, failOn, outcome) {
  if (!failsRun(findings, failOn)) return void 0;
  return new ManifestValidationError(`${describeFailure(findings, failOn)}; ${outcome}`, { findings });
}
function describeFailure(findings, failOn) {
  const { errors, warnings } = countSeverities(findings);
  if (failOn === FAIL_ON.error || warnings === 0) return plural2(errors, "validation error");
  if (errors === 0) return `${plural2(warnings, "validation warning")} (fail-on: warning)`;
  return `${plural2(errors, "validation error")} and ${plural2(warnings, "warning")} (fail-on: warning)`;
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/manifests/collect.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { resolve as resolve2, sep } from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";

// src/manifests/ignore-rules.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var IGNORE_FILE = ".configsyncignore";
var DEFAULT_EXCLUDES = [
  ".git",
  ".github",
  ".gitlab",
  ".gitlab-ci.yml",
  "gha-creds-*.json",
  "gha-kubeconfig-*",
  IGNORE_FILE
];
async function loadIgnoreRules(root, extra = []) {
  const always = (0, import_ignore.default)({ ignorecase: false }).add(DEFAULT_EXCLUDES);
  const user = (0, import_ignore.default)({ ignorecase: false }).add(await readIgnoreFile(root)).add(extra);
  return {
    isIgnored(path, isDirectory2) {
      const subject = isDirectory2 ? `${path}/` : path;
      return always.ignores(subject) || user.ignores(subject);
    }
  };
}
async function readIgnoreFile(root) {
  try {
    return await readFile(join(root, IGNORE_FILE), "utf8");
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") return "";
    throw new SourceError(`cannot read ${IGNORE_FILE} in ${root}: ${error.message}`, { cause: error });
  }
}

// src/manifests/collect.ts
var YIELD_EVERY = 512;
var SURROGATE = /[\uD800-\uDFFF]/;
async function collectSource(dir, options = {}) {
  const root = resolve2(dir);
  const rootReal = await checkRoot(dir, root);
  const walk = { rules: await loadIgnoreRules(root, options.ignore), rootReal, entries: [], visited: 0 };
  await walkDirectory(walk, "", rootReal, [rootReal]);
  let fileCount = 0;
  let totalBytes = 0;
  for (const entry of walk.entries) {
    if (entry.kind === "file") {
      fileCount++;
      totalBytes += entry.size;
    }
  }
  if (fileCount === 0) {
    throw new SourceError(`source directory "${dir}" has no files to pack`, {
      hint: "Expected at least one file after the built-in exclusions, .configsyncignore and the ignore input; check the path and the ignore patterns."
    });
  }
  return { root, entries: walk.entries, fileCount, totalBytes };
}
async function checkRoot(dir, root) {
  let stats;
  try {
    stats = await stat(root);
  } catch (error) {
    const missing = error.code === "ENOENT";
    throw new (missing ? MissingSourceError : SourceError)(
      missing ? `source directory "${dir}" does not exist` : `cannot read source directory "${dir}": ${error.message}`,
      { hint: "Expected a directory of Kubernetes manifests, relative to the working directory or absolute.", cause: error }
    );
  }
  if (!stats.isDirectory()) {
    throw new MissingSourceError(`source path "${dir}" is not a directory`, {
      hint: "Expected a directory of Kubernetes manifests, not a single file."
    });
  }
  return realpath(root);
}
async function walkDirectory(walk, rel, real, ancestors) {
  for (const dirent of readSorted(real, rel)) {
    const childRel = rel === "" ? dirent.name : `${rel}/${dirent.name}`;
    const child = classify(walk, dirent, childRel, childPath(real, dirent.name), ancestors);
    if (child === void 0) continue;
    if (child.kind === "file") {
      walk.entries.push({ kind: "file", path: childRel, absPath: child.real, size: child.stats.size, executable: (child.stats.mode & 64) !== 0 });
    } else {
      const mark = walk.entries.length;
      walk.entries.push({ kind: "dir", path: childRel });
      await walkDirectory(walk, childRel, child.real, [...ancestors, child.real]);
      if (walk.entries.length === mark + 1) walk.entries.length = mark;
    }
    if (++walk.visited % YIELD_EVERY === 0) await yieldToEventLoop();
  }
}
function childPath(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function readSorted(real, rel) {
  let dirents;
  try {
    dirents = readdirSync(real, { withFileTypes: true });
  } catch (error) {
    throw new SourceError(`cannot read directory "${rel === "" ? "." : rel}": ${error.message}`, { cause: error });
  }
  if (!dirents.some((d) => SURROGATE.test(d.name))) return dirents.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const keyed = dirents.map((d) => ({ d, key: Buffer.from(d.name) }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map((k) => k.d);
}
function classify(walk, dirent, rel, path, ancestors) {
  if (dirent.isSymbolicLink()) {
    if (walk.rules.isIgnored(rel, false)) return void 0;
    const target = resolveLink(walk, rel, path, ancestors);
    if (target.stats.isDirectory() && walk.rules.isIgnored(rel, true)) return void 0;
    return asChild(rel, target.real, target.stats, `symbolic link "${rel}" points to`);
  }
  if (walk.rules.isIgnored(rel, dirent.isDirectory())) return void 0;
  if (dirent.isDirectory()) return { kind: "dir", real: path, stats: statOf(path, rel) };
  if (dirent.isFile()) return { kind: "file", real: path, stats: statOf(path, rel) };
  return asChild(rel, path, statOf(path, rel), `"${rel}" is`);
}
function asChild(rel, real, stats, subject) {
  if (stats.isDirectory()) return { kind: "dir", real, stats };
  if (stats.isFile()) return { kind: "file", real, stats };
  throw new SourceError(`${subject} ${specialType(stats)}, which cannot be packed`, {
    hint: `Only regular files and directories go into the artifact; remove "${rel}" or add it to .configsyncignore.`
  });
}
function specialType(stats) {
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isCharacterDevice()) return "a character device";
  return "an unsupported file type";
}
function statOf(path, rel) {
  try {
    return statSync(path);
  } catch (error) {
    throw new SourceError(`cannot read "${rel}": ${error.message}`, { cause: error });
  }
}
function resolveLink(walk, rel, path, ancestors) {
  const target = readlinkSync(path);
  const linkError = (problem) => new SourceError(`symbolic link "${rel}" \u2192 "${target}" ${problem}`, {
    hint: "A link is packed as the file or directory it points to, so it must resolve to something inside the source directory. Replace it with a copy or remove it."
  });
  let real;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") throw linkError("is dangling: its target does not exist");
    if (code2 === "ELOOP") throw linkError("loops: it resolves through itself");
    throw linkError(`cannot be resolved: ${error.message}`);
  }
  if (real !== walk.rootReal && !real.startsWith(walk.rootReal + sep)) {
    throw linkError("points outside the source directory");
  }
  const stats = statOf(real, rel);
  if (stats.isDirectory() && ancestors.includes(real)) {
    throw linkError("loops: it points to a directory that contains it");
  }
  return { real, stats };
}

// src/pipeline/validation-run.ts
async function runValidation(settings, logger) {
  const { tree, summary } = await collectAndValidate(settings, logger);
  return { findings: summary.findings, fileCount: tree.fileCount, manifestFiles: summary.manifestFiles, objectCount: summary.objectCount };
}
async function collectAndValidate(settings, logger) {
  const validator = startValidator(settings.render ? { ...settings.validation, render: true } : settings.validation);
  return closingOnError(validator, async () => {
    const tree = await logger.group("Collect files", async () => {
      const collected = await collectSource(settings.dir, { ignore: settings.ignore });
      logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`);
      return collected;
    });
    const summary = await logger.group("Validate manifests", async () => {
      const validated = await validator.validate(tree);
      const { errors, warnings } = countSeverities(validated.findings);
      logger.info(`${validated.objectCount} objects in ${validated.manifestFiles} manifest files, ${errors} errors, ${warnings} warnings`);
      return validated;
    });
    return { tree, summary };
  });
}

// src/pipeline/publish.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/artifact/oci-image.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
function buildImage(layer, source, userAnnotations = {}) {
  const configBytes = Buffer.from(JSON.stringify(imageConfig(layer, source)));
  const configDescriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(configBytes),
    size: configBytes.length
  };
  const layerDescriptor = { mediaType: MEDIA_TYPE.layerTarGzip, digest: layer.digest, size: layer.size };
  const annotations = manifestAnnotations(source, userAnnotations);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    config: configDescriptor,
    layers: [layerDescriptor],
    ...Object.keys(annotations).length > 0 ? { annotations } : {}
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const blobs = [
    { descriptor: configDescriptor, open: () => Readable.from([configBytes]) },
    { descriptor: layerDescriptor, open: () => createReadStream(layer.path) }
  ];
  return {
    manifest: manifestBytes,
    manifestDigest: sha256(manifestBytes),
    manifestMediaType: MEDIA_TYPE.imageManifest,
    blobs
  };
}
function imageConfig(layer, source) {
  return {
    ...source.created === void 0 ? {} : { created: source.created },
    architecture: "amd64",
    os: "linux",
    config: {},
    rootfs: { type: "layers", diff_ids: [layer.diffId] }
  };
}
function manifestAnnotations(source, user) {
  const merged = {};
  if (source.created !== void 0) merged[ANNOTATION.created] = source.created;
  if (source.revision !== void 0) merged[ANNOTATION.revision] = source.revision;
  if (source.url !== void 0) merged[ANNOTATION.source] = source.url;
  Object.assign(merged, user);
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function sha256(bytes2) {
  return `sha256:${createHash("sha256").update(bytes2).digest("hex")}`;
}

// src/artifact/tar-layer.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, openSync as openSync2, readSync } from "node:fs";

// src/artifact/parallel-gzip.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import zlib2 from "node:zlib";

// src/artifact/crc32.ts
import zlib from "node:zlib";
var crc32 = typeof zlib.crc32 === "function" ? (data, initial = 0) => zlib.crc32(data, initial) : tableCrc32;
var table;
function tableCrc32(data, initial = 0) {
  table ??= makeTable();
  let crc = ~initial >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
function makeTable() {
  const result = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    result[n] = c >>> 0;
  }
  return result;
}

// src/artifact/parallel-gzip.ts
var GZIP_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3]);
var WINDOW_BYTES = 32 * 1024;
var IN_FLIGHT = Math.min(4, Math.max(2, availableParallelism()));
var ParallelGzipFile = class {
  #level;
  #fd;
  #hash = createHash2("sha256");
  #blockBytes;
  #inFlight = [];
  /** Blocks compressed and no longer anyone's dictionary, for acquireBlock() to hand out again. */
  #free = [];
  #size = 0;
  #crc = 0;
  #inputBytes = 0;
  #previous;
  #closed = false;
  constructor(path, level, blockBytes) {
    this.#level = level;
    this.#blockBytes = blockBytes;
    this.#fd = openSync(path, "w");
    this.#output(GZIP_HEADER);
  }
  /**
   * A buffer for the next block: one whose compression is done, else a new
   * one (allocating 1 MiB per block cost more in GC than the packing itself).
   */
  acquireBlock() {
    return this.#free.pop() ?? Buffer.allocUnsafe(this.#blockBytes);
  }
  /**
   * Adds the next block of input (from acquireBlock(), not touched again by
   * the caller); waits only when every core already has a block.
   */
  async write(block, last) {
    this.#crc = crc32(block, this.#crc);
    this.#inputBytes += block.length;
    const dictionary = this.#previous?.subarray(Math.max(0, this.#previous.length - WINDOW_BYTES));
    this.#previous = block;
    const options = {
      level: this.#level,
      ...dictionary === void 0 ? {} : { dictionary },
      ...last ? {} : { finishFlush: zlib2.constants.Z_SYNC_FLUSH }
    };
    this.#inFlight.push({ input: block, output: deflateRaw(block, options) });
    while (this.#inFlight.length >= IN_FLIGHT) await this.#writeOldest();
  }
  /** Writes the blocks still in flight and the trailer; the last write() must have said last. */
  async finish() {
    while (this.#inFlight.length > 0) await this.#writeOldest();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.#crc >>> 0, 0);
    trailer.writeUInt32LE(this.#inputBytes % 2 ** 32, 4);
    this.#output(trailer);
    this.close();
    return { digest: `sha256:${this.#hash.digest("hex")}`, size: this.#size };
  }
  /** Closes the file; blocks still compressing are dropped. */
  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const pending of this.#inFlight) pending.output.catch(() => {
    });
    this.#inFlight.length = 0;
    closeSync(this.#fd);
  }
  async #writeOldest() {
    const oldest = this.#inFlight.shift();
    this.#output(await oldest.output);
    if (oldest.input !== this.#previous && oldest.input.length === this.#blockBytes) this.#free.push(oldest.input);
  }
  #output(bytes2) {
    this.#hash.update(bytes2);
    this.#size += bytes2.length;
    for (let written = 0; written < bytes2.length; ) written += writeSync(this.#fd, bytes2, written);
  }
};
function deflateRaw(block, options) {
  return new Promise((resolve6, reject) => zlib2.deflateRaw(block, options, (error, result) => error ? reject(error) : resolve6(result)));
}

// src/artifact/tar-header.ts
var TAR_BLOCK = 512;
var TAR_END_BYTES = 2 * TAR_BLOCK;
var TYPE_FLAG = { file: 48, directory: 53, paxHeader: 120 };
var NAME_BYTES = 100;
var PREFIX_BYTES = 155;
var OFFSET = { name: 0, mode: 100, uid: 108, gid: 116, size: 124, mtime: 136, checksum: 148, type: 156, magic: 257, devmajor: 329, devminor: 337, prefix: 345 };
var MAX_OCTAL_SIZE = 8589934591;
var ASCII = /^[\x00-\x7f]*$/;
var PAX_NAME = "PaxHeader";
var TarHeaderWriter = class {
  #block = Buffer.alloc(TAR_BLOCK);
  /** Per type and mode, a block with every field but name, prefix, size and checksum, and that block's byte sum. */
  #templates = /* @__PURE__ */ new Map();
  /**
   * Writes the single ustar header of an entry at target[offset…offset+512)
   * and returns true; returns false (writing nothing) when the name needs a
   * pax header, for encode() to produce. A directory's name ends in '/'.
   */
  encodeInto(target, offset, name, type, mode, size) {
    const split = ustarName(name);
    if (split === void 0 || size > MAX_OCTAL_SIZE) return false;
    const template = this.#template(type, mode);
    template.block.copy(target, offset);
    let sum = template.sum;
    sum += writeAscii(target, offset + OFFSET.name, split.name);
    if (split.prefix !== "") sum += writeAscii(target, offset + OFFSET.prefix, split.prefix);
    sum += writeAscii(target, offset + OFFSET.size, size.toString(8).padStart(11, "0"));
    writeOctal(target, offset + OFFSET.checksum, sum, 6);
    return true;
  }
  /**
   * The header blocks of one entry: one block, or, for a name ustar cannot
   * hold, a pax header block, its records padded to whole blocks, and the
   * entry's block. A directory's name ends in '/'. The blocks may be reused
   * by the next call: copy them first.
   */
  encode(name, type, mode, size) {
    const split = ustarName(name);
    if (split !== void 0) return [this.#write(split.name, split.prefix, type, mode, size)];
    const records = Buffer.from(paxRecord("path", name), "utf8");
    const padded = Buffer.alloc(Math.ceil(records.length / TAR_BLOCK) * TAR_BLOCK);
    records.copy(padded);
    const paxBlock = Buffer.from(this.#write(PAX_NAME, "", "paxHeader", mode, records.length));
    return [paxBlock, padded, Buffer.from(this.#write(PAX_NAME, "", type, mode, size))];
  }
  #template(type, mode) {
    const key = `${type}:${mode}`;
    let template = this.#templates.get(key);
    if (template === void 0) {
      const block = Buffer.from(this.#write("", "", type, mode, 0));
      block.fill(0, OFFSET.size, OFFSET.size + 12);
      block.fill(32, OFFSET.checksum, OFFSET.checksum + 8);
      let sum = 0;
      for (const byte of block) sum += byte;
      block.fill(0, OFFSET.checksum, OFFSET.checksum + 8);
      block[OFFSET.size + 11] = 32;
      template = { block, sum: sum + 32 };
      this.#templates.set(key, template);
    }
    return template;
  }
  /** One complete block, any name (pax's own blocks, sizes past 8 GiB). */
  #write(name, prefix, type, mode, size) {
    const block = this.#block;
    block.fill(0);
    block.write(name, OFFSET.name, "latin1");
    writeOctal(block, OFFSET.mode, mode & 4095, 6);
    writeOctal(block, OFFSET.uid, 0, 6);
    writeOctal(block, OFFSET.gid, 0, 6);
    writeSize(block, size);
    writeOctal(block, OFFSET.mtime, 0, 11);
    block[OFFSET.type] = TYPE_FLAG[type];
    block.write("ustar\x0000", OFFSET.magic, "latin1");
    writeOctal(block, OFFSET.devmajor, 0, 6);
    writeOctal(block, OFFSET.devminor, 0, 6);
    if (prefix !== "") block.write(prefix, OFFSET.prefix, "latin1");
    writeOctal(block, OFFSET.checksum, checksum(block), 6);
    return block;
  }
};
function writeAscii(target, offset, text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code2 = text.charCodeAt(i);
    target[offset + i] = code2;
    sum += code2;
  }
  return sum;
}
function ustarName(path) {
  if (!ASCII.test(path)) return void 0;
  let name = path;
  let prefix = "";
  while (name.length > NAME_BYTES) {
    const slash = name.indexOf("/");
    if (slash === -1) return void 0;
    prefix = prefix === "" ? name.slice(0, slash) : `${prefix}/${name.slice(0, slash)}`;
    name = name.slice(slash + 1);
  }
  return prefix.length > PREFIX_BYTES ? void 0 : { name, prefix };
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  const bodyBytes = Buffer.byteLength(body);
  let length = bodyBytes + String(bodyBytes).length;
  if (String(length).length !== String(bodyBytes).length) length = bodyBytes + String(length).length;
  return `${length}${body}`;
}
function writeOctal(block, offset, value, digits) {
  const text = value.toString(8);
  block.write(text.length > digits ? "7".repeat(digits) : text.padStart(digits, "0"), offset, "latin1");
  block[offset + digits] = 32;
}
function writeSize(block, size) {
  if (size <= MAX_OCTAL_SIZE) {
    writeOctal(block, OFFSET.size, size, 11);
    return;
  }
  block[OFFSET.size] = 128;
  let rest = size;
  for (let i = 11; i > 0; i--) {
    block[OFFSET.size + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}
function checksum(block) {
  let sum = 8 * 32;
  for (let i = 0; i < OFFSET.checksum; i++) sum += block[i];
  for (let i = OFFSET.type; i < TAR_BLOCK; i++) sum += block[i];
  return sum;
}

// src/artifact/tar-layer.ts
var GZIP_LEVEL = 6;
var GZIP_BLOCK_BYTES = 1 << 20;
async function packLayer(tree, outFile) {
  const gzip = new ParallelGzipFile(outFile, GZIP_LEVEL, GZIP_BLOCK_BYTES);
  try {
    const tar2 = new TarStreamer(gzip);
    await tar2.addAll(tree.entries);
    const tarDigest = await tar2.finish();
    const compressed = await gzip.finish();
    return { path: outFile, ...compressed, diffId: tarDigest.digest, uncompressedSize: tarDigest.size, fileCount: tree.fileCount };
  } finally {
    gzip.close();
  }
}
var TarStreamer = class {
  #gzip;
  #hash = createHash3("sha256");
  #headers = new TarHeaderWriter();
  #block;
  #used = 0;
  #size = 0;
  constructor(gzip) {
    this.#gzip = gzip;
    this.#block = gzip.acquireBlock();
  }
  async addAll(entries) {
    for (const entry of entries) {
      if (entry.kind === "dir") {
        await this.#headerOf(`${entry.path}/`, "directory", 493, 0);
        continue;
      }
      await this.#headerOf(entry.path, "file", entry.executable ? 493 : 420, entry.size);
      await this.#content(entry);
    }
  }
  /** The end-of-archive blocks and the last block; the tar's digest and size. */
  async finish() {
    await this.#zeros(TAR_END_BYTES);
    await this.#flush(true);
    return { digest: `sha256:${this.#hash.digest("hex")}`, size: this.#size };
  }
  async #headerOf(name, type, mode, size) {
    if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
    if (this.#headers.encodeInto(this.#block, this.#used, name, type, mode, size)) {
      this.#used += TAR_BLOCK;
      return;
    }
    for (const bytes2 of this.#headers.encode(name, type, mode, size)) {
      for (let offset = 0; offset < bytes2.length; ) {
        if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
        const copied = bytes2.copy(this.#block, this.#used, offset);
        this.#used += copied;
        offset += copied;
      }
    }
  }
  /** Reads the file into the block; a size other than collect's means it changed under us. */
  async #content(entry) {
    let fd;
    try {
      fd = openSync2(entry.absPath, "r");
    } catch (cause) {
      throw changedWhilePacking(entry.path, cause);
    }
    try {
      let left = entry.size;
      let endSeen = false;
      while (left > 0) {
        if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
        const asked = Math.min(left + 1, GZIP_BLOCK_BYTES - this.#used);
        const read = readSync(fd, this.#block, this.#used, asked, null);
        if (read === 0) throw changedWhilePacking(entry.path, new Error(`${left} bytes fewer than when it was collected`));
        if (read > left) throw changedWhilePacking(entry.path, new Error("it grew after it was collected"));
        endSeen = read < asked;
        this.#used += read;
        left -= read;
      }
      if (!endSeen && readSync(fd, PROBE, 0, 1, null) !== 0) throw changedWhilePacking(entry.path, new Error("it grew after it was collected"));
    } catch (error) {
      throw error instanceof SourceError ? error : changedWhilePacking(entry.path, error);
    } finally {
      closeSync2(fd);
    }
    await this.#zeros((TAR_BLOCK - entry.size % TAR_BLOCK) % TAR_BLOCK);
  }
  async #zeros(count) {
    while (count > 0) {
      if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
      const n = Math.min(count, GZIP_BLOCK_BYTES - this.#used);
      this.#block.fill(0, this.#used, this.#used + n);
      this.#used += n;
      count -= n;
    }
  }
  async #flush(last) {
    const bytes2 = this.#used === GZIP_BLOCK_BYTES ? this.#block : this.#block.subarray(0, this.#used);
    this.#hash.update(bytes2);
    this.#size += bytes2.length;
    await this.#gzip.write(bytes2, last);
    this.#block = this.#gzip.acquireBlock();
    this.#used = 0;
  }
};
var PROBE = Buffer.alloc(1);
function changedWhilePacking(path, cause) {
  return new SourceError(`could not pack ${path}: the file changed or could not be read while packing`, { cause });
}

// src/manifests/kustomize/hydrated-tree.ts
import { writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";
var RENDERED_FILE = "rendered.yaml";
async function treeToPack(tree, rendered, render, workDir) {
  if (!render) return tree;
  if (rendered === void 0) {
    throw new InputError(`render is on, but the top of the directory has no ${KUSTOMIZATION_FILE_NAMES.join(", ")} to render`, {
      hint: "Point dir at the directory that holds the kustomization.yaml, or turn render off to pack the files as they are."
    });
  }
  const absPath = join2(workDir, RENDERED_FILE);
  await writeFile(absPath, rendered, { mode: 420 });
  const size = Buffer.byteLength(rendered);
  return { root: workDir, entries: [{ kind: "file", path: RENDERED_FILE, absPath, size, executable: false }], fileCount: 1, totalBytes: size };
}

// src/tags/resolve-tags.ts
function resolveTags(sources, inputName = "tags") {
  const tags = [];
  const add = (tag, name) => {
    const valid = validateTag(tag, name);
    if (!tags.includes(valid)) tags.push(valid);
  };
  if (sources.computed !== void 0) for (const tag of sources.computed) add(tag, "tag-rules");
  else if (sources.revision !== void 0) add(sources.revision, "the commit SHA");
  if (sources.imageTag !== void 0) add(sources.imageTag, "image");
  for (const raw of sources.extra) {
    const tag = raw.trim();
    if (tag !== "") add(tag, inputName);
  }
  if (tags.length === 0) {
    throw new InputError("there is no tag to push", {
      hint: sources.computed === void 0 ? "run in a git checkout or with GITHUB_SHA set, put a tag in the image (repo:tag), or give tags" : "tag-rules gave no tag for this event: add a rule that applies to it (e.g. type=sha), or give tags"
    });
  }
  return tags;
}

// src/pipeline/publish.ts
async function publish(settings, logger) {
  const destination = createImageTarget(settings.image, {
    logger,
    insecure: settings.insecure,
    ...settings.credentials ? { credentials: settings.credentials } : {},
    ...settings.caFile ? { caFile: settings.caFile } : {},
    ...settings.registry ? { registry: settings.registry } : {}
  });
  const tags = resolveTags({
    ...settings.source.revision ? { revision: settings.source.revision } : {},
    ...settings.computedTags ? { computed: settings.computedTags } : {},
    ...destination.tag ? { imageTag: destination.tag } : {},
    extra: settings.tags
  });
  const { tree, summary: loaded } = await collectAndValidate(settings, logger);
  const failure = validationFailure(loaded.findings, settings.failOn ?? FAIL_ON.error, "nothing was pushed");
  if (failure !== void 0) throw failure;
  const ready = destination.target.prepare?.();
  const workDir = await mkdtemp(join3(tmpdir(), "configsync-oci-"));
  try {
    const layer = await logger.group("Pack artifact", async () => {
      const packed = await packLayer(await treeToPack(tree, loaded.rendered, settings.render, workDir), join3(workDir, "layer.tar.gz"));
      logger.info(`layer ${packed.digest} (${packed.size} bytes, tar ${packed.uncompressedSize} bytes)`);
      return packed;
    });
    const image = buildImage(layer, settings.source, settings.annotations);
    const pushed = await settings.reuseExisting?.(image, layer, tags) ?? await logger.group(`Push to ${destination.target.describe()}`, async () => {
      await ready;
      const result = await destination.target.push(image, tags);
      logger.info(`pushed ${result.reference} (${result.uploadedBlobs} blobs uploaded, ${result.skippedBlobs} already present)`);
      return result;
    });
    const { path: _path, ...layerInfo } = layer;
    return {
      pushed,
      target: destination.target.describe(),
      layer: layerInfo,
      manifestFiles: loaded.manifestFiles,
      objectCount: loaded.objectCount,
      findings: loaded.findings
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// src/report/sarif-report.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, isAbsolute, join as join4, relative, sep as sep2 } from "node:path";

// src/report/finding-codes.ts
var KNV_DESCRIPTIONS = {
  KNV1003: "A namespace directory has subdirectories",
  KNV1004: "A selector annotation where it is not allowed",
  KNV1005: "Illegal configmanagement.gke.io/managed annotation value",
  KNV1006: "A Config Sync object (Repo, HierarchyConfig, selector) whose fields cannot be decoded",
  KNV1007: "An object in an abstract namespace whose kind has hierarchyMode none",
  KNV1009: "metadata.namespace does not match the object's directory",
  KNV1010: "A reserved configmanagement.gke.io/ or configsync.gke.io/ annotation",
  KNV1011: "A reserved configmanagement.gke.io/ or configsync.gke.io/ label",
  KNV1013: "A reference to an undeclared selector",
  KNV1014: "An invalid ClusterSelector or NamespaceSelector",
  KNV1017: "The hierarchy repo declares no Repo object",
  KNV1019: "A Namespace declared directly in namespaces/",
  KNV1020: "A Namespace's name does not match its directory",
  KNV1021: "A kind whose scope is unknown",
  KNV1027: "An unsupported Repo spec.version",
  KNV1029: "Two objects share group, kind, namespace and name",
  KNV1031: "An object without metadata.name",
  KNV1032: "A kind not allowed in an unstructured repo",
  KNV1034: "A Namespace reserved for Config Sync's own use",
  KNV1036: "An invalid metadata.name",
  KNV1038: "A NamespaceSelector in a namespace directory",
  KNV1039: "An object in the wrong top-level directory",
  KNV1041: "A kind that a HierarchyConfig cannot list",
  KNV1042: "An invalid HierarchyConfig hierarchyMode",
  KNV1043: "An unsupported object",
  KNV1044: "An abstract namespace directory without a Namespace below it",
  KNV1045: "A server-set field or a status in the source",
  KNV1046: "A HierarchyConfig lists a cluster-scoped kind",
  KNV1047: "A custom resource whose CRD was removed",
  KNV1048: "A CRD name that is not <plural>.<group>",
  KNV1050: "A deprecated API group and version",
  KNV1052: "A cluster-scoped object with metadata.namespace",
  KNV1053: "Both metadata.namespace and a namespace-selector",
  KNV1054: "An annotation or label value that is not a string",
  KNV1055: "An invalid namespace name",
  KNV1056: "A managed object in an unmanaged Namespace",
  KNV1057: "A reserved HNC depth label",
  KNV1058: "An object outside a namespace repo's namespace",
  KNV1061: "An invalid RootSync or RepoSync",
  KNV1064: "An invalid api-resources.txt",
  KNV1065: "A malformed CustomResourceDefinition",
  KNV1066: "Two cluster-selector annotations on one object",
  KNV1068: "A kustomization that cannot be rendered or is not at the root",
  KNV1069: "The source declares the RootSync or RepoSync that syncs it",
  KNV1070: "Too many objects",
  KNV2001: "A file that cannot be read or parsed",
  KNV2009: "An object Config Sync would fail to apply",
  KNV2010: "A required field is missing",
  KNV2012: "An object that must be unique is declared more than once",
  KNV2015: "Rendering failed"
};
var CSO_DESCRIPTIONS = {
  CSO0001: "The directory holds no Kubernetes object",
  CSO1001: "A Secret with data in the artifact, readable by anyone who can pull it",
  CSO1002: "A RootSync name longer than older Config Sync releases accept",
  CSO2001: "A field the schema does not declare",
  CSO2002: "A value the schema does not allow (type, required field, enum)",
  CSO2003: "A kind with no schema available: not checked",
  CSO2004: "An apiVersion the selected Kubernetes version does not serve",
  CSO3001: "A .wh. name that Config Sync extraction treats as an OCI whiteout and drops",
  CSO3002: "A name Flux untar refuses: a backslash or a component ending in ..",
  CSO3003: "More files than oci-sync can hold open while extracting"
};
var KNV_HELP = "https://g.co/cloud/acm-errors#";
function describeCode(code2) {
  const known = KNV_DESCRIPTIONS[code2] ?? CSO_DESCRIPTIONS[code2];
  const helpUri = /^KNV\d{4}$/.test(code2) ? `${KNV_HELP}${code2.toLowerCase()}` : void 0;
  const shortDescription = known ?? (code2.startsWith("KNV") ? `Config Sync error ${code2}` : `configsync-oci check ${code2}`);
  return helpUri === void 0 ? { shortDescription } : { shortDescription, helpUri };
}

// src/report/sarif-report.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var TOOL_INFORMATION_URI = "https://github.com/acme/configsync-oci";
var SRCROOT = "%SRCROOT%";
function buildSarifLog(findings, base) {
  const sorted = sortFindings(findings);
  const rules = buildRules(sorted);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const root = isInside(base.root, base.dir) ? base.root : base.dir;
  const results = sorted.map(
    (finding) => ({
      ruleId: finding.code,
      ruleIndex: index.get(finding.code) ?? -1,
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(root, join4(base.dir, finding.file)), uriBaseId: SRCROOT },
            // A finding about a whole file (line 0) points at its first line: SARIF lines start at 1.
            region: { startLine: Math.max(1, finding.line) }
          }
        }
      ]
    })
  );
  const driver = { name: "configsync-oci", version: VERSION, semanticVersion: VERSION, informationUri: TOOL_INFORMATION_URI, rules };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver }, columnKind: "unicodeCodePoints", results }] };
}
function renderSarif(findings, base) {
  return `${JSON.stringify(buildSarifLog(findings, base), null, 2)}
`;
}
async function writeSarifFile(path, findings, base) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile2(path, renderSarif(findings, base));
}
function buildRules(sorted) {
  const levels = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    if (levels.get(f.code) !== SEVERITY.error) levels.set(f.code, f.severity);
  }
  return [...levels.keys()].sort().map((id) => {
    const { shortDescription, helpUri } = describeCode(id);
    return {
      id,
      shortDescription: { text: shortDescription },
      ...helpUri === void 0 ? {} : { helpUri },
      defaultConfiguration: { level: levels.get(id) ?? SEVERITY.error }
    };
  });
}
function artifactUri(root, file) {
  return relative(root, file).split(sep2).map(encodeURIComponent).join("/");
}
function isInside(root, dir) {
  const rel = relative(root, dir);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep2}`) && !isAbsolute(rel);
}

// src/source/source-info.ts
import { execFile } from "node:child_process";
import { readFile as readFile2 } from "node:fs/promises";
import { promisify } from "node:util";
var run = promisify(execFile);
async function detectSourceInfo(dir, env, overrides = {}) {
  const event = await readEvent(env);
  const revision = overrides.revision ?? event?.pull_request?.head?.sha ?? nonEmpty(env["GITHUB_SHA"]) ?? await gitOutput(dir, ["rev-parse", "HEAD"]);
  const url = overrides.url ?? repositoryUrl(env);
  const created = overrides.created ?? await commitTime(dir, revision, event, env);
  return {
    ...revision === void 0 ? {} : { revision },
    ...url === void 0 ? {} : { url },
    ...created === void 0 ? {} : { created: normalizeTime(created, "created") }
  };
}
async function readEvent(env) {
  const path = nonEmpty(env["GITHUB_EVENT_PATH"]);
  if (path === void 0) return void 0;
  try {
    return JSON.parse(await readFile2(path, "utf8"));
  } catch {
    return void 0;
  }
}
function repositoryUrl(env) {
  const repository = nonEmpty(env["GITHUB_REPOSITORY"]);
  if (repository === void 0) return void 0;
  return `${nonEmpty(env["GITHUB_SERVER_URL"]) ?? "https://github.com"}/${repository}`;
}
async function commitTime(dir, revision, event, env) {
  const head = event?.head_commit;
  if (head?.timestamp !== void 0 && head.id === revision) return head.timestamp;
  if (revision !== void 0) {
    const fromGit = await gitOutput(nonEmpty(env["GITHUB_WORKSPACE"]) ?? dir, ["show", "-s", "--format=%cI", revision]);
    if (fromGit !== void 0) return fromGit;
  }
  const epoch = nonEmpty(env["SOURCE_DATE_EPOCH"]);
  return epoch === void 0 ? void 0 : new Date(Number(epoch) * 1e3).toISOString();
}
function normalizeTime(text, inputName) {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) {
    throw new InputError(`${inputName} "${text}" is not a date`, { hint: "use RFC 3339, e.g. 2026-01-02T03:04:05Z" });
  }
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}
async function gitOutput(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, timeout: 1e4 });
    return nonEmpty(stdout.trim());
  } catch {
    return void 0;
  }
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}

// src/registry/image-store.ts
var LAYOUT_TAIL = /(?::([^:/@]+)|@(sha256:[0-9a-f]{64}))$/;
function sameRepositoryReference(image, value, inputName) {
  const text = value.trim();
  const bare = text.startsWith("@") ? text.slice(1) : text;
  if (isDigest(bare)) return bare;
  if (!text.includes("/") && !text.includes(":") && !text.startsWith(OCI_LAYOUT_PREFIX)) return validateTag(text, inputName);
  const repo = repositoryOf(image, "image");
  const given = repositoryOf(text, inputName);
  const reference = namedReference(text, inputName);
  if (given !== repo || reference === void 0) {
    throw new InputError(`${inputName} "${text}" must name a tag or digest in ${repo}`, {
      hint: `retagging works inside one repository: write a tag (e.g. ${inputName}: main) or a digest (sha256:\u2026)`
    });
  }
  return reference;
}
function repositoryOf(value, inputName) {
  const text = value.trim();
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length);
    const match = LAYOUT_TAIL.exec(rest);
    return `${OCI_LAYOUT_PREFIX}${match ? rest.slice(0, match.index) : rest}`;
  }
  return repositoryName(parseImageReference(text, inputName));
}
function namedReference(value, inputName) {
  if (value.startsWith(OCI_LAYOUT_PREFIX)) {
    const match = LAYOUT_TAIL.exec(value.slice(OCI_LAYOUT_PREFIX.length));
    return match?.[2] ?? match?.[1];
  }
  const ref = parseImageReference(value, inputName);
  return ref.digest ?? ref.tag;
}
function parseImageManifest(fetched, where) {
  let json;
  try {
    json = JSON.parse(fetched.body.toString("utf8"));
  } catch (cause) {
    throw new ActionError(`${where}: the manifest is not JSON`, { cause });
  }
  const record = typeof json === "object" && json !== null ? json : {};
  const mediaType = fetched.mediaType || (typeof record["mediaType"] === "string" ? record["mediaType"] : "");
  if (mediaType === MEDIA_TYPE.imageIndex || mediaType === MEDIA_TYPE.dockerManifestList || Array.isArray(record["manifests"])) {
    throw new ActionError(`${where} is an image index, not an image manifest`, {
      hint: "configsync-oci artifacts are one image manifest with one layer (Config Sync rejects an index)"
    });
  }
  const config = descriptorOf(record["config"]);
  const layers = Array.isArray(record["layers"]) ? record["layers"].map(descriptorOf) : [];
  if (config === void 0 || layers.some((layer) => layer === void 0)) {
    throw new ActionError(`${where}: the manifest has no valid config or layer descriptors`);
  }
  const annotations = stringRecord(record["annotations"]);
  return { digest: fetched.digest, mediaType, config, layers, annotations, fetched };
}
function descriptorOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== "string" || typeof digest !== "string" || typeof size !== "number" || !isDigest(digest)) return void 0;
  return { mediaType, digest, size };
}
function stringRecord(value) {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === "string"));
}

// src/registry/oci-layout-reader.ts
import { createHash as createHash4 } from "node:crypto";
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { join as join5, resolve as resolve3 } from "node:path";
var MAX_MANIFEST_BYTES = 4 << 20;
var OciLayoutStore = class {
  #path;
  #root;
  constructor(path) {
    this.#path = path;
    this.#root = resolve3(path);
  }
  describe() {
    return `${OCI_LAYOUT_PREFIX}${this.#path}`;
  }
  /** By digest, or by tag through index.json; '' picks the only entry of a one-image layout. */
  async getManifest(reference) {
    const entries = await this.#readIndex();
    if (entries === void 0) return void 0;
    const entry = isDigest(reference) ? entries.find((e) => e.digest === reference) ?? { digest: reference } : reference === "" ? this.#onlyEntry(entries) : entries.find((e) => e.annotations?.[ANNOTATION.refName] === reference);
    if (entry?.digest === void 0) return void 0;
    const body = await this.getBlob(entry.digest, MAX_MANIFEST_BYTES);
    if (body === void 0) return void 0;
    const declared = JSON.parse(body.toString("utf8")).mediaType;
    const mediaType = entry.mediaType ?? (typeof declared === "string" ? declared : MEDIA_TYPE.imageManifest);
    return { mediaType, digest: entry.digest, body };
  }
  async getBlob(digest, maxBytes) {
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`);
    const path = join5(this.#root, "blobs", "sha256", digest.slice("sha256:".length));
    const info = await stat2(path).catch(() => void 0);
    if (info === void 0) return void 0;
    if (info.size > maxBytes) {
      throw new ActionError(`blob ${digest} in ${this.describe()} is ${info.size} bytes, over the ${maxBytes}-byte limit for reading artifacts`);
    }
    const bytes2 = await readFile3(path);
    const actual = `sha256:${createHash4("sha256").update(bytes2).digest("hex")}`;
    if (actual !== digest) throw new ActionError(`${this.describe()}: blob ${digest} holds content with digest ${actual}`);
    return bytes2;
  }
  /** Adds index entries for the tags; the blobs are already in the layout. */
  tag(manifest, tags) {
    const image = { manifest: manifest.body, manifestDigest: manifest.digest, manifestMediaType: manifest.mediaType, blobs: [] };
    return new OciLayoutTarget(this.#path).push(image, tags);
  }
  close() {
  }
  #onlyEntry(entries) {
    const digests = new Set(entries.map((e) => e.digest));
    if (digests.size <= 1) return entries[0];
    const tags = entries.map((e) => e.annotations?.[ANNOTATION.refName]).filter((t) => t !== void 0);
    throw new ActionError(`${this.describe()} holds ${digests.size} images: name one`, {
      hint: `write ${this.describe()}:TAG (tags: ${tags.join(", ") || "none"}) or ${this.describe()}@sha256:\u2026`
    });
  }
  async #readIndex() {
    let text;
    try {
      text = await readFile3(join5(this.#root, "index.json"), "utf8");
    } catch {
      return void 0;
    }
    try {
      const parsed = JSON.parse(text);
      return Array.isArray(parsed.manifests) ? parsed.manifests : [];
    } catch (cause) {
      throw new ActionError(`${this.describe()}/index.json is not valid JSON`, { cause });
    }
  }
};

// src/registry/registry-reader.ts
var RegistryStore = class {
  #client;
  constructor(ref, options) {
    this.#client = new RegistryClient(ref, registryClientOptions(ref, options));
  }
  describe() {
    return this.#client.describe();
  }
  getManifest(reference) {
    return this.#client.getManifest(reference);
  }
  async getBlob(digest, maxBytes) {
    const bytes2 = await this.#client.getBlob(digest);
    if (bytes2 !== void 0 && bytes2.length > maxBytes) {
      throw new ActionError(`blob ${digest} in ${this.describe()} is ${bytes2.length} bytes, over the ${maxBytes}-byte limit for reading artifacts`);
    }
    return bytes2;
  }
  /** A push with no blobs: the manifest by digest (its blobs are there), then each tag. */
  tag(manifest, tags) {
    const image = { manifest: manifest.body, manifestDigest: manifest.digest, manifestMediaType: manifest.mediaType, blobs: [] };
    return this.#client.push(image, tags);
  }
  close() {
    this.#client.close();
  }
};

// src/registry/open-image-store.ts
function openImageStore(value, options, inputName) {
  const text = value.trim();
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length);
    const match = LAYOUT_TAIL.exec(rest);
    const path = match ? rest.slice(0, match.index) : rest;
    if (path === "") throw new InputError(`${inputName} "${text}" names no directory`, { hint: "e.g. oci-layout:build/layout:v1" });
    const reference2 = match?.[2] ?? (match?.[1] === void 0 ? void 0 : validateTag(match[1], inputName));
    const store2 = new OciLayoutStore(path);
    return reference2 === void 0 ? { store: store2 } : { store: store2, reference: reference2 };
  }
  const ref = parseImageReference(text, inputName);
  const store = new RegistryStore(ref, options);
  const reference = ref.digest ?? ref.tag;
  return reference === void 0 ? { store } : { store, reference };
}

// src/diff/artifact-loader.ts
import { stat as stat3, mkdtemp as mkdtemp2, readFile as readFile4, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6, resolve as resolve4 } from "node:path";

// src/diff/layer-files.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash as createHash5 } from "node:crypto";
import { posix as posix2 } from "node:path";
import { gunzipSync } from "node:zlib";
var MAX_LAYER_BYTES = 32 << 20;
var MAX_TAR_BYTES = 256 << 20;
async function readLayerFiles(layer, where, maxTarBytes = MAX_TAR_BYTES) {
  const tarBytes = isGzip(layer) ? gunzip(layer, where, maxTarBytes) : layer;
  if (tarBytes.length > maxTarBytes) throw new ActionError(`${where}: the layer is ${tarBytes.length} bytes, over ${maxTarBytes}; not read`);
  const files = /* @__PURE__ */ new Map();
  const skipped2 = [];
  const extractor = import_tar_stream.default.extract();
  extractor.end(tarBytes);
  try {
    for await (const entry of extractor) {
      const chunks = [];
      for await (const chunk of entry) chunks.push(chunk);
      const path = entryPath(entry.header.name, where);
      if (path === void 0 || entry.header.type === "directory") continue;
      if (entry.header.type !== "file" && entry.header.type !== "contiguous-file") skipped2.push(path);
      else files.set(path, { content: Buffer.concat(chunks), executable: (entry.header.mode & 73) !== 0 });
    }
  } catch (cause) {
    if (cause instanceof ActionError) throw cause;
    throw new ActionError(`${where}: the layer is not a readable tar archive`, { cause });
  }
  return { files, diffId: `sha256:${createHash5("sha256").update(tarBytes).digest("hex")}`, tarSize: tarBytes.length, skipped: skipped2 };
}
function isGzip(bytes2) {
  return bytes2.length >= 2 && bytes2[0] === 31 && bytes2[1] === 139;
}
function gunzip(bytes2, where, maxTarBytes) {
  try {
    return gunzipSync(bytes2, { maxOutputLength: maxTarBytes });
  } catch (cause) {
    const tooLarge = cause.code === "ERR_BUFFER_TOO_LARGE";
    throw new ActionError(
      tooLarge ? `${where}: the layer unpacks to more than ${maxTarBytes} bytes; not read` : `${where}: the layer is not valid gzip`,
      { cause }
    );
  }
}
function entryPath(name, where) {
  const path = posix2.normalize(name.replace(/^\/+/, "")).replace(/\/+$/, "");
  if (path === "." || path === "") return void 0;
  if (path === ".." || path.startsWith("../")) throw new ActionError(`${where}: the layer holds a path outside its root: ${name}`);
  return path;
}

// src/diff/artifact-loader.ts
var ArtifactNotFoundError = class extends ActionError {
};
async function loadDiffOperand(operand, options, name) {
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && await isDirectory(operand)) return loadDirectorySide(operand, options.ignore ?? []);
  const { store, reference } = openImageStore(operand, options, name);
  try {
    if (reference === void 0 && !operand.startsWith(OCI_LAYOUT_PREFIX)) {
      throw new ActionError(`${name} "${operand}" is neither a directory nor a reference with a tag or digest`, {
        hint: "write REPOSITORY:TAG, REPOSITORY@sha256:\u2026, oci-layout:PATH[:TAG] or a directory path (./dir)"
      });
    }
    return await loadStoredSide(store, reference ?? "", operand);
  } finally {
    store.close();
  }
}
async function loadStoredSide(store, reference, label) {
  const fetched = await store.getManifest(reference);
  if (fetched === void 0) {
    throw new ArtifactNotFoundError(`${label} was not found in ${store.describe()}`, { hint: "check the tag or digest (and that the credentials may pull it)" });
  }
  const manifest = parseImageManifest(fetched, label);
  const [layer, ...more] = manifest.layers;
  if (layer === void 0 || more.length > 0) {
    throw new ActionError(`${label} has ${manifest.layers.length} layers; a configsync-oci artifact has exactly one`);
  }
  const bytes2 = await store.getBlob(layer.digest, MAX_LAYER_BYTES);
  if (bytes2 === void 0) throw new ArtifactNotFoundError(`${label}: its layer ${layer.digest} is missing from ${store.describe()}`);
  return { label, digest: manifest.digest, layerSize: layer.size, content: await readLayerFiles(bytes2, label) };
}
async function loadDirectorySide(dir, ignore2) {
  const tree = await collectSource(resolve4(dir), { ignore: ignore2 });
  const work = await mkdtemp2(join6(tmpdir2(), "configsync-oci-diff-"));
  try {
    const packed = await packLayer(tree, join6(work, "layer.tar.gz"));
    if (packed.size > MAX_LAYER_BYTES) throw new ActionError(`${dir} packs to ${packed.size} bytes, over the ${MAX_LAYER_BYTES}-byte diff limit`);
    const content = await readLayerFiles(await readFile4(packed.path), dir);
    return { label: dir, layerSize: packed.size, content };
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
async function isDirectory(path) {
  return (await stat3(path).catch(() => void 0))?.isDirectory() === true;
}

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
    function contextLines(lines2) {
      return lines2.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines2 = current.lines || splitLines(current.value);
      current.lines = lines2;
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
        for (const line of lines2) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines2.length;
        } else {
          oldLine += lines2.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines2.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines2)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines2.length, context);
            for (const line of contextLines(lines2.slice(0, contextSize))) {
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
        oldLine += lines2.length;
        newLine += lines2.length;
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
  for (const key of Object.keys(object).sort()) if (!LEADING_KEYS.includes(key)) ordered[key] = sortKeys(object[key]);
  return (0, import_yaml.stringify)(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
}
function stableJson(object) {
  return JSON.stringify(sortKeys(object));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const record = value;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortKeys(record[key])]));
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
    if (a !== void 0) old[field] = mapValues(a, (key, value) => b !== void 0 && b[key] === value ? "<redacted>" : "<redacted: old value>");
    if (b !== void 0) next[field] = mapValues(b, (key, value) => a !== void 0 && a[key] === value ? "<redacted>" : "<redacted: new value>");
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
      found.set(key, { entry: { id, label: `${formatObjectId(id)}${suffix}`, file: path }, object: parsed.object });
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
  const patch = structuredPatch(`a/${label}`, `b/${label}`, oldYaml, newYaml, previous.entry.file, next.entry.file, { context: CONTEXT_LINES });
  const lines2 = [`--- ${patch.oldFileName}	(${patch.oldHeader ?? ""})`, `+++ ${patch.newFileName}	(${patch.newHeader ?? ""})`];
  let linesAdded = 0;
  let linesRemoved = 0;
  for (const hunk of patch.hunks) {
    lines2.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines);
    linesAdded += hunk.lines.filter((l) => l.startsWith("+")).length;
    linesRemoved += hunk.lines.filter((l) => l.startsWith("-")).length;
  }
  return { ...next.entry, oldFile: previous.entry.file, patch: `${lines2.join("\n")}
`, linesAdded, linesRemoved };
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

// src/tags/stored-artifact.ts
var MAX_CONFIG_BYTES = 1 << 20;
async function findStoredArtifact(store, reference) {
  const fetched = await store.getManifest(reference);
  if (fetched === void 0) return void 0;
  const where = `${store.describe()}:${reference}`;
  const manifest = parseImageManifest(fetched, where);
  const config = await store.getBlob(manifest.config.digest, MAX_CONFIG_BYTES);
  if (config === void 0) throw new ActionError(`${where}: its config blob ${manifest.config.digest} is missing`);
  const diffIds = readDiffIds(config);
  const diffId = manifest.layers.length === 1 && diffIds.length === 1 ? diffIds[0] : void 0;
  return diffId === void 0 ? { reference, manifest } : { reference, manifest, diffId };
}
function readDiffIds(config) {
  try {
    const parsed = JSON.parse(config.toString("utf8"));
    const ids = parsed.rootfs?.diff_ids;
    return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
  } catch {
    return [];
  }
}
function hasSameContent(artifact, diffId) {
  return artifact.diffId !== void 0 && artifact.diffId === diffId;
}
async function retagArtifact(store, artifact, tags, logger) {
  const pushed = await store.tag(artifact.manifest.fetched, tags);
  logger.info(`tagged ${artifact.manifest.digest} (from ${artifact.reference}) as ${tags.join(", ")}; no blob uploaded`);
  return pushed;
}
async function describeStoredArtifact(store, artifact) {
  const side = await loadStoredSide(store, artifact.manifest.digest, `${store.describe()}@${artifact.manifest.digest}`);
  const manifestPaths = [...side.content.files.keys()].filter(isManifestPath);
  const objectCount = manifestPaths.reduce((sum, path) => {
    const file = side.content.files.get(path);
    return sum + (file === void 0 ? 0 : parseManifestFile(path, file.content.toString("utf8")).objects.length);
  }, 0);
  return {
    target: store.describe(),
    layer: {
      digest: artifact.manifest.layers[0]?.digest ?? "",
      size: side.layerSize,
      diffId: side.content.diffId,
      uncompressedSize: side.content.tarSize,
      fileCount: side.content.files.size
    },
    manifestFiles: manifestPaths.length,
    objectCount,
    findings: []
  };
}

// src/writeback/edit/digest-reference.ts
function isDigestReference(text) {
  if (text.startsWith("oci-layout:")) return false;
  try {
    return parseImageReference(text).digest !== void 0;
  } catch {
    return false;
  }
}
function requireDigestReference(text, inputName) {
  const reference = text.trim();
  const parsed = parseImageReference(reference, inputName);
  if (parsed.digest === void 0) {
    throw new InputError(`${inputName} "${reference}" has no digest`, {
      hint: `write back a pinned reference, e.g. us-docker.pkg.dev/my-project/config/app@sha256:<64 hex> (the publish step's "image" output)`
    });
  }
  return reference;
}
function digestOf(reference) {
  return reference.slice(reference.lastIndexOf("@") + 1);
}

// src/writeback/git/commit-message.ts
var DEFAULT_COMMIT_MESSAGE = [
  "configsync-oci: set {target} image to {short-digest}",
  "",
  "Image: {image}",
  "Source: {repository}@{short-sha} {commit-url}",
  "Run: {run-url}"
].join("\n");
var PLACEHOLDER = /\{([a-z-]+)\}/g;
var NAMES = ["target", "image", "digest", "short-digest", "repository", "sha", "short-sha", "commit-url", "run-url"];
function checkTemplate(template, inputName) {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!NAMES.includes(match[1])) {
      throw new InputError(`${inputName} uses {${match[1]}}, which is not a placeholder`, { hint: `use any of ${NAMES.map((n) => `{${n}}`).join(", ")}` });
    }
  }
  if (template.trim() === "") throw new InputError(`${inputName} is empty`, { hint: `e.g. "${DEFAULT_COMMIT_MESSAGE.split("\n")[0]}"` });
}
function renderMessage(template, values) {
  const table2 = {
    target: values.target,
    image: values.image,
    digest: values.digest,
    "short-digest": values.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, "$1"),
    repository: values.repository ?? "",
    sha: values.sha ?? "",
    "short-sha": (values.sha ?? "").slice(0, 7),
    "commit-url": values.commitUrl ?? "",
    "run-url": values.runUrl ?? ""
  };
  const lines2 = template.split(/\r?\n/).flatMap((line) => {
    const used = [...line.matchAll(PLACEHOLDER)].map((m) => table2[m[1]] ?? "");
    if (used.length > 0 && used.every((value) => value === "")) return [];
    return [line.replace(PLACEHOLDER, (_, name) => table2[name] ?? "").replace(/[ \t]+$/, "")];
  });
  return `${lines2.join("\n").trim()}
`;
}
function sourceValues(env, revision, sourceUrl) {
  const repository = env["GITHUB_REPOSITORY"] || void 0;
  const server = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"];
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runUrl = repository && runId ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}` : void 0;
  return {
    ...repository ? { repository } : {},
    ...revision ? { sha: revision } : {},
    ...sourceUrl && revision ? { commitUrl: `${sourceUrl.replace(/\/+$/, "")}/commit/${revision}` } : {},
    ...runUrl ? { runUrl } : {}
  };
}

// src/writeback/git/writeback-types.ts
var WRITE_BACK_MODE = { commit: "commit", pullRequest: "pull-request" };
var AUTO_MERGE = ["off", "merge", "squash", "rebase"];

// src/writeback/git/write-back.ts
import { mkdtemp as mkdtemp3, rm as rm3 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/writeback/git/checkout.ts
var RACE = /\[rejected\]|cannot lock ref|failed to update ref|incorrect old value|stale info|reference already exists/;
var Checkout = class _Checkout {
  git;
  branch;
  constructor(git, branch) {
    this.git = git;
    this.branch = branch;
  }
  /**
   * `git clone --depth 1 --single-branch [--branch BRANCH] URL DIR` (no tags,
   * no LFS blobs); an empty branch means the remote's default branch.
   */
  static async clone(git, url, branch, dir) {
    const which = branch === "" ? [] : ["--branch", branch];
    await git.run(["clone", "--quiet", "--depth", "1", "--single-branch", "--no-tags", ...which, "--", url, dir]);
    const inDir = git.in(dir);
    const name = branch === "" ? (await inDir.run(["symbolic-ref", "--short", "HEAD"])).stdout.trim() : branch;
    return new _Checkout(inDir, name);
  }
  /** The commit a ref points to. */
  async revParse(ref) {
    return (await this.git.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).stdout.trim();
  }
  /** Stages `files` and commits them with `message` as author/committer `identity`; returns the SHA. */
  async commit(files, message, identity) {
    await this.git.run(["add", "--", ...files]);
    await this.git.run(["commit", "--quiet", "--no-verify", "--file=-"], { input: message, env: identity });
    return this.revParse("HEAD");
  }
  /**
   * Pushes HEAD to `refs/heads/BRANCH`: a plain fast-forward push, or with
   * `expect` a --force-with-lease that only replaces the commit we saw
   * ('' means the branch must not exist yet).
   */
  async push(branch, expect) {
    const lease = expect === void 0 ? [] : [`--force-with-lease=refs/heads/${branch}:${expect}`];
    const result = await this.git.run(["push", "--porcelain", ...lease, "origin", `HEAD:refs/heads/${branch}`], { allowFailure: true });
    if (result.code === 0) return "pushed";
    const rejected = result.stdout.split("\n").filter((line) => line.startsWith("!"));
    if (rejected.length > 0 && rejected.every((line) => RACE.test(line))) return "moved";
    const detail = [...rejected, ...result.stderr.split("\n")].map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("hint:"));
    throw new WriteBackError(`git push to ${branch} was refused: ${detail.slice(0, 4).join(" / ") || `exit ${result.code}`}`, {
      hint: /protected|declined/.test(detail.join(" ")) ? "the branch is protected: use write-back-mode: pull-request" : "check that config-repo-token may push to the config repository"
    });
  }
  /** Fetches the branch's current head (depth 1) and moves the work tree onto it. */
  async resetToRemote() {
    await this.fetch(this.branch, 1);
    await this.git.run(["reset", "--quiet", "--hard", `refs/remotes/origin/${this.branch}`]);
    return this.revParse("HEAD");
  }
  /** Fetches `branch` into refs/remotes/origin/BRANCH with `depth` commits. */
  async fetch(branch, depth) {
    await this.git.run(["fetch", "--quiet", "--no-tags", `--depth=${depth}`, "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  }
  /** The commit `branch` has on the remote, or undefined when it does not exist. */
  async remoteHead(branch) {
    const listed = await this.git.run(["ls-remote", "--heads", "origin", `refs/heads/${branch}`]);
    return listed.stdout.split(/\s+/)[0] || void 0;
  }
  /** True when commits a and b have the same tree and the same first parent. */
  async sameChange(a, b) {
    const trees = await this.git.run(["rev-parse", `${a}^{tree}`, `${b}^{tree}`, `${a}^`, `${b}^`], { allowFailure: true });
    const [treeA, treeB, parentA, parentB] = trees.stdout.trim().split("\n");
    return trees.code === 0 && treeA === treeB && parentA === parentB;
  }
};

// src/writeback/git/direct-writeback.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/writeback/git/git-command.ts
import { spawn } from "node:child_process";
var TIMEOUT_MS = 12e4;
var Git = class _Git {
  cwd;
  #env;
  #secrets;
  #logger;
  constructor(cwd, auth, logger) {
    this.cwd = cwd;
    this.#env = auth.env;
    this.#secrets = auth.secrets;
    this.#logger = logger;
  }
  /** A Git for another directory with the same environment. */
  in(cwd) {
    return new _Git(cwd, { env: this.#env, secrets: this.#secrets }, this.#logger);
  }
  /** Runs `git ARGS`; throws a WriteBackError with git's own message unless allowFailure. */
  async run(args, options = {}) {
    this.#logger.debug(`git ${args.join(" ")}`);
    const raw = await spawnGit(args, this.cwd, { ...this.#env, ...options.env }, options.input);
    const output = { code: raw.code, stdout: this.redact(raw.stdout), stderr: this.redact(raw.stderr) };
    if (output.code !== 0 && options.allowFailure !== true) {
      throw new WriteBackError(`git ${args[0]} failed (exit ${output.code}): ${lastLines(output.stderr || output.stdout)}`, { hint: hintFor(output.stderr) });
    }
    return output;
  }
  /** `text` with every secret replaced by ***. */
  redact(text) {
    let result = text;
    for (const secret2 of this.#secrets) if (secret2 !== "") result = result.split(secret2).join("***");
    return result;
  }
};
function gitAuth(base, repo, token) {
  const env = { ...base, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", GIT_LFS_SKIP_SMUDGE: "1", LC_ALL: "C", LANGUAGE: "C" };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"]) delete env[name];
  if (token === "" || !repo.http) return { env, secrets: token === "" ? [] : [token] };
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const index = Number.parseInt(env["GIT_CONFIG_COUNT"] ?? "0", 10) || 0;
  env[`GIT_CONFIG_KEY_${index}`] = `http.${repo.url}.extraheader`;
  env[`GIT_CONFIG_VALUE_${index}`] = `AUTHORIZATION: basic ${basic}`;
  env["GIT_CONFIG_COUNT"] = String(index + 1);
  return { env, secrets: [token, basic] };
}
function identityEnv(author, committer) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email
  };
}
function spawnGit(args, cwd, env, input) {
  return new Promise((resolve6, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: ["pipe", "pipe", "pipe"], timeout: TIMEOUT_MS });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (cause) => reject(new WriteBackError("cannot run git", { cause, hint: "install git (2.31 or later) on the runner" })));
    child.on("close", (code2, signal) => {
      const text = Buffer.concat(stderr).toString("utf8");
      resolve6({ code: code2 ?? 128, stdout: Buffer.concat(stdout).toString("utf8"), stderr: signal ? `${text}
(killed by ${signal})` : text });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? "");
  });
}
function lastLines(text) {
  const lines2 = text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("hint:"));
  return lines2.slice(-3).join(" / ") || "(no output)";
}
function hintFor(stderr) {
  if (/Authentication failed|Invalid username or password|could not read Username|HTTP 401|returned error: 40[13]/i.test(stderr)) {
    return "check config-repo-token: it needs contents: write on the config repository (and pull-requests: write for pull-request mode)";
  }
  if (/Remote branch .* not found|couldn't find remote ref/i.test(stderr)) return "check config-repo-branch: the branch must exist in the config repository";
  if (/protected branch|pre-receive hook declined/i.test(stderr)) return "the branch is protected: use write-back-mode: pull-request";
  return "run with ACTIONS_STEP_DEBUG=true (CLI: --verbose) to see every git call";
}

// src/writeback/git/worktree-edit.ts
import { lstat, readdir, readFile as readFile5, realpath as realpath2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join7, relative as relative2, resolve as resolve5, sep as sep3 } from "node:path";

// src/writeback/edit/edit-yaml.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/writeback/edit/document-chunks.ts
var DOCUMENT_START = /^(?:%[^\n]*\n)*---(?=[ \t]|\r?$)/gm;
function documentChunks(text) {
  const starts = [0, ...[...text.matchAll(DOCUMENT_START)].map((match) => match.index).filter((index) => index > 0)];
  const chunks = [];
  let lineBase = 0;
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const slice = text.slice(start, end);
    chunks.push({ text: slice, base: start, lineBase });
    lineBase += slice.split("\n").length - 1;
  }
  return chunks;
}

// src/writeback/edit/edit-site.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/writeback/edit/scalar-style.ts
var import_yaml2 = __toESM(require_dist(), 1);
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
function renderInStyleOf(node, value, where) {
  switch (node.type) {
    case import_yaml2.Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case import_yaml2.Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case import_yaml2.Scalar.BLOCK_FOLDED:
    case import_yaml2.Scalar.BLOCK_LITERAL:
      throw new WriteBackError(`${where} is a block scalar (| or >); the image is left alone`, {
        hint: "write the image as a plain or quoted scalar on one line, e.g. image: REPO@sha256:\u2026"
      });
    default:
      return renderPlain(value, where);
  }
}
function renderPlain(value, where) {
  if (PLAIN_SAFE.test(value) && !value.includes(": ") && !value.includes(" #")) return value;
  if (value.includes("\n")) throw new WriteBackError(`${where}: the new value spans lines`);
  return JSON.stringify(value);
}

// src/writeback/edit/edit-site.ts
function scalarText(node) {
  const value = node.value;
  if (value === null || value === void 0) return "";
  return typeof value === "string" ? value : String(value);
}
function stringValue(node) {
  return (0, import_yaml3.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function scalarSite(text, node, value, what) {
  if (!(0, import_yaml3.isScalar)(node) || !node.range) {
    throw new WriteBackError(`${what} is not a single value (a map, list or alias is there); it is left alone`, {
      hint: "the image must be a plain or quoted scalar, e.g. image: REPO@sha256:\u2026"
    });
  }
  const [start, end] = node.range;
  const current = scalarText(node);
  if (start === end) {
    const before = start > 0 && text[start - 1] === ":" ? " " : "";
    const after = text[end] === "#" ? " " : "";
    return { start, end, replacement: `${before}${renderPlain(value, what)}${after}`, current, what };
  }
  return { start, end, replacement: renderInStyleOf(node, value, what), current, what };
}
function applySites(text, sites) {
  let result = text;
  for (const site of [...sites].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, site.start) + site.replacement + result.slice(site.end);
  }
  return result;
}

// src/writeback/edit/locate-marker.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/writeback/edit/block-scalar.ts
var import_yaml4 = __toESM(require_dist(), 1);
function readLiteralBlock(file, node) {
  const [start, end] = node.range;
  const contentStart = file.indexOf("\n", start) + 1;
  const rawLines = file.slice(contentStart, end).split("\n");
  const indent = blockIndent(rawLines);
  const lineStarts = [];
  const innerStarts = [];
  const inner = [];
  let outer = contentStart;
  let offset = 0;
  for (const raw of rawLines) {
    const line = raw.replace(/\r$/, "").slice(indent);
    lineStarts.push(outer + Math.min(indent, raw.length));
    innerStarts.push(offset);
    inner.push(line);
    outer += raw.length + 1;
    offset += line.length + 1;
  }
  const text = inner.join("\n");
  const docs = parseBlock(text);
  if (docs === void 0) return void 0;
  const toOuterOffset = (at) => {
    let i = innerStarts.length - 1;
    while (i > 0 && innerStarts[i] > at) i--;
    return lineStarts[i] + (at - innerStarts[i]);
  };
  return {
    text,
    docs,
    toOuter: (site) => ({ ...site, start: toOuterOffset(site.start), end: toOuterOffset(site.end) })
  };
}
function blockIndent(lines2) {
  const first = lines2.find((line) => line.replace(/\r$/, "").trim() !== "");
  return first === void 0 ? 0 : first.length - first.trimStart().length;
}
function parseBlock(text) {
  const parsed = (0, import_yaml4.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const yaml = docs.length > 0 && docs.every((doc) => doc.errors.length === 0 && (0, import_yaml4.isCollection)(doc.contents));
  return yaml ? docs : void 0;
}

// src/writeback/edit/source-text.ts
var DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeExact(bytes2, file) {
  let text;
  try {
    text = DECODER.decode(bytes2);
  } catch (cause) {
    throw new WriteBackError(`${file} is not UTF-8 text; it is left alone`, { cause });
  }
  if (!Buffer.from(text, "utf8").equals(bytes2)) throw new WriteBackError(`${file} does not survive a UTF-8 round trip; it is left alone`);
  return text;
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const hardEnd = newline === -1 ? text.length : newline;
  const end = hardEnd > start && text[hardEnd - 1] === "\r" ? hardEnd - 1 : hardEnd;
  const eol = newline === -1 ? "" : text.slice(end, newline + 1);
  return { start, end, eol, number: countLines2(text, start) };
}
function countLines2(text, before) {
  let lines2 = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < before; i = text.indexOf("\n", i + 1)) lines2++;
  return lines2;
}
function dominantEol(text) {
  const all = text.split("\n").length - 1;
  const crlf = text.split("\r\n").length - 1;
  return all > 0 && crlf * 2 > all ? "\r\n" : "\n";
}

// src/writeback/edit/locate-marker.ts
var MARKER = /#[ \t]*configsync-oci:[ \t]*image(?:[ \t]+(\S+))?[ \t]*\r?$/gm;
function locateMarkers(text, docs, target, image, lineBase = 0, nested = false) {
  const located = { sites: [], seen: [], warnings: [] };
  const scalars = collectScalars(docs);
  const byEnd = new Map(scalars.map((node) => [node.range[1], node]));
  const blocks = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(MARKER)) {
    const at = match.index;
    const inside = scalars.find((node) => node.range[0] <= at && at < node.range[1]);
    if (inside !== void 0) {
      if (inside.type === import_yaml5.Scalar.BLOCK_LITERAL && !nested) blocks.add(inside);
      continue;
    }
    const name = match[1] ?? "";
    const line = lineAt(text, at);
    const number = line.number + lineBase;
    located.seen.push(`marker "${name === "" ? MARKER_PREFIX : `${MARKER_PREFIX} ${name}`}" (line ${number})`);
    if (name !== target.name) continue;
    const what = `the value marked at line ${number}`;
    located.sites.push(scalarSite(text, markedScalar(text, at, line.start, byEnd, what), image, what));
  }
  for (const node of blocks) addBlockSites(located, text, node, target, image, lineBase);
  return located;
}
function addBlockSites(located, text, node, target, image, lineBase) {
  const block = readLiteralBlock(text, node);
  if (block === void 0) return;
  const inner = locateMarkers(block.text, block.docs, target, image, 0, true);
  const line = lineAt(text, node.range[0]).number + lineBase;
  located.seen.push(...inner.seen.map((seen) => `${seen} in the block scalar at line ${line}`));
  for (const site of inner.sites) {
    const outer = block.toOuter(site);
    located.sites.push({ ...outer, what: `the value marked at line ${lineAt(text, outer.start).number + lineBase} (in the block scalar at line ${line})` });
  }
}
function markedScalar(text, at, lineStart, byEnd, what) {
  let end = at;
  while (end > lineStart && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  const empty = byEnd.get(at);
  if (empty !== void 0 && empty.range[0] === at) return empty;
  const node = end < at ? byEnd.get(end) : void 0;
  if (node !== void 0) return node;
  const hint = end === lineStart ? "the marker goes at the end of the line that holds the value, e.g. image: REPO@sha256:\u2026 # configsync-oci: image" : "the marker must follow a scalar value on the same line, e.g. image: REPO@sha256:\u2026 # configsync-oci: image";
  throw new WriteBackError(`${what}: the marker is not the line comment of a scalar value`, { hint });
}
function collectScalars(docs) {
  const scalars = [];
  for (const doc of docs) {
    (0, import_yaml5.visit)(doc, {
      Scalar(_key, node) {
        if ((0, import_yaml5.isScalar)(node) && node.range) scalars.push(node);
      }
    });
  }
  return scalars;
}

// src/writeback/edit/locate-sync.ts
var import_yaml6 = __toESM(require_dist(), 1);
var CONFIG_SYNC_GROUP = "configsync.gke.io/";
function locateSyncImages(text, docs, target, image, lineBase = 0) {
  const located = { sites: [], seen: [], warnings: [] };
  for (const doc of docs) {
    const root = doc.contents;
    if (!(0, import_yaml6.isMap)(root)) continue;
    const kind = stringValue(root.get("kind", true));
    if (!SYNC_KINDS.some((k) => k === kind) || !stringValue(root.get("apiVersion", true))?.startsWith(CONFIG_SYNC_GROUP)) continue;
    const metadata = root.get("metadata", true);
    const name = (0, import_yaml6.isMap)(metadata) ? stringValue(metadata.get("name", true)) : void 0;
    const namespace = (0, import_yaml6.isMap)(metadata) ? stringValue(metadata.get("namespace", true)) : void 0;
    const line = lineAt(text, root.range?.[0] ?? 0).number + lineBase;
    located.seen.push(`${kind} ${namespace ?? "(no namespace)"}/${name ?? "(no name)"} (line ${line})`);
    if (kind !== target.kind || name !== target.name || namespace !== void 0 && namespace !== target.namespace) continue;
    const what = `${kind} ${target.namespace}/${target.name} spec.oci.image (line ${line})`;
    located.sites.push(imageSite(text, root, image, what));
    const spec = root.get("spec", true);
    const sourceType = (0, import_yaml6.isMap)(spec) ? stringValue(spec.get("sourceType", true)) : void 0;
    if (sourceType !== "oci") located.warnings.push(`${what}: spec.sourceType is ${sourceType ?? "not set (git)"}, not oci; Config Sync ignores spec.oci until it is oci`);
  }
  return located;
}
function imageSite(text, root, image, what) {
  const spec = root.get("spec", true);
  const oci = (0, import_yaml6.isMap)(spec) ? spec.get("oci", true) : void 0;
  if ((0, import_yaml6.isAlias)(spec) || (0, import_yaml6.isAlias)(oci)) {
    throw new WriteBackError(`${what}: spec or spec.oci is an alias (*name); the image is left alone`, { hint: "edit the anchored node, or put a marker on the scalar and use target: marker" });
  }
  if (!(0, import_yaml6.isMap)(oci) || oci.items.length === 0) {
    throw new WriteBackError(`${what}: the object has no spec.oci mapping to set the image in`, {
      hint: "add spec.sourceType: oci and spec.oci with image, dir and auth (see the README), then write back"
    });
  }
  const pair = oci.items.find((item) => (0, import_yaml6.isScalar)(item.key) && item.key.value === "image");
  if (pair !== void 0) return scalarSite(text, pair.value, image, what);
  return insertionSite(text, oci, image, what);
}
function insertionSite(text, oci, image, what) {
  const firstKey = oci.items[0]?.key;
  const keyStart = (0, import_yaml6.isScalar)(firstKey) ? firstKey.range?.[0] : void 0;
  if (oci.flow || keyStart === void 0) {
    throw new WriteBackError(`${what}: spec.oci has no image key and is not a block mapping to add one to`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const line = lineAt(text, keyStart);
  const indent = text.slice(line.start, keyStart);
  if (!/^[ ]*$/.test(indent)) {
    throw new WriteBackError(`${what}: spec.oci has no image key and its first key does not start a line`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const eol = line.eol === "" ? dominantEol(text) : line.eol;
  return { start: line.start, end: line.start, replacement: `${indent}image: ${renderPlain(image, what)}${eol}`, current: void 0, what };
}

// src/writeback/edit/edit-yaml.ts
function editYaml(text, target, image, file) {
  const located = locate(text, target, image, file);
  const pending = located.sites.filter((site) => site.current !== image);
  const edited = applySites(text, pending);
  if (pending.length > 0) verify(edited, target, image, file, located.sites.length);
  return {
    text: edited,
    matches: located.sites.length,
    changes: describeChanges(text, pending),
    seen: located.seen,
    warnings: located.warnings
  };
}
function mayContainTarget(text, target) {
  return target.type === "marker" ? text.includes("configsync-oci:") : text.includes("RootSync") || text.includes("RepoSync");
}
function locate(text, target, image, file) {
  const located = { sites: [], seen: [], warnings: [] };
  for (const chunk of documentChunks(text)) {
    if (!mayContainTarget(chunk.text, target)) continue;
    const docs = parseDocuments(chunk.text, file, chunk.lineBase);
    const part = target.type === "marker" ? locateMarkers(chunk.text, docs, target, image, chunk.lineBase) : locateSyncImages(chunk.text, docs, target, image, chunk.lineBase);
    located.sites.push(...part.sites.map((site) => ({ ...site, start: site.start + chunk.base, end: site.end + chunk.base, what: `${file}: ${site.what}` })));
    located.seen.push(...part.seen);
    located.warnings.push(...part.warnings.map((warning) => `${file}: ${warning}`));
  }
  return located;
}
function parseDocuments(text, file, lineBase) {
  const parsed = (0, import_yaml7.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const error = docs.flatMap((doc) => doc.errors)[0];
  if (error !== void 0) {
    const line = lineAt(text, error.pos[0]).number + lineBase;
    throw new WriteBackError(`${file}:${line} is not valid YAML (${error.code}); it is left alone`, { cause: error });
  }
  return docs;
}
function verify(edited, target, image, file, expected) {
  let again;
  try {
    again = locate(edited, target, image, file);
  } catch (cause) {
    throw new WriteBackError(`${file}: the edit would break the file; it is left alone`, { cause });
  }
  if (again.sites.length !== expected || again.sites.some((site) => site.current !== image)) {
    throw new WriteBackError(`${file}: after the edit the value does not read back as ${image}; the file is left alone`);
  }
}
function describeChanges(text, sites) {
  let shift = 0;
  return [...sites].sort((a, b) => a.start - b.start).map((site) => {
    const first = lineAt(text, site.start);
    const last = lineAt(text, Math.max(site.start, site.end));
    const before = text.slice(first.start, last.end);
    const offset = site.start - first.start;
    const after = before.slice(0, offset) + site.replacement + before.slice(offset + site.end - site.start);
    const inserted = site.current === void 0;
    const change = {
      line: first.number + shift,
      before: inserted ? "" : before,
      after: inserted ? after.replace(/\r?\n[\s\S]*$/, "") : after,
      from: site.current,
      what: site.what
    };
    if (inserted) shift++;
    return change;
  });
}

// src/writeback/git/worktree-edit.ts
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var YAML_FILE = /\.ya?ml$/i;
async function editWorktree(root, path, target, image) {
  const start = await insideCheckout(root, path);
  const info = await lstat(start).catch(() => void 0);
  if (info === void 0) throw new WriteBackError(`config-repo-path "${path}" does not exist in the config repository`);
  if (info.isSymbolicLink()) throw new WriteBackError(`config-repo-path "${path}" is a symbolic link; give the file or directory it points to`);
  const single = info.isFile();
  const files = single ? [start] : await yamlFilesUnder(start);
  const edits = [];
  const warnings = [];
  const seen = [];
  for (const file of files) {
    const name = relative2(root, file).split(sep3).join("/");
    const edit = await editFile(file, name, target, image, single).catch((error) => {
      if (single || !(error instanceof ActionError)) throw error;
      warnings.push(`${error.message} (skipped)`);
      return void 0;
    });
    if (edit === void 0) continue;
    seen.push(...edit.seen.map((what) => `${name}: ${what}`));
    warnings.push(...edit.warnings);
    if (edit.matches > 0) edits.push({ file: name, matches: edit.matches, changes: edit.changes });
  }
  if (edits.length === 0) throw notFound(target, path, files.length, seen, warnings);
  return { files: edits, warnings };
}
async function editFile(file, name, target, image, single) {
  const bytes2 = await readFile5(file);
  if (bytes2.length > MAX_FILE_BYTES) throw new WriteBackError(`${name} is larger than ${MAX_FILE_BYTES} bytes`);
  if (!single && !mayContainTarget(bytes2, target)) return { matches: 0, changes: [], seen: [], warnings: [] };
  const text = decodeExact(bytes2, name);
  const edit = editYaml(text, target, image, name);
  if (edit.changes.length > 0) await writeFile3(file, edit.text, "utf8");
  return edit;
}
async function insideCheckout(root, path) {
  const realRoot = await realpath2(root);
  const target = resolve5(realRoot, path === "" ? "." : path);
  const real = await realpath2(target).catch(() => target);
  if (real !== realRoot && !real.startsWith(realRoot + sep3)) {
    throw new WriteBackError(`config-repo-path "${path}" leaves the config repository`, { hint: "give a path relative to the repository root, e.g. clusters/prod/root-sync.yaml" });
  }
  return target;
}
async function yamlFilesUnder(dir) {
  const found = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const path = join7(dir, entry.name);
    if (entry.isDirectory() && entry.name !== ".git") found.push(...await yamlFilesUnder(path));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(path);
  }
  return found;
}
function notFound(target, path, fileCount, seen, warnings) {
  const found = seen.length === 0 ? "nothing of the kind" : seen.slice(0, 10).join("; ");
  const skipped2 = warnings.length === 0 ? "" : `; skipped: ${warnings.slice(0, 5).join("; ")}`;
  return new WriteBackError(`no ${describeTarget(target)} in config-repo-path "${path}" (${fileCount} YAML files read); found ${found}${skipped2}`, {
    hint: "check target (KIND/NAMESPACE/NAME or marker[:NAME]) and config-repo-path"
  });
}

// src/writeback/git/direct-writeback.ts
async function commitAndPush(checkout, settings, message, logger) {
  const identity = identityEnv(settings.author, settings.committer);
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image);
    const files = changedFiles(edit);
    if (files.length === 0) {
      return { status: "unchanged", commitSha: await checkout.revParse("HEAD"), branch: checkout.branch, files: edit.files, warnings: edit.warnings, attempts: attempt - 1 };
    }
    const sha = await checkout.commit(files, message, identity);
    if (await checkout.push(checkout.branch) === "pushed") {
      logger.info(`pushed ${sha} to ${checkout.branch}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
      return { status: "committed", commitSha: sha, branch: checkout.branch, files: edit.files, warnings: edit.warnings, attempts: attempt };
    }
    logger.info(`${checkout.branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); applying the edit again on the new head`);
    await checkout.resetToRemote();
    await backOff(attempt);
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${checkout.branch} kept moving`, {
    hint: "other jobs push to this branch constantly; run again, or use write-back-mode: pull-request"
  });
}
function changedFiles(edit) {
  return edit.files.filter((file) => file.changes.length > 0).map((file) => file.file);
}
async function backOff(attempt) {
  await sleep(Math.min(2e3, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 150));
}

// src/writeback/git/pull-request-host.ts
var BODY_MARKER = "<!-- configsync-oci:write-back -->";
var MAX_FILES_IN_BODY = 20;
function pullRequestContent(message, files) {
  const [title = "", ...rest] = message.trim().split("\n");
  const changed = files.filter((file) => file.changes.length > 0);
  const diff = changed.slice(0, MAX_FILES_IN_BODY).flatMap((file) => [
    "",
    `\`${file.file}\`:`,
    "```diff",
    ...file.changes.flatMap((change) => [`@@ line ${change.line} @@`, ...change.before === "" ? [] : [`-${change.before}`], `+${change.after}`]),
    "```"
  ]);
  const more = changed.length > MAX_FILES_IN_BODY ? ["", `\u2026 and ${changed.length - MAX_FILES_IN_BODY} more files`] : [];
  const body = [rest.join("\n").trim(), "", `### Changes (${changed.length} ${changed.length === 1 ? "file" : "files"})`, ...diff, ...more, "", BODY_MARKER];
  return { title: title.trim(), body: body.join("\n").trim() };
}

// src/writeback/git/pull-request-writeback.ts
async function pushAndOpenPullRequest(checkout, settings, message, host, logger) {
  const { branch } = settings.pullRequest;
  const identity = identityEnv(settings.author, settings.committer);
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image);
    const files = changedFiles(edit);
    const common = { files: edit.files, warnings: edit.warnings, attempts: attempt - 1 };
    if (files.length === 0) {
      const open = await host.findOpen(branch, checkout.branch);
      const stale = open === void 0 ? {} : { stalePullRequest: { number: open.number, url: open.url } };
      return { status: "unchanged", commitSha: await checkout.revParse("HEAD"), branch: checkout.branch, ...common, ...stale };
    }
    const sha = await checkout.commit(files, message, identity);
    const seen = await checkout.remoteHead(branch);
    if (seen !== void 0 && await alreadyPushed(checkout, branch, seen, sha)) {
      logger.info(`${branch} already holds this change (${seen}); not pushing`);
      return { status: "pull-request", commitSha: seen, branch, ...common, pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger) };
    }
    if (await checkout.push(branch, seen ?? "") === "pushed") {
      logger.info(`pushed ${sha} to ${branch}`);
      return { status: "pull-request", commitSha: sha, branch, ...common, attempts: attempt, pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger) };
    }
    logger.info(`${branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); starting again from ${checkout.branch}`);
    await checkout.resetToRemote();
    await backOff(attempt);
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${branch} kept moving`, { hint: "another run writes to the same target at the same time; run again" });
}
async function alreadyPushed(checkout, branch, seen, sha) {
  await checkout.fetch(branch, 2);
  return checkout.sameChange(seen, sha);
}
async function openOrUpdate(host, settings, base, message, files, logger) {
  const { branch, labels, autoMerge } = settings.pullRequest;
  const content = pullRequestContent(message, files);
  let open = await host.findOpen(branch, base);
  let pull;
  if (open === void 0) {
    pull = await host.create({ ...content, head: branch, base }).catch(async (error) => {
      open = await host.findOpen(branch, base);
      if (open === void 0) throw error;
      return host.update(open.number, content);
    });
  } else {
    pull = await host.update(open.number, content);
  }
  if (labels.length > 0) await host.addLabels(pull.number, labels);
  let merge = "off";
  if (autoMerge !== "off") {
    try {
      await host.enableAutoMerge(pull, autoMerge);
      merge = "enabled";
    } catch (error) {
      logger.warning(`auto-merge of #${pull.number} was not enabled: ${error instanceof Error ? error.message : String(error)}`);
      merge = "failed";
    }
  }
  return { number: pull.number, url: pull.url, created: open === void 0, autoMerge: merge };
}

// src/writeback/git/write-back.ts
var GITHUB_HOST = async (...args) => (await import("./github-pull-requests-OBHUL6DX.js")).githubPullRequests(...args);
async function writeBack(settings, env, logger, hostFactory = GITHUB_HOST) {
  const host = settings.mode === WRITE_BACK_MODE.pullRequest ? await pullRequestHost(settings, hostFactory) : void 0;
  const work = await mkdtemp3(join8(settings.tempDir, "configsync-oci-writeback-"));
  try {
    const git = new Git(work, gitAuth(env, settings.repo, settings.token), logger);
    const checkout = await logger.group(
      `Clone ${describeRepo(settings.repo)} (${settings.branch || "default branch"})`,
      () => Checkout.clone(git, settings.repo.url, settings.branch, join8(work, "repo"))
    );
    const message = renderMessage(settings.message, { ...settings.source, target: describeTarget(settings.target), image: settings.image, digest: digestOf(settings.image) });
    return await logger.group(
      `Write back ${describeTarget(settings.target)}`,
      () => host === void 0 ? commitAndPush(checkout, settings, message, logger) : pushAndOpenPullRequest(checkout, settings, message, host, logger)
    );
  } finally {
    await rm3(work, { recursive: true, force: true });
  }
}
async function pullRequestHost(settings, factory) {
  const github = settings.repo.github;
  if (github === void 0) {
    throw new WriteBackError(`cannot tell the GitHub owner/name of ${describeRepo(settings.repo)} for the pull request`, {
      hint: "give config-repo as owner/name or as a URL ending in /OWNER/NAME(.git)"
    });
  }
  if (settings.token === "") {
    throw new WriteBackError("write-back-mode pull-request needs config-repo-token", { hint: "a token with contents: write and pull-requests: write on the config repository" });
  }
  return factory(settings.token, settings.pullRequest.apiUrl, github.owner, github.repo);
}
function pullRequestBranch(target, path) {
  const scope = path === "." || path === "" ? "" : `${slugify(path)}--`;
  return `configsync-oci/${scope}${targetSlug(target)}`;
}

// src/bootstrap/identity.ts
var READER_ROLE = "roles/artifactregistry.reader";
var WORKLOAD_IDENTITY_USER_ROLE = "roles/iam.workloadIdentityUser";
var DOCUMENTED_ROOT_SYNC_NAME = 26;
var PROJECT_ID = /^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
function reconcilerIdentity(ref, fleetHostProject2, auth, gcpServiceAccountEmail) {
  const ksaName = reconcilerName(ref);
  const workloadPool = `${fleetHostProject2}.svc.id.goog`;
  const ksaMember = `serviceAccount:${workloadPool}[${ROOT_SYNC_NAMESPACE}/${ksaName}]`;
  const readerMember = auth === "k8sserviceaccount" ? ksaMember : auth === "gcpserviceaccount" && gcpServiceAccountEmail !== void 0 ? `serviceAccount:${gcpServiceAccountEmail}` : void 0;
  return { ksaName, ksaNamespace: ROOT_SYNC_NAMESPACE, workloadPool, ksaMember, ...readerMember === void 0 ? {} : { readerMember } };
}
function checkProjectId(project, label, example2) {
  if (!PROJECT_ID.test(project)) {
    throw new InputError(`${label} is "${project}", which is not a Google Cloud project ID`, {
      hint: `the project ID of the fleet host project (6\u201330 lowercase letters, digits and hyphens), e.g. ${example2}`
    });
  }
  return project;
}
function nameWarnings(ref) {
  if (ref.kind !== SYNC_KIND.root || ref.name.length <= DOCUMENTED_ROOT_SYNC_NAME) return [];
  return [
    `RootSync name "${ref.name}" is ${ref.name.length} characters: current Config Sync accepts up to 38, but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label)`
  ];
}

// src/bootstrap/commands.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/bootstrap/sync-spec.ts
import { posix as posix3 } from "node:path";
function resourceOfRef(ref) {
  return ref.kind === SYNC_KIND.root ? "rootsync" : "reposync";
}
function syncDifferences(current, ref, image, spec, cluster) {
  const sourceType = current.spec?.sourceType ?? "git";
  if (sourceType !== "oci") {
    throw new ClusterError(`${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType); bootstrap does not switch an existing sync to oci`, {
      hint: `choose another name (--root-sync / --repo-sync), or change that ${ref.kind} yourself first`
    });
  }
  const have = fieldsOf(current, ref);
  const want = wantedFields(image, spec);
  return Object.keys(want).filter((field) => have[field] !== want[field]).map((field) => ({ field, current: have[field] || "(unset)", desired: want[field] || "(unset)" }));
}
function syncMergePatch(current, image, spec) {
  return {
    metadata: { ...current.metadata.resourceVersion === void 0 ? {} : { resourceVersion: current.metadata.resourceVersion } },
    spec: {
      sourceType: "oci",
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        // null removes an email left from an earlier gcpserviceaccount setup.
        gcpServiceAccountEmail: spec.gcpServiceAccountEmail ?? (current.spec?.oci?.gcpServiceAccountEmail === void 0 ? void 0 : null)
      }
    }
  };
}
function describeDifferences(differences) {
  return differences.map((d) => `${d.field}: ${d.current} \u2192 ${d.desired}`).join("; ");
}
function fieldsOf(object, ref) {
  const oci = object.spec?.oci ?? {};
  const format = object.spec?.sourceFormat || (ref.kind === SYNC_KIND.root ? "hierarchy" : "unstructured");
  return {
    "spec.sourceType": object.spec?.sourceType ?? "git",
    "spec.sourceFormat": format,
    "spec.oci.image": oci.image ?? "",
    "spec.oci.dir": normalizeDir(oci.dir),
    "spec.oci.auth": oci.auth ?? "",
    "spec.oci.gcpServiceAccountEmail": oci.gcpServiceAccountEmail ?? ""
  };
}
function wantedFields(image, spec) {
  return {
    "spec.sourceType": "oci",
    "spec.sourceFormat": spec.sourceFormat,
    "spec.oci.image": image,
    "spec.oci.dir": normalizeDir(spec.dir),
    "spec.oci.auth": spec.auth,
    "spec.oci.gcpServiceAccountEmail": spec.gcpServiceAccountEmail ?? ""
  };
}
function normalizeDir(dir) {
  const text = (dir ?? "").replace(/^\/+/, "");
  return text === "" ? "." : posix3.normalize(text).replace(/(.)\/+$/, "$1");
}

// src/bootstrap/commands.ts
function createRepositoryCommand(repo) {
  const labels = Object.entries(repo.labels).map(([k, v]) => `${k}=${v}`).join(",");
  return [
    `gcloud artifacts repositories create ${repo.repository}`,
    "--repository-format=docker",
    `--location=${repo.location}`,
    `--project=${repo.project}`,
    ...repo.description === void 0 ? [] : [`--description=${quote(repo.description)}`],
    ...labels === "" ? [] : [`--labels=${labels}`]
  ].join(" ");
}
function repositoryBindingCommand(repo, role, member) {
  return `gcloud artifacts repositories add-iam-policy-binding ${repo.repository} --location=${repo.location} --project=${repo.project} --role=${role} --member=${quote(member)}`;
}
function serviceAccountBindingCommand(email, role, member) {
  return `gcloud iam service-accounts add-iam-policy-binding ${email} --role=${role} --member=${quote(member)}`;
}
function publishCommand(dir, image) {
  return `configsync-oci publish --dir ${quote(dir)} --image ${quote(image)}`;
}
function createSyncCommand(yaml, context) {
  return `kubectl${contextFlag(context)} create -f - <<'EOF'
${yaml.trimEnd()}
EOF`;
}
function patchSyncCommand(ref, patch, context) {
  return `kubectl${contextFlag(context)} patch ${resourceOfRef(ref)} ${ref.name} -n ${ref.namespace} --type merge -p ${quote(JSON.stringify(patch))}`;
}
function waitCommands(ref, hex, timeout, context) {
  return [
    `kubectl${contextFlag(context)} wait ${resourceOfRef(ref)}/${ref.name} -n ${ref.namespace} --for=jsonpath='{.status.sync.commit}'=${hex} --timeout=${timeout}`,
    `nomos status${context === void 0 ? "" : ` --contexts ${quote(context)}`}`
  ];
}
function toYaml(object) {
  return (0, import_yaml8.stringify)(object, { lineWidth: 0 });
}
function contextFlag(context) {
  return context === void 0 ? "" : ` --context ${quote(context)}`;
}
function quote(text) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/google/iam-policy.ts
var CONDITIONAL_POLICY_VERSION = 3;
function hasRole(policy, role, member) {
  return (policy.bindings ?? []).some((b) => b.role === role && !isConditional(b) && b.members.includes(member));
}
function membersOf(policy, role) {
  return (policy.bindings ?? []).filter((b) => b.role === role && !isConditional(b)).flatMap((b) => [...b.members]);
}
function grantRole(policy, role, member) {
  if (hasRole(policy, role, member)) return { kind: "unchanged" };
  const bindings = policy.bindings ?? [];
  const index = bindings.findIndex((b) => b.role === role && !isConditional(b));
  const next = index < 0 ? [...bindings, { role, members: [member] }] : bindings.map((b, i) => i === index ? { ...b, members: [...b.members, member] } : b);
  return { kind: index < 0 ? "add-binding" : "add-member", policy: { ...policy, bindings: next, version: policyVersion(policy, next) } };
}
function normalizePolicy(raw) {
  const value = isRecord(raw) ? raw : {};
  const bindings = Array.isArray(value["bindings"]) ? value["bindings"].filter(isRecord).map(normalizeBinding) : [];
  const { bindings: _b, etag, version, auditConfigs, ...rest } = value;
  return {
    ...rest,
    ...typeof version === "number" && version > 0 ? { version } : {},
    bindings,
    ...Array.isArray(auditConfigs) && auditConfigs.length > 0 ? { auditConfigs } : {},
    ...etag === void 0 || etag === null ? {} : { etag: etagText(etag) }
  };
}
function etagText(etag) {
  if (typeof etag === "string") return etag;
  if (etag instanceof Uint8Array) return Buffer.from(etag).toString("base64");
  return String(etag);
}
function normalizeBinding(raw) {
  const { role, members, condition, ...rest } = raw;
  return {
    ...rest,
    role: String(role ?? ""),
    members: Array.isArray(members) ? members.map(String) : [],
    ...isRecord(condition) && typeof condition["expression"] === "string" && condition["expression"] !== "" ? { condition } : {}
  };
}
function isConditional(binding) {
  return binding.condition !== void 0 && binding.condition !== null && (binding.condition.expression ?? "") !== "";
}
function policyVersion(policy, bindings) {
  return bindings.some(isConditional) ? CONDITIONAL_POLICY_VERSION : policy.version ?? 1;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/bootstrap/types.ts
var STEP = {
  repository: "repository",
  readerBinding: "reader-binding",
  workloadIdentityBinding: "workload-identity-binding",
  artifact: "artifact",
  sync: "sync",
  wait: "wait"
};

// src/bootstrap/plan.ts
function planRepository(settings, exists) {
  const repo = settings.repository;
  const title = "Artifact Registry repository";
  if (repo === void 0 || exists === void 0) {
    return { id: STEP.repository, title, current: "-", desired: "-", change: "skip", commands: [], note: `${registryOf(settings.image)} is not an Artifact Registry host: the registry creates repositories its own way` };
  }
  return {
    id: STEP.repository,
    title: `${title} ${repo.resource}`,
    current: exists ? "exists" : "missing",
    desired: "exists (docker format)",
    change: exists ? "none" : "create",
    commands: exists ? [] : [createRepositoryCommand(repo)]
  };
}
function planReaderBinding(settings, identity, policy) {
  const repo = settings.repository;
  const member = identity.readerMember;
  const base = { id: STEP.readerBinding, title: `Grant ${READER_ROLE} on the repository` };
  if (repo === void 0) return { ...base, current: "-", desired: "-", change: "skip", commands: [], note: "not an Artifact Registry image: grant pull access the registry's own way (Config Sync pulls other registries anonymously, auth none)" };
  if (member === void 0) return { ...base, current: "-", desired: "-", change: "skip", commands: [], note: authNote(settings.spec.auth) };
  const granted = policy !== void 0 && hasRole(policy, READER_ROLE, member);
  return {
    ...base,
    title: `${base.title} to ${member}`,
    current: policy === void 0 ? "no policy yet (the repository is created in step 1)" : describeMembers(membersOf(policy, READER_ROLE)),
    desired: `${member} has ${READER_ROLE}`,
    change: granted ? "none" : "create",
    commands: granted ? [] : [repositoryBindingCommand(repo, READER_ROLE, member)]
  };
}
function planWorkloadIdentityBinding(settings, identity, policy) {
  const email = settings.spec.gcpServiceAccountEmail ?? "";
  const granted = hasRole(policy, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember);
  return {
    id: STEP.workloadIdentityBinding,
    title: `Grant ${WORKLOAD_IDENTITY_USER_ROLE} on service account ${email} to ${identity.ksaMember}`,
    current: describeMembers(membersOf(policy, WORKLOAD_IDENTITY_USER_ROLE)),
    desired: `${identity.ksaMember} may act as ${email}`,
    change: granted ? "none" : "create",
    commands: granted ? [] : [serviceAccountBindingCommand(email, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember)]
  };
}
var HOLDING = {
  tagged: { current: "in the registry under every tag", change: "none" },
  untagged: { current: "in the registry, but not under every tag", change: "update" },
  missing: { current: "not in the registry", change: "create" },
  unknown: { current: "not checked (the registry could not be asked)", change: "create" }
};
function planArtifact(settings, artifact) {
  const tagged = artifact.tags.length === 0 ? "" : ` (tags ${artifact.tags.join(", ")})`;
  const { current, change } = HOLDING[artifact.before];
  return {
    id: STEP.artifact,
    title: `Publish ${artifact.dir}`,
    current,
    desired: `${artifact.reference}${tagged}`,
    change,
    commands: change === "none" ? [] : [publishCommand(artifact.dir, settings.image)]
  };
}
function planSync(settings, current, image, cluster) {
  const { ref, spec, context } = settings;
  const object = buildSyncObject(ref, image, spec);
  const yaml = toYaml(object);
  const base = { id: STEP.sync, title: `${describeSyncRef(ref)} in cluster ${cluster}`, yaml, ...repoSyncNote(settings) };
  if (current === void 0) return { ...base, current: "missing", desired: `sourceType oci, image ${image}`, change: "create", commands: [createSyncCommand(yaml, context)], body: object };
  const differences = syncDifferences(current, ref, image, spec, cluster);
  if (differences.length === 0) return { ...base, current: `image ${image}, auth ${spec.auth}`, desired: "the same", change: "none", commands: [] };
  const patch = syncMergePatch(current, image, spec);
  const { metadata: _precondition, ...shown } = patch;
  const found = differences.map((d) => `${d.field}: ${d.current}`).join("; ");
  return { ...base, current: found, desired: describeDifferences(differences), change: "update", commands: [patchSyncCommand(ref, shown, context)], body: patch };
}
function repoSyncNote(settings) {
  const { ref } = settings;
  if (ref.kind !== SYNC_KIND.repo) return {};
  const ksa = reconcilerName(ref);
  return { note: `the reconciler needs permissions in namespace ${ref.namespace}, which bootstrap does not grant, e.g. kubectl create rolebinding ${ksa} -n ${ref.namespace} --clusterrole=edit --serviceaccount=config-management-system:${ksa}` };
}
function planWait(settings, image) {
  const timeout = formatDuration(settings.timeoutMs);
  const base = { id: STEP.wait, title: `Wait until ${describeSyncRef(settings.ref)} synced` };
  if (!settings.wait) return { ...base, current: "-", desired: "-", change: "skip", commands: [], note: "not waiting (--no-wait / wait: false)" };
  const hex = digestHex(image);
  return { ...base, current: "not checked yet", desired: `SYNCED at ${hex.slice(0, 12)}`, change: "none", commands: waitCommands(settings.ref, hex, timeout, settings.context) };
}
function authNote(auth) {
  if (auth === "gcenode") return "auth gcenode: the nodes' service account pulls; grant it roles/artifactregistry.reader yourself (bootstrap cannot know it)";
  return `auth ${auth}: Config Sync pulls anonymously; the repository must allow allUsers to read (bootstrap does not make it public)`;
}
function describeMembers(members) {
  return members.length === 0 ? "nobody has the role" : `the role is granted to ${members.join(", ")}`;
}
function registryOf(image) {
  return image.split("/")[0] ?? image;
}

// src/google/policy-update.ts
var PolicyConflictError = class extends ActionError {
};
var DEFAULT_POLICY_RETRY = {
  attempts: 5,
  initialDelayMs: 500,
  sleep: (ms) => new Promise((resolve6) => setTimeout(resolve6, ms))
};
async function grantOnPolicy(store, role, member, logger, options = {}) {
  const retry = options.retry ?? DEFAULT_POLICY_RETRY;
  let read = options.firstRead;
  for (let attempt = 1; ; attempt++) {
    const policy = read ?? await store.get();
    read = void 0;
    const plan = grantRole(policy, role, member);
    if (plan.kind === "unchanged") return { outcome: "unchanged", conflicts: attempt - 1 };
    try {
      await store.set(plan.policy);
      logger.info(`IAM policy of ${store.resource}: granted ${role} to ${member}`);
      return { outcome: "created", conflicts: attempt - 1 };
    } catch (error) {
      if (!(error instanceof PolicyConflictError) || attempt >= retry.attempts) throw error;
      const delay = Math.round(retry.initialDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
      logger.info(`IAM policy of ${store.resource} changed while we wrote it (409 ABORTED); reading it again in ${delay} ms (attempt ${attempt + 1} of ${retry.attempts})`);
      await retry.sleep(delay);
    }
  }
}

// src/bootstrap/bootstrap.ts
async function runBootstrap(settings, ports) {
  const { spec } = settings;
  const identity = reconcilerIdentity(settings.ref, settings.fleetHostProject, spec.auth, spec.gcpServiceAccountEmail);
  const warnings = nameWarnings(settings.ref);
  for (const warning of warnings) ports.logger.warning(warning);
  ports.logger.info(`Reconciler: ${identity.ksaNamespace}/${identity.ksaName}; IAM member ${identity.ksaMember} (workload pool of ${settings.fleetHostProject}, ${settings.fleetHostProjectSource})`);
  const steps = [];
  const record = (plan, outcome) => {
    steps.push({ ...plan, outcome });
    ports.logger.info(`[${steps.length}] ${plan.title}: ${outcome}${plan.change === "skip" ? ` (${plan.note ?? ""})` : ` (${plan.current} \u2192 ${plan.desired})`}`);
  };
  const packed = await ports.publisher(true);
  const repositoryExists = await repositoryStep(settings, ports, record);
  await grantStep(settings, ports, identity, repositoryExists, record);
  const artifact = settings.dryRun ? packed : await ports.publisher(false);
  const published = planArtifact(settings, artifact.state);
  record(published, outcomeOf(published, settings.dryRun));
  const image = artifact.state.reference;
  const sync = await syncStep(settings, ports, image);
  record(sync, outcomeOf(sync, settings.dryRun));
  const rollout = await waitStep(settings, ports, image, record);
  const base = { dryRun: settings.dryRun, identity, ref: settings.ref, cluster: ports.cluster.cluster, steps, warnings, image, published: artifact.result };
  return { ...base, ...rollout === void 0 ? {} : { rollout }, ok: rollout?.ok ?? true };
}
async function repositoryStep(settings, ports, record) {
  const api = ports.repository;
  const exists = settings.repository === void 0 || api === void 0 ? void 0 : await api.exists();
  const plan = planRepository(settings, exists);
  if (plan.change === "create" && !settings.dryRun && api !== void 0) {
    const made = await api.create();
    record(plan, made === "created" ? "created" : "unchanged");
    return true;
  }
  record(plan, outcomeOf(plan, settings.dryRun));
  return exists === true;
}
async function grantStep(settings, ports, identity, repositoryExists, record) {
  const api = ports.repository;
  const member = identity.readerMember;
  const policy = repositoryExists && api !== void 0 && member !== void 0 ? await api.policy.get() : void 0;
  const reader = planReaderBinding(settings, identity, policy);
  record(reader, await grant(reader, api?.policy, READER_ROLE, member, policy, settings, ports));
  if (settings.spec.auth !== "gcpserviceaccount") return;
  const store = ports.serviceAccount;
  if (store === void 0) throw new Error("bootstrap: auth gcpserviceaccount needs the service account policy port");
  const saPolicy = await store.get();
  const impersonation = planWorkloadIdentityBinding(settings, identity, saPolicy);
  record(impersonation, await grant(impersonation, store, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember, saPolicy, settings, ports));
}
async function grant(plan, store, role, member, firstRead, settings, ports) {
  if (plan.change !== "create" || settings.dryRun || store === void 0 || member === void 0) return outcomeOf(plan, settings.dryRun);
  const result = await grantOnPolicy(store, role, member, ports.logger, {
    ...firstRead === void 0 ? {} : { firstRead },
    ...ports.policyRetry === void 0 ? {} : { retry: ports.policyRetry }
  });
  return result.outcome;
}
var MAX_SYNC_ATTEMPTS = 5;
async function syncStep(settings, ports, image) {
  const { cluster } = ports;
  for (let attempt = 1; ; attempt++) {
    const plan = planSync(settings, await cluster.get(settings.ref), image, cluster.cluster);
    if (settings.dryRun || plan.body === void 0) return plan;
    try {
      if (plan.change === "create") await cluster.apply({ kind: "create", ref: settings.ref, body: plan.body });
      else await cluster.update(settings.ref, plan.body);
      return plan;
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_SYNC_ATTEMPTS) throw error;
      ports.logger.info(`${plan.title} changed while we wrote it (409 Conflict); reading it again`);
    }
  }
}
async function waitStep(settings, ports, image, record) {
  const plan = planWait(settings, image);
  if (plan.change === "skip" || settings.dryRun) {
    record(plan, settings.dryRun && plan.change !== "skip" ? "planned" : "skipped");
    return void 0;
  }
  const rollout = await ports.logger.group(plan.title, () => rolloutCluster(ports.cluster, {
    ref: settings.ref,
    image,
    wait: true,
    timeoutMs: settings.timeoutMs,
    // As the rollout: a pull error (KNV2004) may last a minute while oci-sync retries.
    policy: { sourceErrorGraceMs: Math.min(6e4, settings.timeoutMs) }
  }, ports.logger, ports.clock ?? SYSTEM_CLOCK));
  record({ ...plan, current: rollout.state, ...rollout.ok ? {} : { note: rollout.reason } }, rollout.ok ? "synced" : "failed");
  return rollout;
}
function outcomeOf(plan, dryRun) {
  if (plan.change === "skip") return "skipped";
  if (plan.change === "none") return "unchanged";
  if (dryRun) return "planned";
  return plan.change === "create" ? "created" : "updated";
}

// src/bootstrap/publisher.ts
function createPublisher(settings, displayDir, logger) {
  return async (dryRun) => {
    let before = "unknown";
    const reuseExisting = async (image, _layer, tags) => {
      before = await registryHolding(settings, image.manifestDigest, tags, logger);
      const reference = `${repositoryName(parseImageReference(settings.image))}@${image.manifestDigest}`;
      if (!dryRun && before !== "tagged") return void 0;
      logger.info(`${reference}: validated and packed, ${dryRun ? "not pushed" : "already in the registry under every tag; nothing to push"}`);
      return { digest: image.manifestDigest, reference, tags: [...tags], uploadedBlobs: 0, skippedBlobs: 0 };
    };
    const result = await publish({ ...settings, reuseExisting }, logger);
    return { state: { reference: result.pushed.reference, tags: result.pushed.tags, before, dir: displayDir }, result };
  };
}
async function registryHolding(settings, digest, tags, logger) {
  const options = {
    logger,
    insecure: settings.insecure,
    ...settings.credentials === void 0 ? {} : { credentials: settings.credentials },
    ...settings.caFile === void 0 ? {} : { caFile: settings.caFile },
    // One look, no retries: a registry that is down shows itself in the push.
    registry: { ...settings.registry, retries: 0 }
  };
  const { store } = openImageStore(settings.image, options, "image");
  try {
    if (await store.getManifest(digest) === void 0) return "missing";
    for (const tag of tags) if ((await store.getManifest(tag))?.digest !== digest) return "untagged";
    return "tagged";
  } catch (error) {
    logger.debug(`could not check whether ${store.describe()} holds ${digest}: ${error instanceof Error ? error.message : String(error)}`);
    return "unknown";
  } finally {
    store.close();
  }
}

// src/google/google-errors.ts
var RPC_TO_HTTP = { 3: 400, 5: 404, 6: 409, 7: 403, 10: 409, 16: 401 };
function googleCallError(error, call) {
  const facts = errorFacts(error);
  const fail = (what, hint) => new GoogleApiError(`${call.operation}: ${what} (${facts.message})`, { cause: error, hint, ...facts.status === void 0 ? {} : { status: facts.status } });
  if (facts.status === 409 || facts.rpcStatus === "ABORTED") return new PolicyConflictError(`${call.operation}: the policy changed concurrently (${facts.message})`, { cause: error });
  if (facts.reason === "SERVICE_DISABLED" || /has not been used in project|it is disabled/i.test(facts.message)) {
    return fail(`the API ${call.api} is not enabled in project ${call.project}`, `enable it: gcloud services enable ${call.api} --project ${call.project}`);
  }
  if (facts.status === 403) return fail(`permission denied: the credential needs ${call.permission}`, call.roleHint);
  if (facts.status === 404 && call.notFound !== void 0) return fail(call.notFound.message, call.notFound.hint);
  if (facts.status === 401) return fail("Google refused the access token", "check google-github-actions/auth (or the access token given); tokens last an hour");
  return fail(`the API answered ${facts.status ?? facts.rpcStatus}`, "see the message; rerun to retry (every step is idempotent)");
}
function isNotFound(error) {
  return errorFacts(error).status === 404;
}
function errorFacts(error) {
  const record = typeof error === "object" && error !== null ? error : {};
  const response = typeof record["response"] === "object" && record["response"] !== null ? record["response"] : {};
  const rawCode = typeof response["status"] === "number" ? response["status"] : record["code"];
  const status = typeof rawCode === "number" ? rawCode < 100 ? RPC_TO_HTTP[rawCode] : rawCode : void 0;
  const body = bodyOf(response["data"]) ?? bodyOf(error instanceof Error ? error.message : void 0);
  const message = typeof body?.message === "string" ? body.message : firstLine2(error);
  const reason = body?.details?.find((d) => typeof d.reason === "string")?.reason;
  return {
    ...status === void 0 ? {} : { status },
    rpcStatus: typeof body?.status === "string" ? body.status : "",
    message,
    reason: typeof reason === "string" ? reason : typeof record["reason"] === "string" ? record["reason"] : ""
  };
}
function bodyOf(data) {
  let value = data;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (typeof value !== "object" || value === null || !("error" in value)) return void 0;
  const inner = value.error;
  return typeof inner === "object" && inner !== null ? inner : void 0;
}
function firstLine2(error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// src/google/repository-api.ts
function repositoryApi(target, access) {
  let client;
  const open = () => client ??= openClient(access);
  const repo = { project: target.project, location: target.location, repository: target.repository };
  return {
    async exists() {
      try {
        await (await open()).getRepository({ name: target.resource });
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw apiError(error, "get", repo);
      }
    },
    create: () => ensureRepository(repo, { create: true, labels: target.labels, ...target.description === void 0 ? {} : { description: target.description } }, {
      accessToken: access.accessToken,
      logger: access.logger,
      ...access.endpoint === void 0 ? {} : { endpoint: access.endpoint }
    }),
    policy: repositoryPolicy(target, open),
    async close() {
      if (client !== void 0) await (await client).close().catch(() => void 0);
    }
  };
}
function repositoryPolicy(target, open) {
  const call = (verb) => ({
    operation: `${verb === "getIamPolicy" ? "read" : "change"} the IAM policy of Artifact Registry repository ${target.resource}`,
    permission: `artifactregistry.repositories.${verb}`,
    roleHint: `grant roles/artifactregistry.admin on the repository or project ${target.project} (reader, writer and repoAdmin cannot ${verb === "getIamPolicy" ? "read" : "change"} IAM policies)`,
    api: "artifactregistry.googleapis.com",
    project: target.project,
    notFound: { message: `repository ${target.repository} does not exist`, hint: "it was deleted while the bootstrap ran, or the image names another project; rerun to create it" }
  });
  return {
    resource: target.resource,
    async get() {
      try {
        const [policy] = await (await open()).getIamPolicy({ resource: target.resource, options: { requestedPolicyVersion: CONDITIONAL_POLICY_VERSION } });
        return normalizePolicy(policy);
      } catch (error) {
        throw googleCallError(error, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const [written] = await (await open()).setIamPolicy({ resource: target.resource, policy: clientPolicy(policy) });
        return normalizePolicy(written);
      } catch (error) {
        throw googleCallError(error, call("setIamPolicy"));
      }
    }
  };
}
function clientPolicy(policy) {
  const { bindings = [], etag, version, auditConfigs } = policy;
  return {
    bindings: bindings.map((b) => ({ role: b.role, members: [...b.members], ...b.condition ? { condition: { ...b.condition } } : {} })),
    ...version === void 0 ? {} : { version },
    ...etag === void 0 ? {} : { etag },
    ...Array.isArray(auditConfigs) ? { auditConfigs } : {}
  };
}
async function openClient(access) {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import("./artifact-registry-sdk-4I4PNL42.js"),
    import("./google-auth-sdk-2LZYIURY.js")
  ]);
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: await access.accessToken() });
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(access.endpoint) });
}

// src/google/service-account-api.ts
var IAM_ENDPOINT_ENV = "CONFIGSYNC_OCI_IAM_ENDPOINT";
var IAM_API = "https://iam.googleapis.com";
function serviceAccountPolicy(email, access) {
  let client;
  const open = () => client ??= openClient2(access);
  const base = `${(access.endpoint || IAM_API).replace(/\/+$/, "")}/v1/projects/-/serviceAccounts/${encodeURIComponent(email).replace(/%40/g, "@")}`;
  const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ?? "PROJECT";
  const call = (verb) => ({
    operation: `${verb === "getIamPolicy" ? "read" : "change"} the IAM policy of service account ${email}`,
    permission: `iam.serviceAccounts.${verb}`,
    roleHint: `grant roles/iam.serviceAccountAdmin on the service account ${email} (or its project ${project})`,
    api: "iam.googleapis.com",
    project,
    notFound: {
      message: `service account ${email} does not exist`,
      hint: `create it: gcloud iam service-accounts create ${email.split("@")[0] ?? "NAME"} --project ${project}`
    }
  });
  return {
    resource: email,
    async get() {
      try {
        const response = await (await open()).request({ url: `${base}:getIamPolicy`, method: "POST", params: { "options.requestedPolicyVersion": CONDITIONAL_POLICY_VERSION } });
        return normalizePolicy(response.data);
      } catch (error) {
        throw googleCallError(error, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const response = await (await open()).request({ url: `${base}:setIamPolicy`, method: "POST", data: { policy } });
        return normalizePolicy(response.data);
      } catch (error) {
        throw googleCallError(error, call("setIamPolicy"));
      }
    }
  };
}
async function openClient2(access) {
  const { OAuth2Client } = await import("./google-auth-sdk-2LZYIURY.js");
  const client = new OAuth2Client();
  client.setCredentials({ access_token: await access.accessToken() });
  return client;
}

// src/pipeline/bootstrap-adapters.ts
async function bootstrap(request) {
  const { settings, logger, env } = request;
  await loadClusterModule(request.what);
  const { openBootstrapCluster } = await import("./bootstrap-cluster-PXJDDUBN.js");
  const cluster = openBootstrapCluster(request.cluster, env);
  const accessToken = googleToken(request);
  const endpoint = env[ARTIFACT_REGISTRY_ENDPOINT_ENV] || void 0;
  const iamEndpoint = env[IAM_ENDPOINT_ENV] || void 0;
  const repository = settings.repository === void 0 ? void 0 : repositoryApi(settings.repository, { accessToken, logger, ...endpoint === void 0 ? {} : { endpoint } });
  const email = settings.spec.auth === "gcpserviceaccount" ? settings.spec.gcpServiceAccountEmail : void 0;
  const serviceAccount = email === void 0 ? void 0 : serviceAccountPolicy(email, { accessToken, ...iamEndpoint === void 0 ? {} : { endpoint: iamEndpoint } });
  try {
    return await runBootstrap(settings, {
      ...repository === void 0 ? {} : { repository },
      ...serviceAccount === void 0 ? {} : { serviceAccount },
      publisher: request.publisher ?? createPublisher(request.publish, request.displayDir, logger),
      cluster,
      logger
    });
  } finally {
    await repository?.close();
  }
}
function googleToken(request) {
  const { publish: publish2, env, logger } = request;
  const host = request.settings.image.split("/")[0] ?? "";
  const source = credentialChain(host, {
    env,
    logger,
    mask: publish2.registry?.mask ?? (() => {
    }),
    ...publish2.credentials === void 0 ? {} : { credentials: publish2.credentials },
    ...publish2.registry?.accessToken === void 0 ? {} : { accessToken: publish2.registry.accessToken }
  });
  let token;
  return () => token ??= source.resolve().then((credentials2) => {
    if (credentials2?.username === GOOGLE_TOKEN_USER && credentials2.password !== "") return credentials2.password;
    throw new GoogleApiError(`the Artifact Registry and IAM APIs need a Google access token for ${host}, but the credentials are ${credentials2 === void 0 ? "none" : credentials2.source}`, {
      hint: "run google-github-actions/auth before this step (Application Default Credentials), or give an access token (access-token input, --access-token-stdin)"
    });
  });
}

// src/bootstrap/settings.ts
function bootstrapSettings(input, names) {
  const ref = checkImage(input.image, names);
  const google = isGoogleRegistry(ref.registry);
  if (!google && (input.spec.auth === "k8sserviceaccount" || input.spec.auth === "gcpserviceaccount" || input.spec.auth === "gcenode")) {
    throw new InputError(`${names.auth} is ${input.spec.auth}, but ${ref.registry} is not a Google registry: Config Sync sends Google tokens only to Google registries`, {
      hint: `use ${names.auth} none (a public image), or an Artifact Registry image`
    });
  }
  const onArtifactRegistry = /-docker\.pkg\.dev$/i.test(ref.registry);
  const repo = onArtifactRegistry ? artifactRegistryRepository(ref, names.image) : void 0;
  const gsaProject = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(input.spec.gcpServiceAccountEmail ?? "")?.[1];
  const fleet = fleetHostProject(input.fleetHostProject, repo?.project ?? gsaProject, input.spec.auth, names);
  const repository = repo === void 0 ? void 0 : {
    ...repo,
    resource: repositoryResourceName(repo),
    labels: input.repositoryLabels,
    ...input.repositoryDescription === void 0 ? {} : { description: input.repositoryDescription }
  };
  return {
    image: input.image.trim(),
    ...repository === void 0 ? {} : { repository },
    ref: input.ref,
    spec: input.spec,
    fleetHostProject: fleet.project,
    fleetHostProjectSource: fleet.source,
    ...input.context === void 0 ? {} : { context: input.context },
    wait: input.wait,
    timeoutMs: input.timeoutMs,
    dryRun: input.dryRun
  };
}
function checkImage(image, names) {
  const text = image.trim();
  if (text === "" || text.startsWith(OCI_LAYOUT_PREFIX)) {
    throw new InputError(`${names.image} must name a registry repository a cluster can pull from${text === "" ? "" : `, not ${text}`}`, {
      hint: "e.g. us-docker.pkg.dev/my-project/config/app"
    });
  }
  const ref = parseImageReference(text, names.image);
  if (ref.digest !== void 0) throw new InputError(`${names.image} "${text}" contains a digest`, { hint: "name the repository (and optionally a tag); the digest is computed from the content" });
  return ref;
}
function fleetHostProject(explicit, defaultProject, auth, names) {
  const text = explicit.trim();
  if (text !== "") return { project: checkProjectId(text, names.fleetHostProject, names.fleetHostProjectExample), source: names.fleetHostProject };
  if (defaultProject !== void 0) return { project: defaultProject, source: `the image's (or service account's) project; set ${names.fleetHostProject} when the cluster's fleet is in another project` };
  return { project: "FLEET_HOST_PROJECT_ID", source: `not needed with auth ${auth} outside Artifact Registry` };
}

// src/action/writeback-inputs.ts
var WRITEBACK_INPUT = {
  repo: "config-repo",
  branch: "config-repo-branch",
  token: "config-repo-token",
  path: "config-repo-path",
  target: "write-back-target",
  mode: "write-back-mode",
  message: "commit-message",
  author: "commit-author",
  committer: "commit-committer",
  prBranch: "pr-branch",
  prLabels: "pr-labels",
  prAutoMerge: "pr-auto-merge",
  serverUrl: "github-server-url",
  apiUrl: "github-api-url"
};
var ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function readWriteBackInputs(read, mask, env) {
  const token = read(WRITEBACK_INPUT.token).trim();
  if (token !== "") {
    mask(token);
    mask(Buffer.from(`x-access-token:${token}`).toString("base64"));
  }
  const repoText = read(WRITEBACK_INPUT.repo).trim();
  if (repoText === "") return void 0;
  const serverUrl = read(WRITEBACK_INPUT.serverUrl).trim() || env["GITHUB_SERVER_URL"] || "https://github.com";
  const target = parseTarget(read(WRITEBACK_INPUT.target).trim() || DEFAULT_TARGET, `input "${WRITEBACK_INPUT.target}"`);
  const path = normalizePath(read(WRITEBACK_INPUT.path), `input "${WRITEBACK_INPUT.path}"`);
  const message = read(WRITEBACK_INPUT.message).trim() === "" ? DEFAULT_COMMIT_MESSAGE : read(WRITEBACK_INPUT.message);
  checkTemplate(message, `input "${WRITEBACK_INPUT.message}"`);
  const author = parsePerson(read(WRITEBACK_INPUT.author), WRITEBACK_INPUT.author) ?? ACTIONS_BOT;
  return {
    repo: resolveConfigRepo(repoText, serverUrl, `input "${WRITEBACK_INPUT.repo}"`),
    branch: read(WRITEBACK_INPUT.branch).trim(),
    token,
    path,
    target,
    mode: parseMode(read(WRITEBACK_INPUT.mode)),
    message,
    author,
    committer: parsePerson(read(WRITEBACK_INPUT.committer), WRITEBACK_INPUT.committer) ?? author,
    pullRequest: {
      branch: read(WRITEBACK_INPUT.prBranch).trim() || pullRequestBranch(target, path),
      labels: list(read(WRITEBACK_INPUT.prLabels)),
      autoMerge: parseAutoMerge(read(WRITEBACK_INPUT.prAutoMerge), `input "${WRITEBACK_INPUT.prAutoMerge}"`),
      apiUrl: (read(WRITEBACK_INPUT.apiUrl).trim() || env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "")
    }
  };
}
function parseMode(value) {
  const text = value.trim() || WRITE_BACK_MODE.commit;
  const mode = Object.values(WRITE_BACK_MODE).find((m) => m === text);
  if (mode === void 0) throw new InputError(`input "${WRITEBACK_INPUT.mode}" is "${text}", expected commit or pull-request`, { hint: "e.g. write-back-mode: pull-request" });
  return mode;
}
function parsePerson(value, name) {
  const text = value.trim();
  if (text === "") return void 0;
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (!match) throw new InputError(`${name} "${text}" is not "Name <email>"`, { hint: `e.g. ${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>` });
  return { name: match[1], email: match[2] };
}
function parseAutoMerge(value, name) {
  const text = value.trim().toLowerCase();
  if (text === "" || text === "false" || text === "off") return "off";
  if (text === "true") return "merge";
  const method = AUTO_MERGE.find((m) => m === text);
  if (method === void 0) throw new InputError(`${name} is "${value.trim()}", expected false, true, merge, squash or rebase`, { hint: "e.g. pr-auto-merge: squash" });
  return method;
}
function normalizePath(value, name) {
  const text = value.trim().replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (text.startsWith("/") || text.split("/").includes("..")) {
    throw new InputError(`${name} "${value.trim()}" must be a path inside the config repository`, { hint: "e.g. clusters/prod/root-sync.yaml or clusters/" });
  }
  return text === "" ? "." : text;
}

export {
  FORMAT,
  stderrLogger,
  UNKNOWN_SCOPE_ADVICE,
  renderFindingsText,
  renderFindingsJson,
  renderPublishResult,
  DIFF_FORMAT,
  renderDiff,
  renderDiffMarkdown,
  DEFAULT_TARGET,
  parseTarget,
  describeTarget,
  resolveConfigRepo,
  describeRepo,
  describeOutcome,
  logWriteBack,
  renderWriteBackResult,
  diffText,
  parseDuration,
  formatDuration,
  OCI_AUTH,
  digestHex,
  requireRolloutImage,
  defaultOciAuth,
  checkSourceFormat,
  checkGcpServiceAccountEmail,
  syncDirOf,
  summarizeSyncStatus,
  evaluateSync,
  rolloutFleet,
  fleetState,
  fleetSyncedCommit,
  renderStatusBlock,
  renderFleetText,
  describeAction,
  rolloutJson,
  firstLine,
  renderBootstrapText,
  describeOutcome2,
  countChanges,
  bootstrapJson,
  stepsJson,
  parseAnnotations,
  INPUT,
  readInputs,
  requireImage,
  lines,
  parseBoolean,
  REGISTRY_INPUT,
  readRegistryInputs,
  parseRetries,
  parseRepositoryLabels,
  loadClusterModule,
  DEFAULT_ROOT_SYNC,
  parseSourceFormat,
  parseFailOn,
  parseKubernetesVersion,
  parseSyncScope,
  countSeverities,
  failsRun,
  describeFailure,
  resolveTags,
  runValidation,
  publish,
  renderSarif,
  writeSarifFile,
  detectSourceInfo,
  sameRepositoryReference,
  namedReference,
  openImageStore,
  MAX_LAYER_BYTES,
  readLayerFiles,
  loadDiffOperand,
  loadStoredSide,
  diffArtifacts,
  findStoredArtifact,
  hasSameContent,
  retagArtifact,
  describeStoredArtifact,
  isDigestReference,
  requireDigestReference,
  DEFAULT_COMMIT_MESSAGE,
  checkTemplate,
  sourceValues,
  WRITE_BACK_MODE,
  writeBack,
  pullRequestBranch,
  bootstrap,
  bootstrapSettings,
  WRITEBACK_INPUT,
  ACTIONS_BOT,
  readWriteBackInputs,
  parsePerson,
  parseAutoMerge,
  normalizePath
};
//# sourceMappingURL=chunk-LZYQHO4G.js.map

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
} from "./chunk-EA6KPTKE.js";
import {
  BUNDLED_KUBERNETES_MINOR,
  OLDEST_KUBERNETES_MINOR,
  SEVERITY,
  errorFinding,
  formatFinding,
  hasErrors,
  sortFindings
} from "./chunk-MJIW5H4R.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-LVBTMGRS.js";
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
} from "./chunk-2JCFALZS.js";
import {
  ActionError,
  ClusterError,
  GoogleApiError,
  InputError,
  ManifestValidationError,
  SourceError,
  WriteBackError,
  describeError
} from "./chunk-CYEDI7KS.js";
import {
  __commonJS,
  __require,
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
    var SPACE3 = " ";
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
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE3) {
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE3 : run2,
        ESCAPE + SPACE3
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
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
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
        while (body[end - 1] === SPACE3) {
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
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE3 : body.slice(0, end);
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
      if (last === SPACE3 || stripLineEnd && (last === "\r" || last === "\n")) {
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
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar3 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar3.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar3.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar3.PLAIN = "PLAIN";
    Scalar3.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar3.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar3;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar3.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar3.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code3 = json2.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str2 += "\\x" + code3.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar3.Scalar.BLOCK_FOLDED ? false : type2 === Scalar3.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar3.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar3.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar3.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar3.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar3.Scalar.BLOCK_FOLDED:
          case Scalar3.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar3.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar3.Scalar.BLOCK_FOLDED || key.type === Scalar3.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug2;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar3.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar3.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify3 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines2.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines2.push(str2);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines2)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries2 = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar3.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries2) {
          const i = this.items.findIndex((item) => sortEntries2(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar3.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar3.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar3.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar3.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar3.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar3.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar3 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar3.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar3.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str2.substr(o, lineWidth);
          }
          str2 = lines2.join(type2 === Scalar3.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar3.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar3.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar3.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar3.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify3.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify3.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar3.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header2.mode === ">" ? Scalar3.Scalar.BLOCK_FOLDED : Scalar3.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar3.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type: type2, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar3.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep6 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar3.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar3.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type2) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify3(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar3.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve7) {
      resolve7(value);
    });
  }
  return new (P || (P = Promise))(function(resolve7, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve7(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code3, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code3), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header2, data, colspan, rowspan } = cell;
        const tag = header2 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve7) {
      resolve7(value);
    });
  }
  return new (P || (P = Promise))(function(resolve7, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve7(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret2) {
  issueCommand("add-mask", {}, secret2);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

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
  return `${out.join("\n")}
`;
}
function renderFindingsJson(findings) {
  const list2 = sortFindings(findings).map(({ code: code3, severity, file, line, message }) => ({ code: code3, severity, file, line, message }));
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

// src/action/inputs.ts
import { resolve } from "node:path";

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

// src/rootsync/edit/target.ts
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

// src/rootsync/git/config-repo.ts
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

// src/report/writeback-report.ts
var WRITEBACK_OUTPUT = {
  status: "write-back-status",
  commitSha: "commit-sha",
  pullRequestNumber: "pull-request-number",
  pullRequestUrl: "pull-request-url"
};
function describeOutcome(result, place) {
  const where = `${describeRepo(place.repo)} ${result.branch}`;
  if (result.status === "unchanged") return `${describeTarget(place.target)} already has ${place.image} on ${where}: no commit`;
  if (result.status === "committed") return `committed ${result.commitSha} to ${where} (${countLines(result)})`;
  const pull = result.pullRequest;
  return `${pull?.created ? "opened" : "updated"} pull request #${pull?.number} (${pull?.url}) from ${result.branch} (${countLines(result)})`;
}
function logWriteBack(result, place, logger) {
  for (const warning2 of result.warnings) logger.warning(warning2);
  for (const file of result.files) {
    for (const change of file.changes) logger.info(`${file.file}:${change.line}: ${change.from === void 0 ? "inserted" : `${change.from} \u2192`} ${place.image}`);
  }
  logger.info(describeOutcome(result, place));
  if (result.stalePullRequest) logger.warning(`pull request #${result.stalePullRequest.number} for this target is still open, but ${result.branch} already has the image`);
}
function setWriteBackOutputs(result) {
  setOutput(WRITEBACK_OUTPUT.status, result.status);
  setOutput(WRITEBACK_OUTPUT.commitSha, result.commitSha);
  setOutput(WRITEBACK_OUTPUT.pullRequestNumber, result.pullRequest ? String(result.pullRequest.number) : "");
  setOutput(WRITEBACK_OUTPUT.pullRequestUrl, result.pullRequest?.url ?? "");
}
async function writeWriteBackSummary(result, place) {
  summary.addHeading("configsync-oci: write-back", 3).addTable([
    [{ data: "Field", header: true }, { data: "Value", header: true }],
    ["Repository", code2(describeRepo(place.repo))],
    ["Target", escapeHtml(describeTarget(place.target))],
    ["Result", escapeHtml(describeOutcome(result, place))]
  ]);
  const diff = diffText(result);
  if (diff !== "") summary.addCodeBlock(diff, "diff");
  await summary.write();
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
function code2(text) {
  return `<code>${escapeHtml(text)}</code>`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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

// src/rootsync/ports.ts
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve7) => setTimeout(resolve7, ms))
};
var DEFAULT_POLL = { initialMs: 500, factor: 1.5, maxMs: 5e3 };
function nextPollInterval(schedule, previous) {
  if (previous === void 0) return schedule.initialMs;
  return Math.min(schedule.maxMs, Math.round(previous * schedule.factor));
}

// src/rootsync/sync-status.ts
var STAGES = ["source", "rendering", "sync"];
function findCondition(object, type2) {
  return object.status?.conditions?.find((c) => c.type === type2);
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
function errorCode(error2) {
  if (error2.code !== void 0 && error2.code !== "") return /^KNV/.test(error2.code) ? error2.code : `KNV${error2.code}`;
  return /^(KNV\d{4})\b/.exec(error2.errorMessage ?? "")?.[1] ?? "";
}
function viewError(error2) {
  return { code: errorCode(error2), message: (error2.errorMessage ?? "").trim() || "(no message)", resources: (error2.errorResources ?? []).map(describeResource) };
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
  } catch (error2) {
    return { ...base, ...failedJudgement(error2) };
  }
}
function failedJudgement(error2) {
  const { message, hint } = describeError(error2);
  return { state: SYNC_STATE.error, ok: false, reason: message, errors: [], ...hint === void 0 ? {} : { hint } };
}
async function repointCluster(target, ref, image, logger) {
  try {
    const written = await writeImage(target, { ref, image, wait: false, timeoutMs: 0, policy: { sourceErrorGraceMs: 0 } }, logger);
    return { ok: true, message: written.action === "unchanged" ? `already at ${image}` : `re-pointed at ${image}` };
  } catch (error2) {
    return { ok: false, message: `rollback failed: ${describeError(error2).message}` };
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
    } catch (error2) {
      if (!(error2 instanceof ClusterError) || error2.status !== 409 || attempt >= MAX_CONFLICT_RETRIES) throw error2;
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
  } catch (error2) {
    const transient = error2 instanceof ClusterError && (error2.status === void 0 || error2.status >= 500);
    if (!transient || failures + 1 >= MAX_READ_FAILURES) throw error2;
    logger.warning(`${target.cluster}: reading ${describeSyncRef(ref)} failed (${describeError(error2).message}); trying again`);
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
  } catch (error2) {
    return { cluster: member.name, ref: settings.ref, image: settings.image, action: "none", ...failedJudgement(error2) };
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
  for (const error2 of errors) lines2.push(...errorLines(error2));
  for (const note of entry.notes ?? []) lines2.push(`${INDENT}${note}`);
  return lines2;
}
function errorLines(error2) {
  const [first = "", ...rest] = error2.message.split("\n");
  const lines2 = [`${INDENT}Error:   ${first}`, ...rest.filter((line) => line.trim() !== "").map((line) => `${INDENT}         ${line}`)];
  for (const resource of error2.resources) lines2.push(`${INDENT}         Resource: ${resource}`);
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
    errors: c.errors.map(({ code: code3, message, resources }) => ({ code: code3, message, resources })),
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
  for (const warning2 of report.warnings) out.push(`Warning: ${warning2}`);
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

// src/manifests/scope/sync-scope.ts
var CONTROLLER_NAMESPACE = "config-management-system";
var DEFAULT_SCOPE = { kind: "root", name: "root-sync" };
function rootReconcilerName(name) {
  return name === "root-sync" ? "root-reconciler" : `root-reconciler-${name}`;
}
function namespaceReconcilerName(namespace, name) {
  return name === "repo-sync" ? `ns-reconciler-${namespace}` : `ns-reconciler-${namespace}-${name}-${name.length}`;
}
function reconcilerNameOf(scope) {
  return scope.kind === "root" ? rootReconcilerName(scope.name) : namespaceReconcilerName(scope.namespace, scope.name);
}
function defaultNamespaceOf(scope) {
  return scope.kind === "root" ? "default" : scope.namespace;
}
function describeSyncScope(scope) {
  return scope.kind === "root" ? `RootSync ${scope.name}` : `RepoSync ${scope.namespace}/${scope.name}`;
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

// src/rootsync/cluster-loader.ts
var MIN_CLUSTER_NODE_MAJOR = 22;
async function loadClusterModule(what, nodeVersion = process.versions.node) {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major >= MIN_CLUSTER_NODE_MAJOR)) {
    throw new ActionError(`${what} needs Node ${MIN_CLUSTER_NODE_MAJOR} or later; this is Node ${nodeVersion}`, {
      hint: `@kubernetes/client-node 2 does not load on Node ${major}; run it with Node 22 or 24 (validate and publish work on Node 20)`
    });
  }
  return import("./connect-QXMI4YWL.js");
}

// src/publish.ts
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6 } from "node:path";

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
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash as createHash2 } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream, readFileSync } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
var GZIP_LEVEL = 6;
var GZIP_OS_BYTE_OFFSET = 9;
var GZIP_OS_UNIX = 3;
var COALESCE_BYTES = 1 << 20;
var GZIP_BACKLOG_BYTES = 8 << 20;
var YIELD_BYTES = 256 << 10;
var WHOLE_READ_LIMIT = 1 << 20;
var EPOCH = /* @__PURE__ */ new Date(0);
async function packLayer(tree, outFile) {
  const pack = import_tar_stream.default.pack();
  const gzip = createGzip({ level: GZIP_LEVEL });
  const compressed = new DigestingTransform(true);
  const writing = pipeline(gzip, compressed, createWriteStream(outFile));
  const tarDigest = feedGzip(pack, gzip);
  const producing = addEntries(pack, tree.entries);
  producing.catch((error2) => pack.destroy(error2 instanceof Error ? error2 : new Error(String(error2))));
  const [tar_] = await Promise.all([tarDigest, producing, writing]);
  return {
    path: outFile,
    digest: compressed.digest(),
    size: compressed.size,
    diffId: tar_.digest,
    uncompressedSize: tar_.size,
    fileCount: tree.fileCount
  };
}
function feedGzip(pack, gzip) {
  return new Promise((resolve7, reject) => {
    const hash = createHash2("sha256");
    let size = 0;
    let pending = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pendingBytes === 0) return;
      gzip.write(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    pack.on("data", (data) => {
      const chunk = data;
      hash.update(chunk);
      size += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < COALESCE_BYTES) return;
      try {
        flush();
      } catch (error2) {
        pack.destroy(error2 instanceof Error ? error2 : new Error(String(error2)));
        return;
      }
      if (gzip.writableLength > GZIP_BACKLOG_BYTES) {
        pack.pause();
        gzip.once("drain", () => pack.resume());
      }
    });
    pack.on("end", () => {
      try {
        flush();
        gzip.end();
        resolve7({ digest: `sha256:${hash.digest("hex")}`, size });
      } catch (error2) {
        reject(error2);
      }
    });
    pack.on("error", (error2) => {
      gzip.destroy(error2);
      reject(error2);
    });
  });
}
async function addEntries(pack, entries) {
  let sinceYield = 0;
  for (const entry of entries) {
    if (entry.kind === "dir") {
      await addEntry(pack, header(`${entry.path}/`, "directory", 493, 0));
      continue;
    }
    await addFile(pack, entry);
    sinceYield += entry.size;
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0;
      await new Promise((resolve7) => setImmediate(resolve7));
    }
  }
  pack.finalize();
}
function header(name, type2, mode, size) {
  return { name, type: type2, mode, size, uid: 0, gid: 0, uname: "", gname: "", mtime: EPOCH, linkname: "", devmajor: 0, devminor: 0 };
}
async function addFile(pack, entry) {
  const mode = entry.executable ? 493 : 420;
  if (entry.size <= WHOLE_READ_LIMIT) {
    const content = readWhole(entry.path, entry.absPath);
    await addEntry(pack, header(entry.path, "file", mode, content.length), content);
    return;
  }
  await new Promise((resolve7, reject) => {
    const sink = pack.entry(header(entry.path, "file", mode, entry.size), (error2) => error2 ? reject(changedWhilePacking(entry.path, error2)) : resolve7());
    pipeline(createReadStream2(entry.absPath), sink).catch((error2) => reject(changedWhilePacking(entry.path, error2)));
  });
}
function addEntry(pack, header2, content) {
  return new Promise((resolve7, reject) => {
    const done = (error2) => error2 ? reject(error2) : resolve7();
    if (content === void 0) pack.entry(header2, done);
    else pack.entry(header2, content, done);
  });
}
function readWhole(path, absPath) {
  try {
    return readFileSync(absPath);
  } catch (cause) {
    throw changedWhilePacking(path, cause);
  }
}
function changedWhilePacking(path, cause) {
  return new SourceError(`could not pack ${path}: the file changed or could not be read while packing`, { cause });
}
var DigestingTransform = class extends Transform {
  hash = createHash2("sha256");
  pinGzipOs;
  size = 0;
  constructor(pinGzipOs) {
    super();
    this.pinGzipOs = pinGzipOs;
  }
  _transform(chunk, _encoding, callback) {
    if (this.pinGzipOs && this.size <= GZIP_OS_BYTE_OFFSET && this.size + chunk.length > GZIP_OS_BYTE_OFFSET) {
      chunk = Buffer.from(chunk);
      chunk[GZIP_OS_BYTE_OFFSET - this.size] = GZIP_OS_UNIX;
    }
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
  digest() {
    return `sha256:${this.hash.digest("hex")}`;
  }
};

// src/manifests/collect.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { realpath, stat as stat2 } from "node:fs/promises";
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
    isIgnored(path, isDirectory3) {
      const subject = isDirectory3 ? `${path}/` : path;
      return always.ignores(subject) || user.ignores(subject);
    }
  };
}
async function readIgnoreFile(root) {
  try {
    return await readFile(join(root, IGNORE_FILE), "utf8");
  } catch (error2) {
    const code3 = error2.code;
    if (code3 === "ENOENT") return "";
    throw new SourceError(`cannot read ${IGNORE_FILE} in ${root}: ${error2.message}`, { cause: error2 });
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
    stats = await stat2(root);
  } catch (error2) {
    const missing = error2.code === "ENOENT";
    throw new SourceError(
      missing ? `source directory "${dir}" does not exist` : `cannot read source directory "${dir}": ${error2.message}`,
      { hint: "Expected a directory of Kubernetes manifests, relative to the working directory or absolute.", cause: error2 }
    );
  }
  if (!stats.isDirectory()) {
    throw new SourceError(`source path "${dir}" is not a directory`, {
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
  } catch (error2) {
    throw new SourceError(`cannot read directory "${rel === "" ? "." : rel}": ${error2.message}`, { cause: error2 });
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
  } catch (error2) {
    throw new SourceError(`cannot read "${rel}": ${error2.message}`, { cause: error2 });
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
  } catch (error2) {
    const code3 = error2.code;
    if (code3 === "ENOENT") throw linkError("is dangling: its target does not exist");
    if (code3 === "ELOOP") throw linkError("loops: it resolves through itself");
    throw linkError(`cannot be resolved: ${error2.message}`);
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

// src/manifests/kustomize/hydrated-tree.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/manifests/kustomize/kustomization-files.ts
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var KNV1068 = "KNV1068";
function topKustomization(tree) {
  const top = new Set(tree.entries.filter((e) => e.kind === "file" && !e.path.includes("/")).map((e) => e.path));
  return KUSTOMIZATION_FILE_NAMES.find((name) => top.has(name));
}
function nestedKustomizations(tree) {
  return tree.entries.filter((e) => e.kind === "file" && e.path.includes("/") && KUSTOMIZATION_FILE_NAMES.includes(e.path.slice(e.path.lastIndexOf("/") + 1))).map((e) => e.path);
}
function missingTopKustomization(tree) {
  const nested = nestedKustomizations(tree);
  const first = nested[0];
  if (first === void 0 || topKustomization(tree) !== void 0) return [];
  const more = nested.length > 1 ? ` (and ${nested.length - 1} more)` : "";
  return [
    errorFinding(
      KNV1068,
      first,
      0,
      `Kustomization config file is missing from the sync directory: ${first}${more} is in a subdirectory, and Config Sync renders only a kustomization.yaml, kustomization.yml or Kustomization at the top of the directory; add one there that lists the subdirectory under resources, or point the sync at the subdirectory`
    )
  ];
}

// src/manifests/kustomize/hydrated-tree.ts
var RENDERED_FILE = "rendered.yaml";
async function treeToPack(tree, rendered, render, workDir) {
  if (!render) return tree;
  if (rendered === void 0) {
    throw new InputError(`render is on, but the top of the directory has no ${KUSTOMIZATION_FILE_NAMES.join(", ")} to render`, {
      hint: "Point dir at the directory that holds the kustomization.yaml, or turn render off to pack the files as they are."
    });
  }
  const absPath = join2(workDir, RENDERED_FILE);
  await writeFile2(absPath, rendered, { mode: 420 });
  const size = Buffer.byteLength(rendered);
  return { root: workDir, entries: [{ kind: "file", path: RENDERED_FILE, absPath, size, executable: false }], fileCount: 1, totalBytes: size };
}

// src/manifests/validate.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { setImmediate as yieldToEventLoop2 } from "node:timers/promises";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema22(definition) {
    return this.extend(definition);
  }
  Schema22.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema22.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema22;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema22 = requireSchema();
  failsafe = new Schema22({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code3 = map2.indexOf(data.charAt(idx));
      if (code3 > 64) continue;
      if (code3 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar2(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent2 = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent2;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent2 = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent2) || readBlockMapping(state, blockIndent2, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent2 = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent2 = true;
          } else if (allowBlockScalars && readBlockScalar2(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent2 = true;
          } else if (readAlias(state)) {
            hasContent2 = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent2 = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent2 = allowBlockCollections && readBlockSequence(state, blockIndent2);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent2;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/manifests/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifests/documents.ts
function splitDocuments(text) {
  const docs = [];
  let start = 0;
  let line = 1;
  for (; ; ) {
    const at = text.indexOf("\n---", start);
    const end = at === -1 ? text.length : at;
    docs.push({ text: text.slice(start, end), firstLine: line });
    if (at === -1) return docs;
    line += countLines2(text, start, at + 1);
    start = at + 4;
  }
}
function countLines2(text, from, to) {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
function cutAtEndMarker(text) {
  for (let at = text.indexOf("..."); at !== -1; at = text.indexOf("...", at + 1)) {
    if (at > 0 && text[at - 1] !== "\n") continue;
    const next = text[at + 3];
    if (next === void 0 || next === " " || next === "	" || next === "\r" || next === "\n" || next === "#") return text.slice(0, at);
  }
  return text;
}
function firstContentLine(text) {
  let index = 0;
  for (let start = 0; start <= text.length; index++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (hasContent(text.slice(start, end))) return index;
    if (newline === -1) return -1;
    start = newline + 1;
  }
  return -1;
}
function hasContent(raw) {
  const line = raw.trimStart();
  return line !== "" && !line.startsWith("#") && !/^---\s*(?:#.*)?$/.test(line);
}

// src/manifests/locate.ts
var import_yaml = __toESM(require_dist(), 1);
var withoutTimestamp = (tags) => tags.filter((t) => typeof t !== "object" || t.tag !== "tag:yaml.org,2002:timestamp");
function createLocator(text, firstLine3, syntax) {
  let parsed;
  const load2 = () => {
    if (parsed === void 0) {
      const lines2 = new import_yaml.LineCounter();
      const options = syntax === "yaml" ? { version: "1.1", customTags: withoutTimestamp } : {};
      const doc = (0, import_yaml.parseDocument)(text, { ...options, lineCounter: lines2, uniqueKeys: false, prettyErrors: false });
      parsed = { doc, lines: lines2 };
    }
    return parsed;
  };
  return {
    lineOf(path) {
      const { doc, lines: lines2 } = load2();
      const offset = deepestOffset(doc, path);
      return offset === void 0 ? void 0 : lines2.linePos(offset).line + firstLine3 - 1;
    }
  };
}
function deepestOffset(doc, path) {
  let node = doc.contents;
  let offset;
  for (const step of path) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(step));
      if (pair === void 0) break;
      offset = (0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof step === "number") {
      const item = node.items[step];
      if (item === void 0 || item === null) break;
      offset = nodeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
function nodeStart(node) {
  if ((0, import_yaml.isScalar)(node) || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) || (0, import_yaml.isAlias)(node)) return node.range?.[0];
  return void 0;
}

// src/manifests/yaml-schema.ts
var BOOLEANS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((s) => [s, true]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((s) => [s, false])
]);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var SPECIAL_FLOATS = new Map([
  ...[".nan", ".NaN", ".NAN"].map((s) => [s, Number.NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((s) => [s, Number.POSITIVE_INFINITY]),
  ...["-.inf", "-.Inf", "-.INF"].map((s) => [s, Number.NEGATIVE_INFINITY])
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var DIGITS = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
var UINT64_MAX = 18446744073709552e3;
function parseGoInteger(text) {
  const sign = text[0] === "-" ? -1 : 1;
  let body = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  let base = 10;
  if (body.length > 1 && body[0] === "0") {
    const prefix = body[1]?.toLowerCase();
    base = prefix === "x" ? 16 : prefix === "b" ? 2 : 8;
    body = prefix === "x" || prefix === "b" || prefix === "o" ? body.slice(2) : body.slice(1);
  }
  if (body === "" || !(DIGITS[base]?.test(body) ?? false)) return void 0;
  const magnitude = base === 10 ? Number(body) : Number.parseInt(body, base);
  if (magnitude > UINT64_MAX || sign < 0 && magnitude > 2 ** 63) return void 0;
  return sign * magnitude;
}
function resolveGoNumber(text) {
  const first = text.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  if (isDigit || text[0] === "-" || text[0] === "+") {
    const plain = text.replaceAll("_", "");
    const int2 = parseGoInteger(plain);
    if (int2 !== void 0) return int2;
    return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : void 0;
  }
  if (text[0] === ".") {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : void 0;
  }
  return void 0;
}
function resolveGoScalar(text) {
  if (text === "") return { value: null };
  switch (text.charCodeAt(0)) {
    case 126:
    // ~
    case 78:
    // N
    case 110:
      if (NULLS.has(text)) return { value: null };
      return BOOLEANS.has(text) ? { value: BOOLEANS.get(text) } : void 0;
    case 89:
    // Y
    case 121:
    // y
    case 84:
    // T
    case 116:
    // t
    case 70:
    // F
    case 102:
    // f
    case 79:
    // O
    case 111:
      return BOOLEANS.has(text) ? { value: BOOLEANS.get(text) } : void 0;
    case 43:
    // +
    case 45:
    // -
    case 46:
    // .
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    // 0-4
    case 53:
    case 54:
    case 55:
    case 56:
    case 57: {
      const special = SPECIAL_FLOATS.get(text);
      if (special !== void 0) return { value: special };
      const number = resolveGoNumber(text);
      return number === void 0 ? void 0 : { value: number };
    }
    default:
      return void 0;
  }
}
var lastText;
var lastResolved;
function resolveCached(text) {
  if (text !== lastText) {
    lastText = text;
    lastResolved = resolveGoScalar(text);
  }
  return lastResolved;
}
var goImplicitType = new Type("tag:configsync-oci,2025:go-yaml-v2-implicit", {
  kind: "scalar",
  resolve: (data) => data === null || resolveCached(data) !== void 0,
  construct: (data) => data === null ? null : resolveCached(data)?.value
});
function explicitType(tag, accepts) {
  return new Type(tag, {
    kind: "scalar",
    resolve: (data) => data === null ? tag.endsWith(":null") : accepts(resolveCached(data)?.value),
    construct: (data) => data === null ? null : resolveCached(data)?.value
  });
}
var explicitTypes = [
  explicitType("tag:yaml.org,2002:null", (v) => v === null),
  explicitType("tag:yaml.org,2002:bool", (v) => typeof v === "boolean"),
  explicitType("tag:yaml.org,2002:int", (v) => Number.isInteger(v)),
  explicitType("tag:yaml.org,2002:float", (v) => typeof v === "number")
];
var mergeType = new Type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: (data) => data === "<<" || data === null
});
var GO_YAML_V2_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [goImplicitType, mergeType],
  explicit: explicitTypes
});

// src/manifests/fast-yaml-scalars.ts
var IMPLICIT = GO_YAML_V2_SCHEMA.compiledImplicit;
var CAN_RESOLVE = Array.isArray(IMPLICIT);
var MAY_RESOLVE = new Set([..."~NnYyTtFfOo+-.0123456789<"].map((c) => c.charCodeAt(0)));
var CLIP = 1;
var STRIP = 2;
var KEEP = 3;
var SPACE = 32;
var NEWLINE = 10;
function resolvePlain(text) {
  if (!MAY_RESOLVE.has(text.charCodeAt(0))) return text;
  for (const type2 of IMPLICIT) if (type2.resolve(text)) return type2.construct(text);
  return text;
}
function startsPlain(ch, next) {
  switch (ch) {
    case SPACE:
    case NEWLINE:
    case 35:
    case 58:
    // # :
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    // , [ ] { }
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    // & * ! | >
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
    case 63:
      return false;
    case 45:
      return next > SPACE && next !== 44 && next !== 91 && next !== 93 && next !== 123 && next !== 125;
    default:
      return ch > SPACE;
  }
}
function readBlockScalar(src, start, nodeIndent) {
  const end = src.length;
  const appended = end > 0 && src.charCodeAt(end - 1) !== NEWLINE;
  const code3 = (i) => i < end ? src.charCodeAt(i) : i === end && appended ? NEWLINE : 0;
  const header2 = readHeader(code3, start, nodeIndent);
  return header2 === void 0 ? void 0 : readBody(src, code3, header2, code3(start) === 62);
}
function readBody(src, code3, header2, folding) {
  let { pos, textIndent, detectedIndent } = header2;
  let ch = code3(pos);
  const parts = [];
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  let lineIndent = 0;
  while (ch !== 0) {
    if (ch !== NEWLINE) return void 0;
    lineIndent = 0;
    pos++;
    while ((!detectedIndent || lineIndent < textIndent) && src.charCodeAt(pos) === SPACE) {
      lineIndent++;
      pos++;
    }
    ch = code3(pos);
    if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent;
    if (ch === NEWLINE) {
      emptyLines++;
      continue;
    }
    if (!detectedIndent && textIndent === 0) return void 0;
    if (lineIndent < textIndent) {
      parts.push(chompedEnd(header2.chomping, didReadContent, emptyLines));
      break;
    }
    parts.push(folding ? foldedBreaks(ch === SPACE, atMoreIndented, didReadContent, emptyLines) : newlines(didReadContent ? 1 + emptyLines : emptyLines));
    atMoreIndented = folding && ch === SPACE;
    didReadContent = detectedIndent = true;
    emptyLines = 0;
    const lineEnd = src.indexOf("\n", pos);
    parts.push(src.slice(pos, lineEnd === -1 ? src.length : lineEnd));
    pos = lineEnd === -1 ? src.length : lineEnd;
    ch = code3(pos);
  }
  return { value: parts.join(""), next: Math.min(pos - lineIndent, src.length) };
}
function readHeader(code3, start, nodeIndent) {
  let pos = start;
  let chomping = CLIP;
  let textIndent = nodeIndent;
  let detectedIndent = false;
  let ch = code3(pos);
  while (ch !== 0) {
    ch = code3(++pos);
    if (ch === 43 || ch === 45) {
      if (chomping !== CLIP) return void 0;
      chomping = ch === 43 ? KEEP : STRIP;
    } else if (ch >= 48 && ch <= 57) {
      if (ch === 48 || detectedIndent) return void 0;
      textIndent = nodeIndent + (ch - 48) - 1;
      detectedIndent = true;
    } else {
      break;
    }
  }
  if (ch === SPACE) {
    do
      ch = code3(++pos);
    while (ch === SPACE);
    if (ch === 35) {
      do
        ch = code3(++pos);
      while (ch !== NEWLINE && ch !== 0);
    }
  }
  return { pos, chomping, textIndent, detectedIndent };
}
function newlines(count) {
  return count === 1 ? "\n" : "\n".repeat(count);
}
function chompedEnd(chomping, didReadContent, emptyLines) {
  if (chomping === KEEP) return newlines(didReadContent ? 1 + emptyLines : emptyLines);
  return chomping === CLIP && didReadContent ? "\n" : "";
}
function foldedBreaks(moreIndented, atMoreIndented, didReadContent, emptyLines) {
  if (moreIndented) return newlines(didReadContent ? 1 + emptyLines : emptyLines);
  if (atMoreIndented) return newlines(emptyLines + 1);
  if (emptyLines === 0) return didReadContent ? " " : "";
  return newlines(emptyLines);
}

// src/manifests/fast-yaml.ts
var OUTSIDE_SUBSET = /[^\n\x20-\x7e]/;
var MAX_DEPTH = 40;
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
var SPACE2 = 32;
var NEWLINE2 = 10;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var ENABLED = process.env["CONFIGSYNC_OCI_YAML_FAST_PATH"] !== "0" && CAN_RESOLVE;
function fastLoad(text) {
  if (!ENABLED || OUTSIDE_SUBSET.test(text)) return void 0;
  try {
    return { value: new Decoder(text).document() };
  } catch (error2) {
    if (error2 === GIVE_UP) return void 0;
    throw error2;
  }
}
function giveUp() {
  throw GIVE_UP;
}
var Decoder = class {
  src;
  end;
  /** Without a `#` anywhere there is no comment to look for. */
  hasHash;
  /** The start of the line being read, between nodes. */
  pos = 0;
  depth = 0;
  /** Where the scalar just read ends. */
  scalarEnd = 0;
  // keyEnd's and lineEnd's last answers: each line is asked about more than once.
  keyAt = -1;
  keyColon = -1;
  lineFrom = -1;
  lineNewline = -1;
  constructor(src) {
    this.src = src;
    this.end = src.length;
    this.hasHash = src.includes("#");
  }
  /** The root: a block mapping at column 0, after blank lines, comments and one `---` line. */
  document() {
    let indent = this.nextContent();
    if (indent === 0 && this.src.startsWith("---", this.pos)) {
      this.pos = this.lineAfter(this.pos + 3);
      indent = this.nextContent();
    }
    if (indent !== 0 || this.keyEnd(this.pos) === -1) giveUp();
    return this.mapping(0);
  }
  /** Moves pos to the start of the next line with content and returns its indent, or -1 at the end. */
  nextContent() {
    for (; ; ) {
      let i = this.pos;
      while (this.src.charCodeAt(i) === SPACE2) i++;
      if (i >= this.end) {
        this.pos = this.end;
        return -1;
      }
      const ch = this.src.charCodeAt(i);
      if (ch !== NEWLINE2 && ch !== HASH) return i - this.pos;
      this.pos = this.lineEnd(i) + 1;
    }
  }
  /** The newline ending the line of from (or the end): the key, its value and what follows ask for the same one. */
  lineEnd(from) {
    if (from >= this.lineFrom && from <= this.lineNewline) return this.lineNewline;
    const at = this.src.indexOf("\n", from);
    this.lineFrom = from;
    this.lineNewline = at === -1 ? this.end : at;
    return this.lineNewline;
  }
  /** The start of the next line, if only spaces and a ` #` comment follow from; gives up otherwise. */
  lineAfter(from) {
    let i = from;
    while (this.src.charCodeAt(i) === SPACE2) i++;
    const ch = this.src.charCodeAt(i);
    if (i < this.end && ch !== NEWLINE2 && !(ch === HASH && i > from)) giveUp();
    return this.lineEnd(i) + 1;
  }
  /** Where a ` #` comment starts in [from, to), else to. */
  commentStart(from, to) {
    if (!this.hasHash) return to;
    for (let i = from + 1; i < to; i++) if (this.src.charCodeAt(i) === HASH && this.src.charCodeAt(i - 1) === SPACE2) return i - 1;
    return to;
  }
  /** The colon ending a plain `key:` (colon, then a space or the line end) that starts at `at`, or -1. */
  keyEnd(at) {
    if (at === this.keyAt) return this.keyColon;
    this.keyAt = at;
    this.keyColon = -1;
    if (!startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1)) || this.src.charCodeAt(at) === 60) return -1;
    const lineEnd = this.lineEnd(at);
    for (let colon = this.src.indexOf(":", at); colon !== -1 && colon < lineEnd; colon = this.src.indexOf(":", colon + 1)) {
      const next = this.src.charCodeAt(colon + 1);
      if (next !== SPACE2 && next !== NEWLINE2 && colon + 1 < this.end) continue;
      if (this.commentStart(at, colon) === colon && this.src.charCodeAt(colon - 1) !== SPACE2) this.keyColon = colon;
      break;
    }
    return this.keyColon;
  }
  isEntry(at) {
    const next = this.src.charCodeAt(at + 1);
    return this.src.charCodeAt(at) === DASH && (next === SPACE2 || next === NEWLINE2 || at + 1 >= this.end);
  }
  /** A block mapping whose keys are at column indent; pos is at the start of the line of its first key. */
  mapping(indent) {
    if (++this.depth > MAX_DEPTH) giveUp();
    const result = {};
    for (; ; ) {
      const at = this.pos + indent;
      const colon = this.keyEnd(at);
      if (colon === -1) giveUp();
      const key = String(resolvePlain(this.src.slice(at, colon)));
      if (key === "__proto__" || Object.hasOwn(result, key)) giveUp();
      result[key] = this.value(colon + 1, indent, true);
      const next = this.nextContent();
      if (next === -1 || next < indent) break;
      if (next > indent || this.keyEnd(this.pos + next) === -1) giveUp();
    }
    this.depth--;
    return result;
  }
  /** A block sequence whose dashes are at column indent; pos is at the start of the line of its first entry. */
  sequence(indent) {
    if (++this.depth > MAX_DEPTH) giveUp();
    const result = [];
    for (; ; ) {
      const lineStart = this.pos;
      let at = lineStart + indent + 1;
      while (this.src.charCodeAt(at) === SPACE2) at++;
      if (this.isEntry(at)) giveUp();
      if (this.keyEnd(at) !== -1) result.push(this.mapping(at - lineStart));
      else result.push(this.value(lineStart + indent + 1, indent, false));
      const next = this.nextContent();
      if (next === -1 || next < indent || next === indent && !this.isEntry(this.pos + next)) break;
      if (next > indent) giveUp();
    }
    this.depth--;
    return result;
  }
  /**
   * The value after a key's colon or an entry's dash (from `from`), in a node
   * at column parent. Leaves pos at the start of the line after the value.
   */
  value(from, parent, inMapping) {
    let at = from;
    while (this.src.charCodeAt(at) === SPACE2) at++;
    const ch = this.src.charCodeAt(at);
    if (at >= this.end || ch === NEWLINE2 || ch === HASH) {
      this.pos = this.lineEnd(at) + 1;
      return this.nestedBlock(parent, inMapping);
    }
    if (ch === 124 || ch === 62) {
      const block = readBlockScalar(this.src, at, parent + 1);
      if (block === void 0) giveUp();
      this.pos = block.next;
      return block.value;
    }
    const value = ch === 34 || ch === 39 ? this.quoted(at) : ch === 91 || ch === 123 ? this.flow(at) : this.plain(at);
    this.pos = this.lineAfter(this.scalarEnd);
    return value;
  }
  /** A value on the lines below its key or dash: a mapping or sequence, or null when none follows. */
  nestedBlock(parent, inMapping) {
    const indent = this.nextContent();
    if (indent === -1 || indent < parent) return null;
    const at = this.pos + indent;
    if (indent === parent) return inMapping && this.isEntry(at) ? this.sequence(indent) : null;
    if (this.isEntry(at)) return this.sequence(indent);
    return this.keyEnd(at) === -1 ? giveUp() : this.mapping(indent);
  }
  /** A plain scalar on one line, in block context: up to a ` #` comment or the line end, trailing spaces cut. */
  plain(at) {
    if (!startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1))) giveUp();
    let end = this.commentStart(at, this.lineEnd(at));
    this.scalarEnd = end;
    while (this.src.charCodeAt(end - 1) === SPACE2) end--;
    const text = this.src.slice(at, end);
    if (text.includes(": ") || text.endsWith(":")) giveUp();
    return resolvePlain(text);
  }
  /** A quoted scalar closed on its own line, without escapes. */
  quoted(at) {
    const quote2 = this.src.charCodeAt(at);
    const lineEnd = this.lineEnd(at);
    let value = "";
    for (let start = at + 1; ; ) {
      const close = this.src.indexOf(quote2 === 39 ? "'" : '"', start);
      if (close === -1 || close > lineEnd) giveUp();
      value += this.src.slice(start, close);
      if (quote2 !== 39 || this.src.charCodeAt(close + 1) !== 39) {
        if (quote2 === 34 && value.includes("\\")) giveUp();
        this.scalarEnd = close + 1;
        return value;
      }
      value += "'";
      start = close + 2;
    }
  }
  /** `[a, b, "c"]` of scalars, on one line, or `{}`. */
  flow(at) {
    let i = at + 1;
    while (this.src.charCodeAt(i) === SPACE2) i++;
    if (this.src.charCodeAt(at) === 123) {
      if (this.src.charCodeAt(i) !== 125) giveUp();
      this.scalarEnd = i + 1;
      return {};
    }
    const items = [];
    while (this.src.charCodeAt(i) !== 93) {
      const ch = this.src.charCodeAt(i);
      items.push(ch === 34 || ch === 39 ? this.quoted(i) : this.flowPlain(i));
      i = this.scalarEnd;
      while (this.src.charCodeAt(i) === SPACE2) i++;
      if (this.src.charCodeAt(i) === 44) i++;
      else if (this.src.charCodeAt(i) !== 93) giveUp();
      while (this.src.charCodeAt(i) === SPACE2) i++;
    }
    this.scalarEnd = i + 1;
    return items;
  }
  /** A plain scalar in a flow sequence, up to `,` or `]`; anything that could mean more gives up. */
  flowPlain(at) {
    if (!startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1))) giveUp();
    let end = at;
    for (let ch = this.src.charCodeAt(end); ch !== 44 && ch !== 93; ch = this.src.charCodeAt(++end)) {
      if (end >= this.end || ch === NEWLINE2 || ch === COLON || ch === HASH || ch === 91 || ch === 123 || ch === 125) giveUp();
    }
    this.scalarEnd = end;
    while (this.src.charCodeAt(end - 1) === SPACE2) end--;
    return resolvePlain(this.src.slice(at, end));
  }
};

// src/manifests/parse.ts
var MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var KNV2001 = "KNV2001";
var MAX_ALIAS_COUNT = 100;
var LOCAL_CONFIG_ANNOTATION = "config.kubernetes.io/local-config";
var IGNORED_SEGMENTS = /* @__PURE__ */ new Set([".git", ".github", ".gitlab", ".gitlab-ci.yml"]);
var ANCHOR = /(?:^|[\s[{,])&[^\s[\]{},]/;
function isManifestPath(path) {
  if (!MANIFEST_EXTENSIONS.some((ext) => path.endsWith(ext))) return false;
  return !path.includes(".git") || !path.split("/").some((segment) => IGNORED_SEGMENTS.has(segment));
}
function oversizedFinding(file, bytes2) {
  return errorFinding(KNV2001, file, 0, `file is ${bytes2} bytes, over the ${MAX_MANIFEST_BYTES}-byte (16 MiB) limit for one manifest file; it was not parsed`);
}
function parseManifestFile(file, text) {
  if (text.length * 3 > MAX_MANIFEST_BYTES) {
    const bytes2 = Buffer.byteLength(text);
    if (bytes2 > MAX_MANIFEST_BYTES) return { objects: [], findings: [oversizedFinding(file, bytes2)] };
  }
  const out = { objects: [], findings: [] };
  if (file.endsWith(".json")) parseJson(file, text, out);
  else for (const doc of splitDocuments(text)) parseYamlDocument(file, doc, out);
  return out;
}
function parseYamlDocument(file, raw, out) {
  const text = cutAtEndMarker(raw.text);
  const contentIndex = firstContentLine(text);
  if (contentIndex === -1) return;
  const line = raw.firstLine + contentIndex;
  const decoded = decodeYaml(text, raw.firstLine);
  if ("error" in decoded) {
    out.findings.push(errorFinding(KNV2001, file, decoded.line, decoded.error));
    return;
  }
  const locator = createLocator(text, raw.firstLine, "yaml");
  addDocument({ file, locator, out }, decoded.value, line);
}
function decodeYaml(text, firstLine3) {
  const fast = fastLoad(text);
  let value = fast?.value;
  if (fast === void 0) {
    try {
      value = load(text, { schema: GO_YAML_V2_SCHEMA });
    } catch (error2) {
      return yamlError(error2, text, firstLine3);
    }
  }
  if (!text.includes("&") || !ANCHOR.test(text)) return { value };
  return checkAliases(text, firstLine3, value);
}
function yamlError(error2, text, firstLine3) {
  const e = error2;
  const lastLine = firstLine3 + countLines2(text, 0, text.length) - (text.endsWith("\n") ? 1 : 0);
  const line = Math.min(firstLine3 + (e.mark?.line ?? 0), lastLine);
  let reason = e.reason ?? (error2 instanceof Error ? error2.message : String(error2));
  if (reason === "duplicated mapping key" && e.mark !== void 0) {
    const key = /^[^:\n]*/.exec(text.slice(e.mark.position))?.[0].trim() ?? "";
    reason = `mapping key ${key} already defined`;
  }
  return { error: `yaml: line ${line}: ${reason}`, line };
}
function checkAliases(text, firstLine3, value) {
  const doc = (0, import_yaml2.parseDocument)(text, { version: "1.1", uniqueKeys: false, prettyErrors: false });
  const [parseError] = doc.errors;
  if (parseError !== void 0) {
    return { error: `yaml: ${parseError.message}`, line: firstLine3 + lineAt(text, parseError.pos[0]) - 1 };
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error2) {
    if (error2 instanceof ReferenceError && /excessive alias count/i.test(error2.message)) {
      return {
        error: `yaml: document contains excessive aliasing (more than ${MAX_ALIAS_COUNT} alias expansions), as in a "billion laughs" attack; it was not expanded`,
        line: firstLine3
      };
    }
  }
  if (containsItself(value, /* @__PURE__ */ new Set())) {
    return { error: "yaml: an anchor value contains itself (an alias refers to one of its own ancestors)", line: firstLine3 };
  }
  return { value };
}
function containsItself(value, ancestors) {
  if (typeof value !== "object" || value === null) return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  const found = children.some((child) => containsItself(child, ancestors));
  ancestors.delete(value);
  return found;
}
function parseJson(file, text, out) {
  if (text.length === 0) return;
  let value;
  try {
    value = JSON.parse(text);
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    const position = /position (\d+)/.exec(message)?.[1];
    const line2 = position === void 0 ? 1 : lineAt(text, Number(position));
    out.findings.push(errorFinding(KNV2001, file, line2, `json: line ${line2}: ${message.replace(/ \(line \d+ column \d+\)$/, "")}`));
    return;
  }
  const line = lineAt(text, text.search(/\S/));
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    out.findings.push(errorFinding(KNV2001, file, line, `a JSON manifest must hold exactly one object, found ${found}`));
    return;
  }
  addDocument({ file, locator: createLocator(text, 1, "json"), out }, value, line);
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function addDocument(scope, value, line) {
  if (!isMapping(value)) {
    const found = Array.isArray(value) ? "a sequence" : value === null ? "null" : `a ${typeof value}`;
    scope.out.findings.push(errorFinding(KNV2001, scope.file, line, `a document must be a mapping (a Kubernetes object), found ${found}`));
    return;
  }
  const kind = value["kind"];
  if (typeof kind !== "string" || kind === "") {
    scope.out.findings.push(errorFinding(KNV2001, scope.file, line, `Object 'Kind' is missing in '${preview(value)}'`));
    return;
  }
  addObject(scope, value, line, []);
}
function addObject(scope, value, line, path) {
  if (isLocalConfig(value)) return;
  const items = value["items"];
  if (!Array.isArray(items)) {
    scope.out.objects.push(manifestObject(scope, value, line, path));
    return;
  }
  items.forEach((item, index) => {
    const itemPath = [...path, "items", index];
    const itemLine = scope.locator.lineOf(itemPath) ?? line;
    if (isMapping(item)) addObject(scope, item, itemLine, itemPath);
    else scope.out.findings.push(errorFinding(KNV2001, scope.file, itemLine, `items[${index}] of a List must be an object`));
  });
}
function manifestObject(scope, object, line, prefix) {
  const { file, locator } = scope;
  return {
    file,
    line,
    object,
    locate: (path) => locator.lineOf(prefix.length === 0 ? path : [...prefix, ...path]) ?? line
  };
}
function isLocalConfig(object) {
  const metadata = object["metadata"];
  if (!isMapping(metadata)) return false;
  const annotations = metadata["annotations"];
  if (!isMapping(annotations) || !(LOCAL_CONFIG_ANNOTATION in annotations)) return false;
  if (!Object.values(annotations).every((v) => typeof v === "string")) return false;
  return annotations[LOCAL_CONFIG_ANNOTATION] !== "false";
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function preview(value) {
  const json2 = JSON.stringify(value);
  return json2.length > 120 ? `${json2.slice(0, 117)}...` : json2;
}

// src/manifests/rules/object-fields.ts
function isMap2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function fieldAt(object, path) {
  let value = object;
  for (const key of path) {
    if (!isMap2(value)) return void 0;
    value = value[key];
  }
  return value;
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function groupKind(group2, kind) {
  return group2 === "" ? kind : `${kind}.${group2}`;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isMap2(value)) return "a map";
  return `a ${typeof value}`;
}

// src/manifests/declared-object.ts
var NONE = Object.freeze({});
function declareObject(source) {
  const object = source.object;
  const metadata = object["metadata"];
  const apiVersion = object["apiVersion"];
  const namespace = typeof metadata["namespace"] === "string" ? metadata["namespace"] : "";
  return {
    source,
    apiVersion,
    group: groupOf(apiVersion),
    kind: object["kind"],
    name: metadata["name"],
    declaredNamespace: namespace,
    namespace,
    annotations: stringMap(metadata["annotations"]),
    labels: stringMap(metadata["labels"])
  };
}
function stringMap(value) {
  return isMap2(value) ? value : NONE;
}
function withNamespace(o, namespace) {
  return o.namespace === namespace ? o : { ...o, namespace };
}
function isKind(o, group2, kind) {
  return o.kind === kind && o.group === group2;
}
function directoryOf(o) {
  const slash = o.source.file.lastIndexOf("/");
  return slash === -1 ? "" : o.source.file.slice(0, slash);
}
function directoryBaseOf(o) {
  const dir = directoryOf(o);
  return dir.slice(dir.lastIndexOf("/") + 1);
}
function topLevelDirectoryOf(o) {
  const file = o.source.file;
  const slash = file.indexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}
function isManagementDisabled(o) {
  return o.annotations[ANNOTATIONS.managed] === "disabled";
}
var ANNOTATIONS = {
  managed: "configmanagement.gke.io/managed",
  namespaceSelector: "configmanagement.gke.io/namespace-selector",
  legacyClusterSelector: "configmanagement.gke.io/cluster-selector",
  clusterNameSelector: "configsync.gke.io/cluster-name-selector",
  deletionPropagation: "configsync.gke.io/deletion-propagation-policy",
  lifecycleMutation: "client.lifecycle.config.k8s.io/mutation",
  dependsOn: "config.kubernetes.io/depends-on",
  applyTimeMutation: "config.kubernetes.io/apply-time-mutation"
};
var GROUPS = {
  core: "",
  configManagement: "configmanagement.gke.io",
  configSync: "configsync.gke.io",
  clusterRegistry: "clusterregistry.k8s.io",
  apiExtensions: "apiextensions.k8s.io",
  rbac: "rbac.authorization.k8s.io"
};
var isNamespaceObject = (o) => isKind(o, GROUPS.core, "Namespace");
var isNamespaceSelector = (o) => isKind(o, GROUPS.configManagement, "NamespaceSelector");
var isClusterSelector = (o) => isKind(o, GROUPS.configManagement, "ClusterSelector");
var isCluster = (o) => isKind(o, GROUPS.clusterRegistry, "Cluster");
var isCrd = (o) => isKind(o, GROUPS.apiExtensions, "CustomResourceDefinition");

// src/manifests/rules/append-all.ts
function appendAll(target, items) {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

// src/manifests/rules/types.ts
var NO_FINDINGS = Object.freeze([]);

// src/manifests/hierarchy/directory-rule.ts
var directoryRule = {
  name: "hierarchy-directory",
  scope: "object",
  check: (o) => {
    const base = directoryBaseOf(o);
    if (isNamespaceObject(o)) {
      if (base === "namespaces") {
        return [
          errorFinding(
            "KNV1019",
            o.source.file,
            o.source.locate(["metadata", "name"]),
            `Namespaces MUST be declared in subdirectories of 'namespaces/'. Create a subdirectory for the following Namespace configs: "${o.name}"`
          )
        ];
      }
      if (o.name === base) return NO_FINDINGS;
      const message2 = `A Namespace MUST declare \`metadata.name\` that matches the name of its directory. expected \`metadata.name\`: ${base}`;
      return [errorFinding("KNV1020", o.source.file, o.source.locate(["metadata", "name"]), message2)];
    }
    if (o.declaredNamespace === "" || o.declaredNamespace === base) return NO_FINDINGS;
    const message = `A config MUST either declare a \`namespace\` field exactly matching the directory containing the config, "${base}", or leave the field blank.`;
    return [errorFinding("KNV1009", o.source.file, o.source.locate(["metadata", "namespace"]), message)];
  }
};

// src/manifests/rules/duplicate-objects.ts
function duplicateObjects(objects) {
  const byKey = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const key = `${o.group}\0${o.kind}\0${o.namespace}\0${o.name}`;
    const same = byKey.get(key);
    if (same === void 0) byKey.set(key, [o]);
    else same.push(o);
  }
  const findings = [];
  for (const group2 of byKey.values()) if (group2.length > 1) appendAll(findings, collisionFindings(group2, describe(group2[0], group2.length)));
  return findings;
}
function collisionFindings(duplicates, summary2) {
  return duplicates.map((o) => {
    const others = duplicates.filter((d) => d.source !== o.source).map((d) => `${d.source.file}:${d.source.line}`);
    const where = others.length === 0 ? "" : ` also declared at ${[...new Set(others)].join(", ")}`;
    return errorFinding("KNV1029", o.source.file, o.source.locate(["metadata", "name"]), `${summary2} Rename or delete the duplicates to fix:${where}`);
  });
}
function describe(o, count) {
  const gk = groupKind(o.group, o.kind);
  if (o.group === "" && o.kind === "Namespace") {
    return `Namespaces MUST have unique names. Found ${count} Namespaces named "${o.name}".`;
  }
  if (o.namespace !== "") {
    return `Namespace-scoped configs of the same Group and Kind MUST have unique names if they are in the same Namespace. Found ${count} configs of GroupKind "${gk}" in Namespace "${o.namespace}" named "${o.name}".`;
  }
  return `Cluster-scoped configs of the same Group and Kind MUST have unique names. Found ${count} configs of GroupKind "${gk}" named "${o.name}".`;
}
function selectorCollisions(selectors, kind) {
  const byName = /* @__PURE__ */ new Map();
  for (const o of selectors) {
    const same = byName.get(o.name);
    if (same === void 0) byName.set(o.name, [o]);
    else same.push(o);
  }
  const findings = [];
  for (const [name, group2] of byName) {
    if (group2.length < 2) continue;
    appendAll(findings, collisionFindings(group2, `${kind}s MUST have globally-unique names. Found ${group2.length} ${kind}s named "${name}".`));
  }
  return findings;
}

// src/manifests/rules/cluster-selector-rules.ts
var clusterSelectorObjects = {
  name: "cluster-selector-objects",
  scope: "set",
  check: (ctx) => {
    const findings = [];
    const selectors = [];
    for (const o of ctx.objects) {
      const cluster = isCluster(o);
      const selector = isClusterSelector(o);
      if (!cluster && !selector && !isNamespaceSelector(o)) continue;
      findings.push(...selectedSelector(o));
      if (selector) selectors.push(o);
      if ((cluster || selector) && ctx.sourceFormat === "hierarchy" && topLevelDirectoryOf(o) !== "clusterregistry") {
        findings.push(
          errorFinding(
            "KNV1039",
            o.source.file,
            o.source.line,
            `Cluster and ClusterSelector configs MUST be declared in \`clusterregistry/\`. To fix, move the ${o.kind} to \`clusterregistry/\`.`
          )
        );
      }
    }
    return [...findings, ...selectorCollisions(selectors, "ClusterSelector")];
  }
};
function selectedSelector(o) {
  const key = [ANNOTATIONS.legacyClusterSelector, ANNOTATIONS.clusterNameSelector].find((k) => k in o.annotations);
  if (key === void 0) return [];
  return [
    errorFinding(
      "KNV1004",
      o.source.file,
      o.source.locate(["metadata", "annotations", key]),
      `${o.kind}s may not be cluster-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`
    )
  ];
}

// src/manifests/scope/declared-crds.ts
var STRING_FIELDS = [["group"], ["scope"], ["version"], ["names", "plural"], ["names", "kind"], ["names", "singular"], ["names", "listKind"]];
var STRING_LIST_FIELDS = [["names", "shortNames"], ["names", "categories"]];
function readCrd(o) {
  const spec = o.source.object["spec"];
  if (spec === void 0 || spec === null) return { crd: crdOf(o, {}) };
  if (!isMap2(spec)) return mismatch(["spec"], "map", spec);
  for (const path of STRING_FIELDS) {
    const problem = check(spec, path, "string");
    if (problem !== void 0) return problem;
  }
  for (const path of STRING_LIST_FIELDS) {
    const problem = check(spec, path, "list") ?? checkItems(spec, path, "string");
    if (problem !== void 0) return problem;
  }
  const names = check(spec, ["names"], "map");
  if (names !== void 0) return names;
  const versions = check(spec, ["versions"], "list") ?? checkVersions(spec);
  return versions ?? { crd: crdOf(o, spec) };
}
function declaredCrds(objects) {
  const byGroupKind = /* @__PURE__ */ new Map();
  for (const o of objects) {
    if (!isCrd(o)) continue;
    const reading = readCrd(o);
    if ("crd" in reading) byGroupKind.set(`${reading.crd.group}/${reading.crd.kind}`, reading.crd);
  }
  return [...byGroupKind.values()];
}
function crdOf(o, spec) {
  const names = isMap2(spec["names"]) ? spec["names"] : {};
  const versions = Array.isArray(spec["versions"]) ? spec["versions"] : [];
  const served = versions.some((v) => isMap2(v) && v["served"] === true) || versions.length === 0 && typeof spec["version"] === "string" && spec["version"] !== "";
  return {
    object: o,
    group: asString(spec["group"]),
    kind: asString(names["kind"]),
    plural: asString(names["plural"]),
    scope: spec["scope"] === "Cluster" ? "cluster" : "namespace",
    served
  };
}
function checkVersions(spec) {
  const versions = spec["versions"];
  if (!Array.isArray(versions)) return void 0;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i];
    if (!isMap2(v)) return mismatch(["spec", "versions", i], "map", v);
    for (const [field, type2] of [["name", "string"], ["served", "boolean"], ["storage", "boolean"], ["schema", "map"]]) {
      const value = v[field];
      if (value !== void 0 && value !== null && !hasType(value, type2)) return mismatch(["spec", "versions", i, field], type2, value);
    }
  }
  return void 0;
}
function check(spec, path, type2) {
  let value = spec;
  for (const key of path) value = isMap2(value) ? value[key] : void 0;
  if (value === void 0 || value === null || hasType(value, type2)) return void 0;
  return mismatch(["spec", ...path], type2, value);
}
function checkItems(spec, path, type2) {
  let value = spec;
  for (const key of path) value = isMap2(value) ? value[key] : void 0;
  if (!Array.isArray(value)) return void 0;
  const index = value.findIndex((item) => !hasType(item, type2));
  return index === -1 ? void 0 : mismatch(["spec", ...path, index], type2, value[index]);
}
function hasType(value, type2) {
  if (type2 === "map") return isMap2(value);
  if (type2 === "list") return Array.isArray(value);
  return typeof value === type2;
}
function mismatch(path, type2, value) {
  const where = path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("");
  return { malformed: `${where}: expected a ${type2}, found ${describeType(value)}`, path };
}
function asString(value) {
  return typeof value === "string" ? value : "";
}

// src/manifests/rules/crd-rules.ts
var RESERVED_GROUPS = /* @__PURE__ */ new Set(["configmanagement.gke.io", "configsync.gke.io"]);
var customResourceDefinitions = {
  name: "custom-resource-definitions",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["CustomResourceDefinition"]),
  check: (o) => {
    if (!isCrd(o)) return NO_FINDINGS;
    const reading = readCrd(o);
    if ("malformed" in reading) {
      return [errorFinding("KNV1065", o.source.file, o.source.locate(reading.path), `malformed CustomResourceDefinition: ${reading.malformed}`)];
    }
    const { crd } = reading;
    const findings = [];
    if (RESERVED_GROUPS.has(crd.group)) {
      findings.push(
        errorFinding(
          "KNV1043",
          o.source.file,
          o.source.locate(["spec", "group"]),
          `Config Sync does not allow configuring CRDs in the \`${crd.group}\` APIGroup. To fix, please use a different APIGroup.`
        )
      );
    }
    const expected = `${crd.plural}.${crd.group}`;
    if (o.name !== expected) {
      findings.push(
        errorFinding(
          "KNV1048",
          o.source.file,
          o.source.locate(["metadata", "name"]),
          `Invalid CustomResourceDefinition name: \`${o.name}\`. The \`metadata.name\` MUST be in the form: \`<spec.names.plural>.<spec.group>\`. To fix, update the spec fields or change the name to \`${expected}\`.`
        )
      );
    }
    return findings;
  }
};

// src/manifests/rules/disallowed-fields.ts
var SERVER_SET_FIELDS = [
  ["ownerReferences", "metadata.ownerReference"],
  ["selfLink", "metadata.selfLink"],
  ["uid", "metadata.uid"],
  ["resourceVersion", "metadata.resourceVersion"],
  ["generation", "metadata.generation"],
  ["creationTimestamp", "metadata.creationTimestamp"],
  ["deletionTimestamp", "metadata.deletionTimestamp"],
  ["deletionGracePeriodSeconds", "metadata.deletionGracePeriodSeconds"]
];
var disallowedFields = {
  name: "disallowed-fields",
  scope: "object",
  check: (o) => {
    const metadata = o.source.object["metadata"];
    let findings;
    for (const [field, name] of SERVER_SET_FIELDS) {
      if (!isSet(metadata[field])) continue;
      findings ??= [];
      findings.push(
        errorFinding(
          "KNV1045",
          o.source.file,
          o.source.locate(["metadata", field]),
          `Configs with "${name}" specified are not allowed. To fix, either remove the config or remove the "${name}" field in the config.`
        )
      );
    }
    return findings ?? NO_FINDINGS;
  }
};
function isSet(value) {
  if (value === void 0 || value === null || value === "" || value === 0) return false;
  return !Array.isArray(value) || value.length > 0;
}

// src/manifests/rules/illegal-kinds.ts
var DEPRECATED_EXTENSIONS_KINDS = /* @__PURE__ */ new Map([
  ["DaemonSet", "apps"],
  ["Deployment", "apps"],
  ["Ingress", "networking.k8s.io"],
  ["ReplicaSet", "apps"],
  ["NetworkPolicy", "networking.k8s.io"],
  ["PodSecurityPolicy", "policy"],
  ["StatefulSet", "apps"]
]);
var HIERARCHY_ONLY_KINDS = /* @__PURE__ */ new Set(["Repo", "HierarchyConfig"]);
var unsupportedKinds = {
  name: "unsupported-kinds",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["Sync"]),
  check: (o) => isKind(o, GROUPS.configManagement, "Sync") ? [
    errorFinding(
      "KNV1043",
      o.source.file,
      o.source.locate(["kind"]),
      "Config Sync does not support the configmanagement.gke.io Sync kind, and does not allow configuring objects in the `configmanagement.gke.io` APIGroup. To fix, remove this config."
    )
  ] : NO_FINDINGS
};
var hierarchyOnlyKinds = {
  name: "hierarchy-only-kinds",
  scope: "object",
  kinds: HIERARCHY_ONLY_KINDS,
  check: (o, ctx) => ctx.sourceFormat === "unstructured" && o.group === GROUPS.configManagement && HIERARCHY_ONLY_KINDS.has(o.kind) ? [
    errorFinding(
      "KNV1032",
      o.source.file,
      o.source.locate(["kind"]),
      `The type ${groupKind(o.group, o.kind)} is not allowed if \`sourceFormat\` is set to \`unstructured\`. To fix, remove the problematic config, or convert your repo to use \`sourceFormat: hierarchy\`.`
    )
  ] : NO_FINDINGS
};
var deprecatedKinds = {
  name: "deprecated-kinds",
  scope: "object",
  kinds: new Set(DEPRECATED_EXTENSIONS_KINDS.keys()),
  check: (o) => {
    const group2 = o.group === "extensions" ? DEPRECATED_EXTENSIONS_KINDS.get(o.kind) : void 0;
    if (group2 === void 0) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1050",
        o.source.file,
        o.source.locate(["apiVersion"]),
        `The config is using a deprecated Group and Kind. To fix, set the Group and Kind to "${groupKind(group2, o.kind)}"`
      )
    ];
  }
};

// src/manifests/rules/no-objects.ts
var NO_OBJECTS_CODE = "CSO0001";
var noObjects = {
  name: "no-objects",
  scope: "set",
  check: (ctx) => {
    if (ctx.allObjects.length > 0 || ctx.readFailed) return [];
    const where = ctx.sourceFormat === "hierarchy" ? " under system/, cluster/, clusterregistry/ or namespaces/" : "";
    return [
      errorFinding(
        NO_OBJECTS_CODE,
        ".",
        0,
        `no Kubernetes objects found: Config Sync reads only ${MANIFEST_EXTENSIONS.join(", ")} files (case-sensitive)${where}, skips .git, .github and .gitlab, and drops objects annotated config.kubernetes.io/local-config`
      )
    ];
  }
};

// src/manifests/rules/k8s-names.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function isDns1123Subdomain(value) {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}
function isDns1123Label(value) {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}
function isPathSegmentName(value) {
  return value !== "." && value !== ".." && !value.includes("/") && !value.includes("%");
}
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return 'a qualified name must consist of a name part and an optional DNS subdomain prefix separated by one "/"';
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2 && (parts[0] === "" || !isDns1123Subdomain(parts[0]))) {
    return "the prefix part must be a lower-case DNS subdomain (e.g. example.com)";
  }
  if (name === "") return "the name part must be non-empty";
  if (name.length > 63) return "the name part must be no more than 63 characters";
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return void 0;
}
function labelValueProblem(value) {
  if (value.length > 63) return "must be no more than 63 characters";
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return void 0;
}

// src/manifests/rules/object-names.ts
var CONTROLLER_NAMESPACES = /* @__PURE__ */ new Set([CONTROLLER_NAMESPACE, "resource-group-system", "config-management-monitoring"]);
var objectName = {
  name: "object-name",
  scope: "object",
  check: (o) => {
    const valid = o.group === GROUPS.rbac ? isPathSegmentName(o.name) : isDns1123Subdomain(o.name);
    if (valid) return NO_FINDINGS;
    const rule = o.group === GROUPS.rbac ? 'RBAC configs MUST define a `metadata.name` that is not "." or ".." and contains no "/" or "%".' : "Configs MUST define a `metadata.name` that is shorter than 254 characters, consists of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.";
    return [errorFinding("KNV1036", o.source.file, o.source.locate(["metadata", "name"]), `${rule} Rename or remove the config: "${o.name}"`)];
  }
};
var objectNamespace = {
  name: "object-namespace",
  scope: "object",
  check: (o) => isNamespaceObject(o) ? checkNamespaceObject(o) : checkMetadataNamespace(o)
};
function checkNamespaceObject(o) {
  if (!isDns1123Label(o.name)) return [invalidNamespace(o, o.name, ["metadata", "name"])];
  if (!CONTROLLER_NAMESPACES.has(o.name)) return NO_FINDINGS;
  return [errorFinding("KNV1034", o.source.file, o.source.locate(["metadata", "name"]), `The "${o.name}" Namespace must not be declared`)];
}
function checkMetadataNamespace(o) {
  const raw = o.source.object["metadata"]["namespace"];
  if (raw === void 0 || raw === null || raw === "") return NO_FINDINGS;
  if (typeof raw !== "string") {
    return [
      errorFinding(
        "KNV1055",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `metadata.namespace MUST be a string, found ${describeType(raw)}. To fix, add quotes around the value.`
      )
    ];
  }
  return isDns1123Label(raw) ? NO_FINDINGS : [invalidNamespace(o, raw, ["metadata", "namespace"])];
}
function invalidNamespace(o, value, path) {
  return errorFinding(
    "KNV1055",
    o.source.file,
    o.source.locate(path),
    `metadata.namespace MUST be valid Kubernetes Namespace names. Rename "${value}" so that it: 1. has a length of 63 characters or fewer; 2. consists only of lowercase letters (a-z), digits (0-9), and hyphen '-'; and 3. begins and ends with a lowercase letter or digit.`
  );
}

// src/manifests/rules/read-time.ts
var STATUS_EXEMPT_GROUP = "configmanagement.gke.io";
var statusField = {
  name: "status-field",
  check: (o) => {
    const status = o.object["status"];
    if (status === void 0 || status === null || isMap2(status) && Object.keys(status).length === 0) return NO_FINDINGS;
    if (groupOf(o.object["apiVersion"]) === STATUS_EXEMPT_GROUP) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1045",
        o.file,
        o.locate(["status"]),
        'Configs with "status" specified are not allowed. To fix, either remove the config or remove the "status" field in the config.'
      )
    ];
  }
};
var stringMetadataValues = {
  name: "string-metadata-values",
  check: (o) => {
    const metadata = o.object["metadata"];
    if (allStrings(metadata["annotations"]) && allStrings(metadata["labels"])) return NO_FINDINGS;
    return [...nonStrings(o, metadata, "annotations"), ...nonStrings(o, metadata, "labels")];
  }
};
function allStrings(map2) {
  if (!isMap2(map2)) return true;
  for (const key in map2) if (typeof map2[key] !== "string") return false;
  return true;
}
function nonStrings(o, metadata, field) {
  const map2 = metadata[field];
  if (!isMap2(map2)) return [];
  const findings = [];
  for (const key in map2) {
    const value = map2[key];
    if (typeof value === "string") continue;
    findings.push(
      errorFinding(
        "KNV1054",
        o.file,
        o.locate(["metadata", field, key]),
        `Values in metadata.${field} MUST be strings. To fix, add quotes around the values. Non-string value for metadata.${field}.${key}: ${describeValue(value)}.`
      )
    );
  }
  return findings;
}
function describeValue(value) {
  if (typeof value === "boolean") return "a boolean (unquoted true, false, yes, no, on and off are booleans in YAML 1.1)";
  if (typeof value === "number") return "a number (unquoted digits, 0644-style octal and 1.0-style decimals are numbers)";
  return describeType(value);
}

// src/manifests/rules/repo-object.ts
var ALLOWED_VERSIONS = /* @__PURE__ */ new Set(["1.0.0", "0.1.0"]);
var repoObject = {
  name: "repo-object",
  scope: "set",
  check: (ctx) => {
    const repos = ctx.objects.filter((o) => isKind(o, GROUPS.configManagement, "Repo"));
    if (repos.length === 0) {
      return ctx.readFailed ? [] : [errorFinding("KNV1017", "system/", 0, "The system/ directory must declare a Repo Resource.")];
    }
    if (repos.length > 1) return multipleSingletons(repos);
    return checkVersion(repos[0]);
  }
};
function multipleSingletons(objects) {
  const first = objects[0];
  const gk = first.group === "" ? first.kind : `${first.kind}.${first.group}`;
  return objects.map(
    (o) => errorFinding("KNV2012", o.source.file, o.source.line, `Unsupported number of ${gk} resource found: ${objects.length}, want: 1.`)
  );
}
function checkVersion(repo) {
  const version = fieldAt(repo.source.object, ["spec", "version"]);
  const path = ["spec", "version"];
  if (version !== void 0 && version !== null && typeof version !== "string") {
    const message = `The following config could not be parsed as a ${repo.apiVersion}, Kind=Repo: spec.version must be a string, found ${describeType(version)}`;
    return [errorFinding("KNV1006", repo.source.file, repo.source.locate(path), message)];
  }
  const text = typeof version === "string" ? version : "";
  if (ALLOWED_VERSIONS.has(text)) return [];
  return [errorFinding("KNV1027", repo.source.file, repo.source.locate(path), `Unsupported Repo spec.version: "${text}". Must use version "1.0.0"`)];
}

// src/manifests/rules/required-fields.ts
var KNV2010 = "KNV2010";
var requiredFields = {
  name: "required-fields",
  check: (o) => isWellFormed(o.object) ? NO_FINDINGS : [...checkTypeMeta(o), ...checkMetadata(o)]
};
function isWellFormed(object) {
  const { apiVersion, kind, metadata } = object;
  if (typeof apiVersion !== "string" || apiVersion === "" || apiVersion.indexOf("/") !== apiVersion.lastIndexOf("/")) return false;
  if (typeof kind !== "string" || kind === "" || !isMap2(metadata)) return false;
  const { name, annotations, labels } = metadata;
  return typeof name === "string" && name !== "" && isMapOrAbsent(annotations) && isMapOrAbsent(labels);
}
function isMapOrAbsent(value) {
  return value === void 0 || value === null || isMap2(value);
}
function checkTypeMeta(o) {
  const findings = [];
  const apiVersion = requiredString(o, ["apiVersion"], findings);
  if (apiVersion !== void 0 && apiVersion.split("/").length > 2) {
    findings.push(errorFinding(KNV2010, o.file, o.locate(["apiVersion"]), `unexpected GroupVersion string: ${apiVersion}`));
  }
  requiredString(o, ["kind"], findings);
  return findings;
}
function checkMetadata(o) {
  const metadata = o.object["metadata"];
  if (!isMap2(metadata)) {
    const message = metadata === void 0 ? "resource does not define metadata" : `resource does not define metadata: metadata is ${describeType(metadata)}, expected a map`;
    return [errorFinding(KNV2010, o.file, o.locate(["metadata"]), message)];
  }
  const findings = [];
  requiredString(o, ["metadata", "name"], findings);
  for (const field of ["annotations", "labels"]) {
    const value = metadata[field];
    if (!isMapOrAbsent(value)) {
      const shown = typeof value === "string" ? value : JSON.stringify(value);
      findings.push(errorFinding(KNV2010, o.file, o.locate(["metadata", field]), `validating ${field}: not a map: ${shown}`));
    }
  }
  return findings;
}
function requiredString(o, path, findings) {
  let value = o.object;
  for (const key of path) value = isMap2(value) ? value[key] : void 0;
  const name = path.join(".");
  if (value === void 0 || value === null || value === "") {
    findings.push(errorFinding(KNV2010, o.file, o.locate(path), `missing field "${name}"`));
    return void 0;
  }
  if (typeof value !== "string") {
    findings.push(errorFinding(KNV2010, o.file, o.locate(path), `field "${name}" must be a string, found ${describeType(value)}`));
    return void 0;
  }
  return value;
}

// src/manifests/rules/reserved-metadata.ts
var CONFIG_MANAGEMENT_PREFIX = "configmanagement.gke.io/";
var CONFIG_SYNC_PREFIX = "configsync.gke.io/";
var HNC_DEPTH_SUFFIX = ".tree.hnc.x-k8s.io/depth";
var SOURCE_ANNOTATIONS = /* @__PURE__ */ new Set([
  ANNOTATIONS.namespaceSelector,
  ANNOTATIONS.legacyClusterSelector,
  ANNOTATIONS.clusterNameSelector,
  ANNOTATIONS.managed,
  ANNOTATIONS.lifecycleMutation,
  ANNOTATIONS.deletionPropagation
]);
function hasReservedPrefix(key) {
  return key.startsWith(CONFIG_MANAGEMENT_PREFIX) || key.startsWith(CONFIG_SYNC_PREFIX);
}
var reservedAnnotations = {
  name: "reserved-annotations",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.annotations, (k) => hasReservedPrefix(k) && !SOURCE_ANNOTATIONS.has(k));
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1010",
        "annotations",
        invalid2,
        (list2) => `Configs MUST NOT declare unsupported annotations starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has invalid annotations: ${list2}`
      )
    ];
  }
};
var reservedLabels = {
  name: "reserved-labels",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.labels, hasReservedPrefix);
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1011",
        "labels",
        invalid2,
        (list2) => `Configs MUST NOT declare labels starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has disallowed labels: ${list2}`
      )
    ];
  }
};
var hncDepthLabels = {
  name: "hnc-depth-labels",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.labels, (k) => k.endsWith(HNC_DEPTH_SUFFIX));
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1057",
        "labels",
        invalid2,
        (list2) => `Configs MUST NOT declare labels ending with "${HNC_DEPTH_SUFFIX}". The config has disallowed labels: ${list2}`
      )
    ];
  }
};
var managementAnnotation = {
  name: "management-annotation",
  scope: "object",
  check: (o) => {
    const value = o.annotations[ANNOTATIONS.managed];
    if (value === void 0 || value === "disabled") return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1005",
        o.source.file,
        o.source.locate(["metadata", "annotations", ANNOTATIONS.managed]),
        `Config has invalid management annotation ${ANNOTATIONS.managed}=${value}. If set, the value must be "disabled".`
      )
    ];
  }
};
function keysWhere(map2, matches) {
  let found;
  for (const key in map2) if (matches(key)) (found ??= []).push(key);
  return found;
}
function listFinding(o, code3, field, keys, message) {
  const sorted = [...keys].sort();
  const list2 = sorted.map((k) => JSON.stringify(k)).join(", ");
  return errorFinding(code3, o.source.file, o.source.locate(["metadata", field, sorted[0]]), message(list2));
}

// src/manifests/rules/rsync-spec.ts
var GCP_SA_SUFFIX = ".iam.gserviceaccount.com";
var GIT_AUTH = ["ssh", "cookiefile", "gcenode", "token", "none", "gcpserviceaccount", "githubapp"];
var OCI_AUTH2 = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none"];
var HELM_AUTH = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none", "token"];
var SOURCE_FORMATS2 = { RootSync: ["", "hierarchy", "unstructured"], RepoSync: ["", "unstructured"] };
function checkSyncSpec(object, kind) {
  const raw = object["spec"];
  const spec = isMap2(raw) ? raw : {};
  const format = spec["sourceFormat"] ?? "";
  if (typeof format !== "string" || !SOURCE_FORMATS2[kind].includes(format)) {
    const allowed = SOURCE_FORMATS2[kind].filter((f) => f !== "").join(" or ");
    return { message: `${kind}s must specify spec.sourceFormat as ${allowed} (or leave it empty), found ${JSON.stringify(format)}`, path: ["spec", "sourceFormat"] };
  }
  const type2 = spec["sourceType"] ?? "git";
  let problem;
  if (type2 === "git") problem = checkGit(spec, kind);
  else if (type2 === "oci") problem = checkOci(spec, kind);
  else if (type2 === "helm") problem = checkHelm(spec, kind);
  else return { message: `${kind}s must specify spec.sourceType to be one of "git", "oci", "helm"`, path: ["spec", "sourceType"] };
  return problem ?? checkOverride(spec, kind);
}
function checkOverride(spec, kind) {
  const override = spec["override"];
  if (!isMap2(override)) return void 0;
  const roleRefs = kind === "RootSync" && Array.isArray(override["roleRefs"]) ? override["roleRefs"] : [];
  const index = roleRefs.findIndex((r) => isMap2(r) && r["kind"] === "Role" && !nonEmpty(r["namespace"]));
  if (index !== -1) {
    return { message: `${kind}s must specify 'spec.override.roleRefs.namespace' for role references with kind Role`, path: ["spec", "override", "roleRefs"] };
  }
  const resources = Array.isArray(override["resources"]) ? override["resources"] : [];
  for (const resource of resources) {
    if (!isMap2(resource)) continue;
    const field = ["cpuRequest", "cpuLimit", "memoryRequest", "memoryLimit"].find((f) => isNegative(resource[f]));
    if (field !== void 0) return { message: `${kind} field 'spec.override.resources.${field}' must not be negative`, path: ["spec", "override", "resources"] };
  }
  return void 0;
}
function isNegative(quantity) {
  return typeof quantity === "number" && quantity < 0 || typeof quantity === "string" && quantity.trim().startsWith("-");
}
function checkOci(spec, kind) {
  const oci = spec["oci"];
  if (!isMap2(oci)) return { message: `${kind}s must specify spec.oci when spec.sourceType is "oci"`, path: ["spec", "sourceType"] };
  if (!nonEmpty(oci["image"])) return { message: `${kind}s must specify spec.oci.image when spec.sourceType is "oci"`, path: ["spec", "oci"] };
  return checkAuth(oci, "oci", OCI_AUTH2, kind);
}
function checkGit(spec, kind) {
  const git = spec["git"];
  if (!isMap2(git)) return { message: `${kind}s must specify spec.git when spec.sourceType is "git"`, path: ["spec", "sourceType"] };
  if (!nonEmpty(git["repo"])) return { message: `${kind}s must specify spec.git.repo when spec.sourceType is "git"`, path: ["spec", "git"] };
  const auth = checkAuth(git, "git", GIT_AUTH, kind);
  if (auth !== void 0) return auth;
  if (nonEmpty(git["proxy"]) && !["none", "cookiefile", "token", "githubapp"].includes(git["auth"])) {
    return { message: `${kind}s which specify spec.git.proxy must also specify spec.git.auth as one of "none", "cookiefile", "token" or "githubapp"`, path: ["spec", "git", "proxy"] };
  }
  return checkSecretRef(git, "git", ["none", "gcenode", "gcpserviceaccount"], kind);
}
function checkHelm(spec, kind) {
  const helm = spec["helm"];
  if (!isMap2(helm)) return { message: `${kind}s must specify spec.helm when spec.sourceType is "helm"`, path: ["spec", "sourceType"] };
  if (!nonEmpty(helm["repo"])) return { message: `${kind}s must specify spec.helm.repo when spec.sourceType is "helm"`, path: ["spec", "helm"] };
  if (!nonEmpty(helm["chart"])) return { message: `${kind}s must specify spec.helm.chart when spec.sourceType is "helm"`, path: ["spec", "helm"] };
  if (helm["chart"].includes("/")) return { message: `${kind} field spec.helm.chart must not contain a slash (/)`, path: ["spec", "helm", "chart"] };
  const auth = checkAuth(helm, "helm", HELM_AUTH, kind);
  if (auth !== void 0) return auth;
  if (helm["auth"] === "token") return checkSecretRef(helm, "helm", [], kind);
  const secretRef = checkSecretRef(helm, "helm", HELM_AUTH, kind);
  if (secretRef !== void 0) return secretRef;
  if (kind === "RootSync" && nonEmpty(helm["namespace"]) && nonEmpty(helm["deployNamespace"])) {
    return { message: `${kind}s must specify only one of 'spec.helm.namespace' or 'spec.helm.deployNamespace'`, path: ["spec", "helm", "deployNamespace"] };
  }
  const refs = Array.isArray(helm["valuesFileRefs"]) ? helm["valuesFileRefs"] : [];
  if (refs.some((ref) => !isMap2(ref) || !nonEmpty(ref["name"]))) {
    return { message: `${kind}s must specify spec.helm.valuesFileRefs.name`, path: ["spec", "helm", "valuesFileRefs"] };
  }
  return void 0;
}
function checkAuth(source, type2, allowed, kind) {
  const auth = source["auth"];
  const path = ["spec", type2, "auth"];
  if (typeof auth !== "string" || !allowed.includes(auth)) {
    return { message: `${kind}s must specify spec.${type2}.auth to be one of ${allowed.join(",")}`, path };
  }
  if (auth !== "gcpserviceaccount") return void 0;
  const email = source["gcpServiceAccountEmail"];
  const emailPath = ["spec", type2, "gcpServiceAccountEmail"];
  if (!nonEmpty(email)) {
    return { message: `${kind}s which specify spec.${type2}.auth as "gcpserviceaccount" must also specify spec.${type2}.gcpServiceAccountEmail`, path };
  }
  if (!isGcpServiceAccountEmail(email)) {
    return { message: `${kind}s which specify spec.${type2}.auth as "gcpserviceaccount" must use suffix <gcp_serviceaccount_name>.[${GCP_SA_SUFFIX}]`, path: emailPath };
  }
  return void 0;
}
function checkSecretRef(source, type2, without, kind) {
  const hasRef = nonEmpty(fieldAt(source, ["secretRef", "name"]));
  const auth = source["auth"];
  const path = ["spec", type2, "secretRef"];
  if (without.includes(auth)) {
    if (!hasRef) return void 0;
    return { message: `${kind}s which specify spec.${type2}.auth as one of "none", "gcenode", or "gcpserviceaccount" must not specify spec.${type2}.secretRef`, path };
  }
  if (hasRef) return void 0;
  return { message: `${kind}s which specify spec.${type2}.auth as one of "ssh", "cookiefile", "githubapp", or "token" must also specify spec.${type2}.secretRef`, path: ["spec", type2, "auth"] };
}
function isGcpServiceAccountEmail(email) {
  const parts = email.split("@");
  if (parts.length !== 2) return false;
  const [local, domain] = parts;
  return local.length >= 6 && local.length <= 30 && domain.endsWith(GCP_SA_SUFFIX);
}
function nonEmpty(value) {
  return typeof value === "string" && value !== "";
}

// src/manifests/rules/rsync-objects.ts
var LONG_ROOT_SYNC_NAME_CODE = "CSO1002";
var MAX_ROOT_SYNC_NAME2 = 38;
var MAX_REPO_SYNC_NAME_AND_NAMESPACE2 = 45;
var DOCUMENTED_ROOT_SYNC_NAME = 26;
var DELETION_POLICIES = /* @__PURE__ */ new Set(["Foreground", "Orphan"]);
var rsyncObjects = {
  name: "rsync-objects",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["RootSync", "RepoSync"]),
  check: (o, ctx) => {
    const kind = isKind(o, GROUPS.configSync, "RootSync") ? "RootSync" : isKind(o, GROUPS.configSync, "RepoSync") ? "RepoSync" : void 0;
    if (kind === void 0) return NO_FINDINGS;
    const findings = kind === "RootSync" ? rootSyncMetadata(o, ctx) : repoSyncMetadata(o, ctx);
    const policy = o.annotations[ANNOTATIONS.deletionPropagation];
    if (policy !== void 0 && !DELETION_POLICIES.has(policy)) {
      const message = `${kind}s which specify the annotation "${ANNOTATIONS.deletionPropagation}" must use one of the values "Foreground" or "Orphan"`;
      findings.push(invalidSync(o, ["metadata", "annotations", ANNOTATIONS.deletionPropagation], message));
    }
    const problem = checkSyncSpec(o.source.object, kind);
    if (problem !== void 0) findings.push(invalidSync(o, problem.path, problem.message));
    return findings;
  }
};
function rootSyncMetadata(o, ctx) {
  const findings = [];
  const namespace = effectiveNamespace(o, ctx);
  if (namespace !== CONTROLLER_NAMESPACE) {
    const message = `RootSync objects are only allowed in the ${CONTROLLER_NAMESPACE} namespace, not in ${namespace === "" ? '""' : namespace}`;
    findings.push(invalidSync(o, ["metadata", "namespace"], message));
  }
  const length = o.name.length;
  if (length > MAX_ROOT_SYNC_NAME2) {
    findings.push(invalidSync(o, ["metadata", "name"], `maximum length of RootSync name is ${MAX_ROOT_SYNC_NAME2}, but found ${length}`));
  } else if (length > DOCUMENTED_ROOT_SYNC_NAME) {
    findings.push({
      code: LONG_ROOT_SYNC_NAME_CODE,
      severity: SEVERITY.warning,
      file: o.source.file,
      line: o.source.locate(["metadata", "name"]),
      message: `RootSync name "${o.name}" is ${length} characters: current Config Sync accepts up to ${MAX_ROOT_SYNC_NAME2}, but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label).`
    });
  }
  return findings;
}
function repoSyncMetadata(o, ctx) {
  const namespace = effectiveNamespace(o, ctx);
  if (namespace === CONTROLLER_NAMESPACE) {
    return [invalidSync(o, ["metadata", "namespace"], `RepoSync objects are not allowed in the ${CONTROLLER_NAMESPACE} namespace`)];
  }
  const length = o.name.length + namespace.length;
  if (length <= MAX_REPO_SYNC_NAME_AND_NAMESPACE2) return [];
  const message = `maximum combined length of RepoSync name and namespace is ${MAX_REPO_SYNC_NAME_AND_NAMESPACE2}, but found ${length}`;
  return [invalidSync(o, ["metadata", "name"], message)];
}
function effectiveNamespace(o, ctx) {
  if (o.declaredNamespace !== "") return o.declaredNamespace;
  if (ctx.sourceFormat === "unstructured") return defaultNamespaceOf(ctx.scope);
  return topLevelDirectoryOf(o) === "namespaces" ? directoryBaseOf(o) : "";
}
function invalidSync(o, path, message) {
  return errorFinding("KNV1061", o.source.file, o.source.locate(path), `${message} (${o.kind} ${o.name})`);
}

// src/manifests/rules/secrets.ts
var SECRET_IN_ARTIFACT_CODE = "CSO1001";
var secretsInArtifact = {
  name: "secrets-in-artifact",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["Secret"]),
  check: (o, ctx) => {
    if (ctx.allowSecrets || !isKind(o, GROUPS.core, "Secret")) return NO_FINDINGS;
    const field = ["data", "stringData"].find((f) => hasValues(o.source.object[f]));
    if (field === void 0) return NO_FINDINGS;
    return [
      errorFinding(
        SECRET_IN_ARTIFACT_CODE,
        o.source.file,
        o.source.locate([field]),
        `Secret "${describe2(o)}" has ${field}: anyone who can pull the image can read it (registry pull access is not Kubernetes RBAC, and image layers are not encrypted). Keep secret values out of the source (External Secrets, the Secrets Store CSI driver, sealed secrets), or publish it anyway with allow-secrets: true (CLI: --allow-secrets).`
      )
    ];
  }
};
function hasValues(value) {
  if (value === void 0 || value === null) return false;
  return !isMap2(value) || Object.keys(value).length > 0;
}
function describe2(o) {
  return o.declaredNamespace === "" ? o.name : `${o.declaredNamespace}/${o.name}`;
}

// src/manifests/rules/self-reconcile.ts
var selfReconcile = {
  name: "self-reconcile",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["RootSync", "RepoSync"]),
  check: (o, ctx) => {
    let reconciler;
    if (isKind(o, GROUPS.configSync, "RootSync")) reconciler = rootReconcilerName(o.name);
    else if (isKind(o, GROUPS.configSync, "RepoSync")) reconciler = namespaceReconcilerName(o.declaredNamespace, o.name);
    else return NO_FINDINGS;
    if (reconciler !== reconcilerNameOf(ctx.scope)) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1069",
        o.source.file,
        o.source.locate(["metadata", "name"]),
        `${o.kind} ${o.declaredNamespace}/${o.name} must not manage itself in its repo`
      )
    ];
  }
};

// src/manifests/rules/index.ts
var READ_RULES = [requiredFields, statusField, stringMetadataValues];
var UNSTRUCTURED_RAW_RULES = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  hierarchyOnlyKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects
];
var HIERARCHY_RAW_RULES = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  directoryRule,
  hncDepthLabels,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects,
  repoObject
];
var ARTIFACT_RULES = [secretsInArtifact, rsyncObjects, noObjects];
function rawRulesFor(format) {
  return format === "hierarchy" ? HIERARCHY_RAW_RULES : UNSTRUCTURED_RAW_RULES;
}

// src/manifests/hierarchy/namespace-directories.ts
function assignDirectoryNamespaces(objects) {
  const namespaces = /* @__PURE__ */ new Set();
  for (const o of objects) {
    if (isNamespaceObject(o) && topLevelDirectoryOf(o) === "namespaces" && o.name === directoryBaseOf(o)) namespaces.add(o.name);
  }
  return objects.map((o) => {
    if (o.namespace !== "" || topLevelDirectoryOf(o) !== "namespaces" || isNamespaceObject(o) || isNamespaceSelector(o)) return o;
    const dir = directoryBaseOf(o);
    return namespaces.has(dir) ? withNamespace(o, dir) : o;
  });
}

// src/manifests/hierarchy/hierarchy-config.ts
function checkHierarchyConfigs(configs, cluster) {
  const clusterKinds = new Set(cluster.map((o) => `${o.group}/${o.kind}`));
  const findings = [];
  for (const config of configs) {
    const entries = readEntries(config);
    if ("finding" in entries) {
      findings.push(entries.finding);
      continue;
    }
    for (const entry of entries.list) findings.push(...checkEntry(config, entry, clusterKinds));
  }
  return findings;
}
function inheritanceModes(configs) {
  const modes = /* @__PURE__ */ new Map();
  for (const config of configs) {
    const entries = readEntries(config);
    if ("finding" in entries) continue;
    for (const entry of entries.list) for (const kind of entry.kinds) modes.set(`${entry.group}/${kind}`, entry.mode === "none" ? "none" : "inherit");
  }
  return modes;
}
function checkEntry(config, entry, clusterKinds) {
  const findings = [];
  const kinds = entry.kinds.length === 0 ? [""] : entry.kinds;
  const at = (field) => config.source.locate(["spec", "resources", entry.index, field]);
  if (entry.mode !== "" && entry.mode !== "none" && entry.mode !== "inherit") {
    const message = `HierarchyMode "${entry.mode}" is not a valid value for the APIResource "${groupKind(entry.group, kinds[0])}". Allowed values are [none,inherit].`;
    findings.push(errorFinding("KNV1042", config.source.file, at("hierarchyMode"), message));
  }
  for (const kind of kinds) {
    const gk = groupKind(entry.group, kind);
    if (entry.group === "" && kind === "Namespace" || entry.group === "configmanagement.gke.io" || kind === "") {
      findings.push(errorFinding("KNV1041", config.source.file, at("kinds"), `The "${gk}" APIResource MUST NOT be declared in a HierarchyConfig.`));
    } else if (clusterKinds.has(`${entry.group}/${kind}`)) {
      const message = `This HierarchyConfig references the APIResource "${gk}" which has Cluster scope. Cluster scoped objects are not permitted in HierarchyConfig.`;
      findings.push(errorFinding("KNV1046", config.source.file, at("kinds"), message));
    }
  }
  return findings;
}
function readEntries(config) {
  const resources = fieldAt(config.source.object, ["spec", "resources"]);
  if (resources === void 0 || resources === null) return { list: [] };
  const malformed = (path, what) => ({
    finding: errorFinding("KNV1006", config.source.file, config.source.locate(path), `The following config could not be parsed as a ${config.apiVersion}, Kind=HierarchyConfig: ${what}`)
  });
  if (!Array.isArray(resources)) return malformed(["spec", "resources"], `spec.resources must be a list, found ${describeType(resources)}`);
  const list2 = [];
  for (let index = 0; index < resources.length; index++) {
    const r = resources[index];
    if (!isMap2(r)) return malformed(["spec", "resources", index], `spec.resources[${index}] must be a map`);
    const group2 = r["group"] ?? "";
    const kindList = r["kinds"] ?? [];
    const hierarchyMode = r["hierarchyMode"] ?? "";
    if (typeof group2 !== "string" || typeof hierarchyMode !== "string" || !Array.isArray(kindList) || kindList.some((k) => typeof k !== "string")) {
      return malformed(["spec", "resources", index], `spec.resources[${index}] needs a string group, a list of string kinds and a string hierarchyMode`);
    }
    list2.push({ group: group2, kinds: kindList, mode: hierarchyMode, index });
  }
  return { list: list2 };
}

// src/manifests/selection/label-selector.ts
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function readLabelSelector(value) {
  if (value === void 0 || value === null) return { selector: selectorOf([]) };
  if (!isMap2(value)) return { malformed: `selector must be a map, found ${describeType(value)}`, path: [] };
  const requirements = [];
  const labels = readMatchLabels(value["matchLabels"], requirements);
  if (labels !== void 0) return labels;
  const expressions = readExpressions(value["matchExpressions"], requirements);
  if (expressions !== void 0) return expressions;
  for (const r of requirements) {
    const problem = requirementProblem(r);
    if (problem !== void 0) return { invalid: problem, path: r.operator === "Equals" ? ["matchLabels", r.key] : ["matchExpressions"] };
  }
  return { selector: selectorOf(requirements) };
}
function readMatchLabels(value, into) {
  if (value === void 0 || value === null) return void 0;
  if (!isMap2(value)) return { malformed: `matchLabels must be a map, found ${describeType(value)}`, path: ["matchLabels"] };
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (typeof v !== "string") return { malformed: `matchLabels.${key} must be a string, found ${describeType(v)}`, path: ["matchLabels", key] };
    into.push({ key, operator: "Equals", values: [v] });
  }
  return void 0;
}
function readExpressions(value, into) {
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value)) return { malformed: `matchExpressions must be a list, found ${describeType(value)}`, path: ["matchExpressions"] };
  for (let i = 0; i < value.length; i++) {
    const e = value[i];
    const path = ["matchExpressions", i];
    if (!isMap2(e)) return { malformed: `matchExpressions[${i}] must be a map`, path };
    const { key, operator, values = [] } = e;
    if (typeof key !== "string" || typeof operator !== "string") return { malformed: `matchExpressions[${i}] needs string key and operator`, path };
    if (values !== null && (!Array.isArray(values) || values.some((v) => typeof v !== "string"))) {
      return { malformed: `matchExpressions[${i}].values must be a list of strings`, path };
    }
    if (!OPERATORS.has(operator)) return { invalid: `"${operator}" is not a valid label selector operator`, path };
    into.push({ key, operator, values: values ?? [] });
  }
  return void 0;
}
function requirementProblem(r) {
  const keyProblem = qualifiedNameProblem(r.key);
  if (keyProblem !== void 0) return `key: Invalid value: "${r.key}": ${keyProblem}`;
  if ((r.operator === "In" || r.operator === "NotIn") && r.values.length === 0) {
    return `values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty (key "${r.key}")`;
  }
  if ((r.operator === "Exists" || r.operator === "DoesNotExist") && r.values.length > 0) {
    return `values: Invalid value: ${JSON.stringify(r.values)}: values set must be empty for exists and does not exist (key "${r.key}")`;
  }
  for (const v of r.values) {
    const problem = labelValueProblem(v);
    if (problem !== void 0) return `values[0]: Invalid value: "${v}": ${problem}`;
  }
  return void 0;
}
function selectorOf(requirements) {
  return {
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((r) => matchesRequirement(r, labels))
  };
}
function matchesRequirement(r, labels) {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : void 0;
  switch (r.operator) {
    case "Equals":
    case "In":
      return has && r.values.includes(value);
    case "NotIn":
      return !has || !r.values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}

// src/manifests/selection/selector-objects.ts
function readSelectorObject(o) {
  const reading = readLabelSelector(fieldAt(o.source.object, ["spec", "selector"]));
  if ("selector" in reading) {
    if (!reading.selector.empty) return reading;
    const message = `${o.kind}s MUST define \`spec.selector\` with at least one requirement (an empty selector would select everything): ${o.kind} "${o.name}"`;
    return { finding: errorFinding("KNV1014", o.source.file, o.source.locate(["spec", "selector"]), message) };
  }
  const line = o.source.locate(["spec", "selector", ...reading.path]);
  if ("malformed" in reading) {
    return { finding: errorFinding("KNV1006", o.source.file, line, `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.${reading.malformed}`) };
  }
  return { finding: errorFinding("KNV1014", o.source.file, line, `${o.kind} has validation errors that must be corrected: ${reading.invalid}`) };
}
function readSelectorMode(o) {
  const mode = fieldAt(o.source.object, ["spec", "mode"]);
  const line = o.source.locate(["spec", "mode"]);
  if (mode === void 0 || mode === null || mode === "" || mode === "static") return "static";
  if (mode === "dynamic") return "dynamic";
  if (typeof mode !== "string") {
    return errorFinding("KNV1006", o.source.file, line, `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.mode must be a string, found ${describeType(mode)}`);
  }
  return errorFinding("KNV1014", o.source.file, line, `Unknown mode "${mode}" defined in NamespaceSelector "${o.name}". To fix, please use either "static" or "dynamic".`);
}

// src/manifests/hierarchy/tree.ts
var SYSTEM = "system";
var CLUSTER = "cluster";
var NAMESPACES = "namespaces";
function isNamespaceNode(node) {
  return node.objects.some(isNamespaceObject);
}
function buildTree(scoped) {
  const findings = [];
  const parts = { hierarchyConfigs: [], namespaceSelectors: /* @__PURE__ */ new Map(), cluster: [] };
  const inTree = [];
  const place = (o, dir) => {
    if (dir === SYSTEM) {
      if (isKind(o, GROUPS.configManagement, "HierarchyConfig")) parts.hierarchyConfigs.push(o);
    } else if (dir === CLUSTER) parts.cluster.push(o);
    else if (isNamespaceSelector(o)) parts.namespaceSelectors.set(o.name, o);
    else inTree.push(o);
  };
  for (const o of scoped.cluster) {
    const wrong = wrongTopLevel(o, expectedTopLevel(o));
    if (wrong === void 0) place(o, topLevelDirectoryOf(o));
    else findings.push(wrong);
  }
  for (const o of scoped.unknown) {
    const dir = topLevelDirectoryOf(o);
    if (dir === CLUSTER || dir === NAMESPACES) place(o, dir);
    else findings.push(unknownOutsideTree(o, dir));
  }
  for (const o of scoped.namespaced) {
    const wrong = wrongTopLevel(o, NAMESPACES);
    if (wrong === void 0) inTree.push(o);
    else findings.push(wrong);
  }
  if (findings.length > 0) return { findings };
  return { tree: { ...parts, root: treeOf(inTree) } };
}
function expectedTopLevel(o) {
  if (o.group === GROUPS.configManagement && (o.kind === "Repo" || o.kind === "HierarchyConfig")) return SYSTEM;
  if (isNamespaceObject(o) || isNamespaceSelector(o)) return NAMESPACES;
  return CLUSTER;
}
var SHOULD_BE_IN = {
  [SYSTEM]: "Repo and HierarchyConfig configs MUST be declared in `system/`.",
  [CLUSTER]: "Cluster-scoped configs except Namespaces MUST be declared in `cluster/`.",
  [NAMESPACES]: "Namespace-scoped and Namespace configs MUST be declared in `namespaces/`."
};
function wrongTopLevel(o, expected) {
  if (topLevelDirectoryOf(o) === expected) return void 0;
  return errorFinding("KNV1039", o.source.file, o.source.line, `${SHOULD_BE_IN[expected]} To fix, move the ${o.kind} to \`${expected}/\`.`);
}
function unknownOutsideTree(o, dir) {
  const gk = groupKind(o.group, o.kind);
  return errorFinding(
    "KNV1039",
    o.source.file,
    o.source.line,
    `The ${gk} config is in \`${dir}/\`, where only Repo, HierarchyConfig, Cluster and ClusterSelector configs belong. To fix, move it to \`cluster/\` (cluster-scoped) or \`namespaces/\` (namespaced).`
  );
}
function treeOf(objects) {
  const nodes = /* @__PURE__ */ new Map();
  const nodeAt = (path) => {
    let node = nodes.get(path);
    if (node !== void 0) return node;
    node = { path, name: path.slice(path.lastIndexOf("/") + 1), objects: [], children: [] };
    nodes.set(path, node);
    const slash = path.lastIndexOf("/");
    if (slash !== -1) nodeAt(path.slice(0, slash)).children.push(node);
    return node;
  };
  const root = nodeAt(NAMESPACES);
  for (const o of objects) nodeAt(directoryOf(o)).objects.push(o);
  for (const node of nodes.values()) node.children.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return root;
}

// src/manifests/hierarchy/inheritance.ts
function inheritObjects(tree, modes) {
  const findings = [];
  const visit3 = (node, inherited) => {
    const namespace = node.objects.find(isNamespaceObject);
    if (namespace !== void 0) {
      for (const child of node.children) findings.push(namespaceSubdirectory(namespace, node, child));
      appendAll(node.objects, inherited);
      return;
    }
    for (const o of node.objects) {
      if (modes.get(`${o.group}/${o.kind}`) === "none" && o.group !== GROUPS.configManagement) findings.push(abstractObject(o));
    }
    for (const child of node.children) visit3(child, [...inherited, ...node.objects]);
  };
  visit3(tree.root, []);
  return findings;
}
function applyNamespaceSelectors(tree) {
  const selectors = /* @__PURE__ */ new Map();
  const findings = [];
  for (const [name, o] of tree.namespaceSelectors) {
    const mode = readSelectorMode(o);
    if (mode === "dynamic") findings.push(dynamicMode(o));
    else if (typeof mode !== "string") findings.push(mode);
    else {
      const reading = readSelectorObject(o);
      if ("finding" in reading) findings.push(reading.finding);
      else selectors.set(name, reading.selector);
    }
  }
  if (findings.length > 0) return findings;
  const walk = (node) => {
    const namespace = node.objects.find(isNamespaceObject);
    if (namespace === void 0) {
      for (const child of node.children) walk(child);
      return;
    }
    const kept = node.objects.filter((o) => {
      const name = o.annotations[ANNOTATIONS.namespaceSelector];
      return isNamespaceObject(o) || name === void 0 || selectors.get(name)?.matches(namespace.labels) === true;
    });
    node.objects.length = 0;
    appendAll(node.objects, kept);
  };
  walk(tree.root);
  return findings;
}
function flattenTree(tree) {
  const result = [...tree.cluster];
  const walk = (node) => {
    if (isNamespaceNode(node)) {
      for (const o of node.objects) result.push(isNamespaceObject(o) ? o : withNamespace(o, node.name));
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.root);
  return result;
}
function namespaceSubdirectory(namespace, parent, child) {
  return errorFinding(
    "KNV1003",
    namespace.source.file,
    namespace.source.line,
    `A Namespace directory MUST NOT have subdirectories. Restructure "${parent.name}" so that it does not have subdirectory "${child.name}" (${child.path}).`
  );
}
function abstractObject(o) {
  return errorFinding(
    "KNV1007",
    o.source.file,
    o.source.line,
    `Config "${o.name}" illegally declared in an abstract namespace directory. Move this config to a namespace directory: its kind has hierarchyMode none in a HierarchyConfig.`
  );
}
function dynamicMode(o) {
  return errorFinding(
    "KNV1014",
    o.source.file,
    o.source.locate(["spec", "mode"]),
    "NamespaceSelector MUST NOT use the dynamic mode with the hierarchy source format. To fix, either switch to the unstructured source format, or remove `spec.mode` from the NamespaceSelector."
  );
}

// src/manifests/selection/namespace-selection.ts
function selectNamespaces(scoped, scope) {
  const selected = selectedNamespaces(scoped.cluster);
  if ("findings" in selected) return { scoped, findings: selected.findings };
  const findings = [];
  const namespaced = [];
  for (const o of scoped.namespaced) {
    const selectorName = o.annotations[ANNOTATIONS.namespaceSelector];
    if (selectorName === void 0) {
      namespaced.push(o.namespace === "" ? withNamespace(o, defaultNamespaceOf(scope)) : o);
      continue;
    }
    const namespaces = selected.byName.get(selectorName);
    if (namespaces === void 0) findings.push(unknownNamespaceSelector(o, selectorName));
    else for (const ns of namespaces) namespaced.push(withNamespace(o, ns));
  }
  if (findings.length > 0) return { scoped, findings };
  return { scoped: { ...scoped, cluster: scoped.cluster.filter((o) => !isNamespaceSelector(o)), namespaced }, findings: [] };
}
function unknownNamespaceSelector(o, selectorName) {
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to an existing NamespaceSelector, but has annotation "${ANNOTATIONS.namespaceSelector}=${selectorName}" which maps to no declared NamespaceSelector`
  );
}
function selectedNamespaces(cluster) {
  const namespaces = cluster.filter(isNamespaceObject);
  const byName = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of cluster) {
    if (!isNamespaceSelector(o)) continue;
    const reading = readSelectorObject(o);
    if ("finding" in reading) {
      findings.push(reading.finding);
      continue;
    }
    const mode = readSelectorMode(o);
    if (typeof mode !== "string") findings.push(mode);
    byName.set(o.name, namespaces.filter((ns) => reading.selector.matches(ns.labels)).map((ns) => ns.name));
  }
  return findings.length > 0 ? { findings } : { byName };
}

// src/manifests/hierarchy/tree-checks.ts
function checkInheritance(tree) {
  const findings = [];
  visit(tree.root, findings);
  return findings;
}
function visit(node, findings) {
  const namespaces = node.objects.filter(isNamespaceObject);
  if (namespaces.length > 1) findings.push(...multipleSingletons(namespaces));
  if (namespaces.length > 0) return true;
  let descendant = false;
  for (const child of node.children) descendant = visit(child, findings) || descendant;
  const first = firstObject(node);
  if (first === void 0) return descendant;
  if (node.children.length === 0) {
    const message = `The directory "${node.name}" has configs, but is missing a Namespace config. All bottom level subdirectories MUST have a Namespace config.`;
    findings.push(errorFinding("KNV1044", first.source.file, first.source.line, message));
  } else if (!descendant) {
    const message = `The AbstractNamespace directory named "${node.name}" has resources and subdirectories, but none of its subdirectories are Namespaces. An AbstractNamespace MUST have at least one Namespace subdirectory.`;
    findings.push(errorFinding("KNV1044", first.source.file, first.source.line, message));
  }
  return descendant;
}
function checkNamespaceSelectorPlacement(tree) {
  const findings = [];
  const walk = (node) => {
    for (const o of node.objects) {
      const name = o.annotations[ANNOTATIONS.namespaceSelector];
      if (name === void 0 || isNamespaceObject(o)) continue;
      const selector = tree.namespaceSelectors.get(name);
      if (selector === void 0) findings.push(unknownNamespaceSelector(o, name));
      else if (!o.source.file.startsWith(directoryOf(selector))) findings.push(notInAncestor(o, selector));
    }
    if (node.objects.some(isNamespaceObject)) {
      for (const selector of tree.namespaceSelectors.values()) {
        if (directoryOf(selector) !== node.path) continue;
        findings.push(errorFinding("KNV1038", selector.source.file, selector.source.line, "Configs of the below Kind MUST not be declared in `namespaces`/: NamespaceSelector in a Namespace directory. To fix, move it to an abstract namespace directory above."));
      }
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.root);
  return findings;
}
function notInAncestor(o, selector) {
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to a NamespaceSelector in its directory or a parent directory. Either remove the annotation "${ANNOTATIONS.namespaceSelector}=${selector.name}" from "${o.name}" or move NamespaceSelector "${selector.name}" (${selector.source.file}) to a parent directory of "${o.name}".`
  );
}
function firstObject(node) {
  let first;
  for (const o of node.objects) {
    if (first === void 0 || o.source.file < first.source.file || o.source.file === first.source.file && o.source.line < first.source.line) first = o;
  }
  return first;
}

// src/manifests/hierarchy/tree-stage.ts
function runTreeStage(scoped) {
  const built = buildTree(scoped);
  if ("findings" in built) return built;
  const { tree } = built;
  const invalid2 = [...checkHierarchyConfigs(tree.hierarchyConfigs, tree.cluster), ...checkInheritance(tree), ...checkNamespaceSelectorPlacement(tree)];
  if (invalid2.length > 0) return { findings: invalid2 };
  const hydration = [...inheritObjects(tree, inheritanceModes(tree.hierarchyConfigs)), ...applyNamespaceSelectors(tree)];
  if (hydration.length > 0) return { findings: hydration };
  return { objects: flattenTree(tree) };
}

// src/manifests/rules/dependency-cycles.ts
function findCycles(graph) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const cycles = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const frames = [];
    const visit3 = (v) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      frames.push({ v, it: (graph.get(v) ?? /* @__PURE__ */ new Set()).values() });
    };
    visit3(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const step = frame.it.next();
      if (!step.done) {
        const w = step.value;
        if (!index.has(w)) visit3(w);
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v), index.get(w)));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== void 0) low.set(parent.v, Math.min(low.get(parent.v), low.get(frame.v)));
      if (low.get(frame.v) === index.get(frame.v)) {
        const cycle = component(frame.v, stack, onStack, graph);
        if (cycle !== void 0) cycles.push(cycle);
      }
    }
  }
  return cycles;
}
function component(root, stack, onStack, graph) {
  const members = [];
  for (; ; ) {
    const w = stack.pop();
    onStack.delete(w);
    members.push(w);
    if (w === root) break;
  }
  const isCycle = members.length > 1 || graph.get(root)?.has(root) === true;
  return isCycle ? members.sort() : void 0;
}

// src/manifests/rules/dependency-references.ts
function keyOf(r) {
  return `${r.group}\0${r.kind}\0${r.namespace}\0${r.name}`;
}
function formatReference(r) {
  return r.namespace === "" ? `${r.group}/${r.kind}/${r.name}` : `${r.group}/namespaces/${r.namespace}/${r.kind}/${r.name}`;
}
function dependencyEdges(annotation, value, loadYaml) {
  return annotation === ANNOTATIONS.dependsOn ? parseDependsOn(value) : parseMutation(value, loadYaml);
}
function parseDependsOn(value) {
  const references = [];
  const items = value.split(",");
  for (let i = 0; i < items.length; i++) {
    const text = items[i].trim();
    const fields = text.split("/");
    const fail = (why) => ({ error: `failed to parse object reference (index: ${i}): ${why}` });
    if (fields.length !== 3 && fields.length !== 5) return fail(`expected 3 or 5 fields, found ${fields.length}: ${JSON.stringify(text)}`);
    if (fields.length === 5 && fields[1] !== "namespaces") return fail(`missing "namespaces" field: ${JSON.stringify(text)}`);
    const [group2, kind, name] = fields.length === 3 ? [fields[0], fields[1], fields[2]] : [fields[0], fields[3], fields[4]];
    if (kind === "" || name === "") return fail(`kind and name must not be empty: ${JSON.stringify(text)}`);
    references.push({ group: group2, kind, name, namespace: fields.length === 5 ? fields[2] : "" });
  }
  return { references };
}
function parseMutation(value, loadYaml) {
  let decoded;
  try {
    decoded = loadYaml(value);
  } catch (error2) {
    return { error: error2 instanceof Error ? error2.message.split("\n")[0] : String(error2) };
  }
  if (decoded === null || decoded === void 0) return { references: [] };
  if (!Array.isArray(decoded)) return { error: "expected a list of field substitutions" };
  const references = [];
  for (let i = 0; i < decoded.length; i++) {
    const ref = isMap2(decoded[i]) ? decoded[i]["sourceRef"] : void 0;
    if (!isMap2(ref)) return { error: `substitution ${i} has no sourceRef map` };
    const text = (key) => typeof ref[key] === "string" ? ref[key] : "";
    const group2 = text("group") !== "" ? text("group") : groupOf(text("apiVersion"));
    references.push({ group: group2, kind: text("kind"), namespace: text("namespace"), name: text("name") });
  }
  return { references };
}

// src/manifests/rules/depends-on.ts
var DEPENDENCY_CODE = "KNV2009";
function checkDependencies(objects) {
  if (!objects.some((o) => ANNOTATIONS.dependsOn in o.annotations || ANNOTATIONS.applyTimeMutation in o.annotations)) return [];
  const applied = objects.filter((o) => !isManagementDisabled(o));
  const ids = new Set(applied.map(keyOf));
  const graph = /* @__PURE__ */ new Map();
  const annotated = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of applied) {
    for (const annotation of [ANNOTATIONS.dependsOn, ANNOTATIONS.applyTimeMutation]) {
      const value = o.annotations[annotation];
      if (value === void 0) continue;
      const edges = dependencyEdges(annotation, value, load);
      if ("error" in edges) {
        findings.push(invalid(o, annotation, edges.error));
        continue;
      }
      annotated.set(keyOf(o), { object: o, annotation });
      appendAll(findings, addEdges(o, annotation, edges.references, ids, graph));
    }
  }
  if (graph.size > 0) appendAll(findings, cycleFindings(applied, graph, annotated));
  return findings;
}
function addEdges(o, annotation, references, ids, graph) {
  const from = keyOf(o);
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const ref of references) {
    const to = keyOf(ref);
    if (seen.has(to)) {
      if (annotation === ANNOTATIONS.dependsOn) findings.push(invalid(o, annotation, `duplicate dependency: ${formatReference(o)} -> ${formatReference(ref)}`));
      continue;
    }
    seen.add(to);
    if (!ids.has(to)) {
      const why = `external dependency: ${formatReference(o)} -> ${formatReference(ref)} (the object is not declared in this source; Config Sync only waits for objects it applies from the same RootSync or RepoSync)`;
      findings.push(invalid(o, annotation, why));
      continue;
    }
    let targets = graph.get(from);
    if (targets === void 0) graph.set(from, targets = /* @__PURE__ */ new Set());
    targets.add(to);
  }
  return findings;
}
function cycleFindings(applied, graph, annotated) {
  const crds = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Map();
  for (const o of applied) {
    if (o.group === "apiextensions.k8s.io" && o.kind === "CustomResourceDefinition") crds.set(crdGroupKind(o), keyOf(o));
    if (o.group === "" && o.kind === "Namespace") namespaces.set(o.name, keyOf(o));
  }
  for (const o of applied) {
    const targets = [crds.get(`${o.group}/${o.kind}`), o.namespace === "" ? void 0 : namespaces.get(o.namespace)];
    for (const to of targets) {
      if (to === void 0) continue;
      let set2 = graph.get(keyOf(o));
      if (set2 === void 0) graph.set(keyOf(o), set2 = /* @__PURE__ */ new Set());
      set2.add(to);
    }
  }
  const findings = [];
  for (const cycle of findCycles(graph)) {
    const members = new Set(cycle);
    const message = `cyclic dependency: ${describeEdges(cycle, members, graph)}`;
    for (const key of cycle) {
      const a = annotated.get(key);
      if (a !== void 0) findings.push(invalid(a.object, a.annotation, message));
    }
  }
  return findings;
}
var MAX_EDGES_SHOWN = 10;
function describeEdges(cycle, members, graph) {
  const edges = [];
  for (const from of cycle) for (const to of graph.get(from) ?? []) if (members.has(to)) edges.push(`${from}
${to}`);
  edges.sort();
  const shown = edges.slice(0, MAX_EDGES_SHOWN).map((e) => {
    const [from = "", to = ""] = e.split("\n");
    return `${display(from)} -> ${display(to)}`;
  });
  const more = edges.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more edges` : shown.join(", ");
}
function crdGroupKind(o) {
  const spec = o.source.object["spec"];
  return `${String(spec?.group ?? "")}/${String(spec?.names?.kind ?? "")}`;
}
function display(key) {
  const [group2 = "", kind = "", namespace = "", name = ""] = key.split("\0");
  return formatReference({ group: group2, kind, namespace, name });
}
function invalid(o, annotation, cause) {
  return errorFinding(DEPENDENCY_CODE, o.source.file, o.source.locate(["metadata", "annotations", annotation]), `invalid "${annotation}" annotation: ${cause}`);
}

// src/manifests/rules/final-rules.ts
function unmanagedNamespaces(objects) {
  const unmanaged = new Set(objects.filter((o) => isNamespaceObject(o) && isManagementDisabled(o)).map((o) => o.name));
  if (unmanaged.size === 0) return [];
  const findings = [];
  for (const o of objects) {
    if (o.namespace === "" || !unmanaged.has(o.namespace) || isManagementDisabled(o)) continue;
    findings.push(
      errorFinding(
        "KNV1056",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `Managed resources must not be declared in unmanaged Namespaces. Namespace "${o.namespace}" is declared unmanaged but contains managed resources. Either remove the managed: disabled annotation from Namespace "${o.namespace}" or declare its resources as unmanaged by adding configmanagement.gke.io/managed:disabled annotation.`
      )
    );
  }
  return findings;
}
function confineToRepoNamespace(objects, scope) {
  if (scope.kind === "root") return { objects: [...objects], findings: [] };
  const findings = [];
  const confined = objects.map((o) => {
    if (o.namespace === scope.namespace) return o;
    if (o.namespace === "") return { ...o, namespace: scope.namespace };
    findings.push(
      errorFinding(
        "KNV1058",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `Resources in the "${scope.namespace}" repo must either omit metadata.namespace or declare metadata.namespace="${scope.namespace}"`
      )
    );
    return o;
  });
  return { objects: confined, findings };
}

// src/manifests/rules/scope-rules.ts
function checkScopes(scoped, scope) {
  const findings = [];
  for (const o of scoped.cluster) findings.push(...scope.kind === "root" ? clusterScoped(o) : notInNamespaceRepo(o));
  for (const o of scoped.namespaced) {
    if (o.namespace === "" || !(ANNOTATIONS.namespaceSelector in o.annotations)) continue;
    findings.push(
      errorFinding(
        "KNV1053",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `namespace-scoped resources MUST NOT declare both metadata.namespace and metadata.annotations.${ANNOTATIONS.namespaceSelector}`
      )
    );
  }
  appendAll(findings, selectorCollisions(scoped.cluster.filter(isNamespaceSelector), "NamespaceSelector"));
  return findings;
}
function clusterScoped(o) {
  if (o.namespace !== "") {
    return [errorFinding("KNV1052", o.source.file, o.source.locate(["metadata", "namespace"]), "cluster-scoped resources MUST NOT declare metadata.namespace")];
  }
  if (!(ANNOTATIONS.namespaceSelector in o.annotations)) return [];
  const key = ANNOTATIONS.namespaceSelector;
  return [
    errorFinding(
      "KNV1004",
      o.source.file,
      o.source.locate(["metadata", "annotations", key]),
      `Cluster-scoped objects may not be namespace-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`
    )
  ];
}
function notInNamespaceRepo(o) {
  const version = o.apiVersion.slice(o.apiVersion.indexOf("/") + 1);
  const gvk = o.group === "" ? `/${version}, Kind=${o.kind}` : `${o.group}/${version}, Kind=${o.kind}`;
  return [
    errorFinding(
      "KNV1058",
      o.source.file,
      o.source.locate(["kind"]),
      `Resources in namespace Repos must be Namespace-scoped type, but objects of type ${gvk} are Cluster-scoped. Move ${o.name} to the Root repo.`
    )
  ];
}

// src/manifests/scope/builtin-scopes.ts
var C = "cluster";
var N = "namespace";
var CONFIG_SYNC_CORE_SCOPER = [
  ["", N, "ConfigMap", "Endpoints", "Event", "LimitRange", "PersistentVolumeClaim", "Pod", "PodTemplate", "ReplicationController", "ResourceQuota", "Secret", "ServiceAccount", "Service"],
  ["", C, "Namespace", "Node", "PersistentVolume"],
  ["admissionregistration.k8s.io", C, "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
  ["apiextensions.k8s.io", C, "CustomResourceDefinition"],
  ["apiregistration.k8s.io", C, "APIService"],
  ["apps", N, "ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"],
  ["autoscaling", N, "HorizontalPodAutoscaler"],
  ["batch", N, "CronJob", "Job"],
  ["certificates.k8s.io", C, "CertificateSigningRequest"],
  ["cloud.google.com", N, "BackendConfig"],
  ["coordination.k8s.io", N, "Lease"],
  ["extensions", N, "DaemonSet", "Deployment", "Ingress", "NetworkPolicy", "ReplicaSet"],
  ["extensions", C, "PodSecurityPolicy"],
  ["migration.k8s.io", C, "StorageState", "StorageVersionMigration"],
  ["networking.gke.io", N, "ManagedCertificate", "FrontendConfig", "ServiceNetworkEndpointGroup"],
  ["networking.k8s.io", N, "Ingress", "NetworkPolicy"],
  ["networking.k8s.io", C, "IngressClass"],
  ["node.k8s.io", C, "RuntimeClass"],
  ["nodemanagement.gke.io", N, "UpdateInfo"],
  ["policy", N, "PodDisruptionBudget"],
  ["policy", C, "PodSecurityPolicy"],
  ["rbac.authorization.k8s.io", C, "ClusterRoleBinding", "ClusterRole"],
  ["rbac.authorization.k8s.io", N, "RoleBinding", "Role"],
  ["scalingpolicy.kope.io", N, "ScalingPolicy"],
  ["scheduling.k8s.io", C, "PriorityClass"],
  ["storage.k8s.io", C, "CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
  ["discovery.k8s.io", N, "EndpointSlice"],
  ["snapshot.storage.k8s.io", C, "VolumeSnapshotClass", "VolumeSnapshotContent"],
  ["snapshot.storage.k8s.io", N, "VolumeSnapshot"],
  ["anthos.cloud.google.com", N, "Validator"],
  ["configmanagement.gke.io", C, "ClusterConfig", "ClusterSelector", "ConfigManagement", "HierarchyConfig", "NamespaceConfig", "NamespaceSelector", "Repo", "Sync"],
  ["configsync.gke.io", N, "Environment", "RepoSync", "ResourceGroup", "RootSync"],
  ["clusterregistry.k8s.io", C, "Cluster"],
  ["kpt.dev", N, "Kptfile"]
];
var KUBERNETES_BUILTINS = [
  ["", N, "Binding"],
  ["", C, "ComponentStatus"],
  ["admissionregistration.k8s.io", C, "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"],
  ["authentication.k8s.io", C, "TokenReview", "SelfSubjectReview"],
  ["authorization.k8s.io", C, "SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"],
  ["authorization.k8s.io", N, "LocalSubjectAccessReview"],
  ["certificates.k8s.io", C, "ClusterTrustBundle"],
  ["coordination.k8s.io", N, "LeaseCandidate"],
  ["events.k8s.io", N, "Event"],
  ["flowcontrol.apiserver.k8s.io", C, "FlowSchema", "PriorityLevelConfiguration"],
  ["internal.apiserver.k8s.io", C, "StorageVersion"],
  ["networking.k8s.io", C, "IPAddress", "ServiceCIDR"],
  ["resource.k8s.io", C, "DeviceClass", "ResourceSlice"],
  ["resource.k8s.io", N, "ResourceClaim", "ResourceClaimTemplate"],
  ["storage.k8s.io", C, "VolumeAttributesClass"],
  ["storage.k8s.io", N, "CSIStorageCapacity"],
  ["storagemigration.k8s.io", C, "StorageVersionMigration"],
  ["kpt.dev", N, "ResourceGroup"]
];
var BUILTIN_SCOPES = new Map(
  [...KUBERNETES_BUILTINS, ...CONFIG_SYNC_CORE_SCOPER].flatMap(([group2, scope, ...kinds]) => kinds.map((kind) => [`${group2}/${kind}`, scope]))
);

// src/manifests/scope/scope-resolver.ts
function createScopeResolver(apiResources, crds) {
  const overrides = new Map(apiResources);
  for (const crd of crds) if (crd.served) overrides.set(`${crd.group}/${crd.kind}`, crd.scope);
  return {
    scopeOf(group2, kind) {
      const key = `${group2}/${kind}`;
      return overrides.get(key) ?? BUILTIN_SCOPES.get(key);
    }
  };
}

// src/manifests/scope/split-by-scope.ts
var UNKNOWN_KIND_CODE = "KNV1021";
function splitByScope(objects, resolver) {
  const cluster = [];
  const namespaced = [];
  const unknown = [];
  const findings = [];
  for (const o of objects) {
    const scope = resolver.scopeOf(o.group, o.kind);
    if (scope === "cluster") cluster.push(o);
    else if (scope === "namespace") namespaced.push(o);
    else {
      unknown.push(o);
      findings.push(unknownKind(o));
    }
  }
  return { scoped: { cluster, namespaced, unknown }, findings };
}
function unknownKind(o) {
  const gk = groupKind(o.group, o.kind);
  return {
    code: UNKNOWN_KIND_CODE,
    severity: SEVERITY.warning,
    file: o.source.file,
    line: o.source.locate(["kind"]),
    message: `No CustomResourceDefinition is declared in the source for the type "${gk}", and it is not a built-in Kubernetes type, so its scope cannot be checked offline. Config Sync will look it up on the cluster and retry until a CustomResourceDefinition for "${gk}" exists there. To check it here, declare the CRD or add api-resources.txt (kubectl api-resources > api-resources.txt).`
  };
}

// src/manifests/selection/cluster-selection.ts
function selectForCluster(objects, clusterName) {
  if (!objects.some(takesPartInSelection)) return { objects: [...objects], findings: [] };
  const active = activeSelectors(objects, clusterName);
  if ("findings" in active) return { objects: [], findings: active.findings };
  const findings = [];
  const selected = [];
  const namespaces = /* @__PURE__ */ new Map();
  for (const ns of objects) {
    if (!isNamespaceObject(ns)) continue;
    const state = stateOf(ns, clusterName, active.selectors);
    if (typeof state !== "string") findings.push(state);
    else if (state === "active") selected.push(ns);
    namespaces.set(ns.name, namespaces.get(ns.name) === true || state === "active");
  }
  for (const o of objects) {
    if (isNamespaceObject(o) || isCluster(o) || isClusterSelector(o)) continue;
    if (namespaces.get(o.namespace) === false) continue;
    const state = stateOf(o, clusterName, active.selectors);
    if (typeof state !== "string") findings.push(state);
    else if (state === "active") selected.push(o);
  }
  return { objects: findings.length === 0 ? selected : [], findings };
}
function takesPartInSelection(o) {
  return ANNOTATIONS.legacyClusterSelector in o.annotations || ANNOTATIONS.clusterNameSelector in o.annotations || isCluster(o) || isClusterSelector(o);
}
function clusterNamesOf(objects) {
  const names = /* @__PURE__ */ new Set();
  for (const o of objects) {
    if (isCluster(o)) names.add(o.name);
    const inline = o.annotations[ANNOTATIONS.clusterNameSelector];
    if (inline !== void 0) {
      for (const name of inline.split(",")) if (name.trim() !== "") names.add(name.trim());
    }
  }
  return [...names].sort();
}
function activeSelectors(objects, clusterName) {
  const cluster = objects.find((o) => isCluster(o) && o.name === clusterName);
  const labels = cluster?.labels ?? {};
  const selectors = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of objects) {
    if (!isClusterSelector(o)) continue;
    const reading = readSelectorObject(o);
    if ("finding" in reading) findings.push(reading.finding);
    else selectors.set(o.name, reading.selector.matches(labels));
  }
  return findings.length > 0 ? { findings } : { selectors };
}
function stateOf(o, clusterName, selectors) {
  const legacy = o.annotations[ANNOTATIONS.legacyClusterSelector];
  const inline = o.annotations[ANNOTATIONS.clusterNameSelector];
  if (legacy !== void 0 && inline !== void 0) {
    return errorFinding(
      "KNV1066",
      o.source.file,
      o.source.locate(["metadata", "annotations", ANNOTATIONS.clusterNameSelector]),
      `Config "${o.name}" MUST declare ONLY ONE cluster-selector annotation, but has both inline annotation "${ANNOTATIONS.clusterNameSelector}" and legacy annotation "${ANNOTATIONS.legacyClusterSelector}". To fix, remove one of the annotations.`
    );
  }
  if (inline !== void 0) {
    if (clusterName === void 0) return "inactive";
    const wanted = clusterName.toLowerCase();
    return inline.split(",").some((name) => name.trim().toLowerCase() === wanted) ? "active" : "inactive";
  }
  if (legacy === void 0) return "active";
  const active = selectors.get(legacy);
  if (active !== void 0) return active ? "active" : "inactive";
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.legacyClusterSelector]),
    `Config "${o.name}" MUST refer to an existing ClusterSelector, but has annotation "${ANNOTATIONS.legacyClusterSelector}=${legacy}" which maps to no declared ClusterSelector`
  );
}

// src/manifests/cluster-pass.ts
function validateForCluster(declared, ctx, apiScopes, clusterName) {
  const hierarchy = ctx.sourceFormat === "hierarchy";
  const selection = selectForCluster(hierarchy ? assignDirectoryNamespaces(declared) : declared, clusterName);
  if (selection.findings.length > 0) return selection.findings;
  const resolver = createScopeResolver(apiScopes, declaredCrds(selection.objects));
  const { scoped, findings: warnings } = splitByScope(selection.objects, resolver);
  const stop = (findings) => [...warnings, ...findings];
  const scopeFindings = checkScopes(scoped, ctx.scope);
  if (hasErrors(scopeFindings)) return stop(scopeFindings);
  let final;
  if (hierarchy) {
    const tree = runTreeStage(scoped);
    if ("findings" in tree) return stop(tree.findings);
    final = tree.objects;
  } else {
    const selected = selectNamespaces(scoped, ctx.scope);
    if (selected.findings.length > 0) return stop(selected.findings);
    final = [...selected.scoped.cluster, ...selected.scoped.unknown, ...selected.scoped.namespaced];
  }
  const finalFindings = [...duplicateObjects(final), ...unmanagedNamespaces(final)];
  if (hasErrors(finalFindings)) return stop(finalFindings);
  const confined = confineToRepoNamespace(final, ctx.scope);
  if (confined.findings.length > 0) return stop(confined.findings);
  return stop(checkDependencies(confined.objects));
}

// src/manifests/pipeline.ts
function runPipeline(input) {
  if (input.scope.kind === "namespace" && input.sourceFormat === "hierarchy") return [hierarchyInNamespaceRepo()];
  const findings = [];
  const declared = [];
  for (const o of input.objects) {
    const problems = readChecks(o);
    if (problems.length === 0) declared.push(declareObject(o));
    else findings.push(...problems);
  }
  const readFailed = input.readFailed || findings.length > 0;
  const ctx = { objects: declared, allObjects: input.objects, sourceFormat: input.sourceFormat, scope: input.scope, allowSecrets: input.allowSecrets, readFailed };
  const raw = runRules(rawRulesFor(input.sourceFormat), ctx);
  const apiFindings = input.apiResources?.findings ?? [];
  appendAll(findings, raw);
  appendAll(findings, runRules(ARTIFACT_RULES, ctx));
  appendAll(findings, apiFindings);
  if (readFailed || hasErrors(raw) || hasErrors(apiFindings)) return dedupe(findings);
  appendAll(findings, validateClusters(declared, ctx, input.apiResources));
  return dedupe(findings);
}
function readChecks(o) {
  for (const rule of READ_RULES) {
    const problems = rule.check(o);
    if (problems.length > 0) return problems;
  }
  return NO_FINDINGS;
}
function runRules(rules, ctx) {
  const findings = [];
  for (const rule of rules) {
    if (rule.scope === "set") appendAll(findings, rule.check(ctx));
    else {
      const kinds = rule.kinds;
      for (const o of ctx.objects) {
        if (kinds !== void 0 && !kinds.has(o.kind)) continue;
        const found = rule.check(o, ctx);
        appendAll(findings, found);
      }
    }
  }
  return findings;
}
function validateClusters(declared, ctx, apiResources) {
  const scopes = apiResources?.scopes ?? /* @__PURE__ */ new Map();
  const findings = validateForCluster(declared, ctx, scopes, void 0);
  const seen = new Set(findings.map(findingKey));
  for (const name of clusterNamesOf(declared)) {
    for (const f of validateForCluster(declared, ctx, scopes, name)) {
      if (seen.has(findingKey(f))) continue;
      seen.add(findingKey(f));
      findings.push({ ...f, message: `${f.message} (for cluster "${name}")` });
    }
  }
  return findings;
}
function hierarchyInNamespaceRepo() {
  return errorFinding("KNV1061", ".", 0, "RepoSyncs must use spec.sourceFormat unstructured: a namespace repo cannot use the hierarchy format. To fix, validate it as unstructured, or as a root repo.");
}
function findingKey(f) {
  return `${f.code}\0${f.file}\0${f.line}\0${f.message}`;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/manifests/scope/api-resources.ts
var API_RESOURCES_FILE = "api-resources.txt";
var RERUN = `Re-run "kubectl api-resources > ${API_RESOURCES_FILE}" in the root policy directory`;
function parseApiResources(text, file = API_RESOURCES_FILE) {
  const lines2 = text.split("\n");
  const column = (lines2[0] ?? "").indexOf("APIVERSION");
  if (column === -1) return { scopes: /* @__PURE__ */ new Map(), findings: [errorFinding("KNV1064", file, 1, `unable to find APIVERSION column. ${RERUN}`)] };
  const scopes = /* @__PURE__ */ new Map();
  for (let i = 1; i < lines2.length; i++) {
    const line = lines2[i];
    if (line.length === 0) continue;
    const problem = addLine(scopes, line, column);
    if (problem !== void 0) return { scopes, findings: [errorFinding("KNV1064", file, i + 1, `${problem} in line: ${line.trim()}. ${RERUN}`)] };
  }
  return { scopes, findings: [] };
}
function addLine(scopes, line, column) {
  const fields = line.slice(column).trim().split(/\s+/);
  if (line.length <= column || fields.length < 3) return "expected APIVERSION, NAMESPACED and KIND columns";
  const kind = fields[fields.length - 1];
  const namespaced = fields[fields.length - 2];
  const groupVersion = fields[0].split("/");
  const group2 = groupVersion.length === 2 ? groupVersion[0] : "";
  if (namespaced !== "true" && namespaced !== "false") return `invalid NAMESPACED column value "${namespaced}"`;
  scopes.set(`${group2}/${kind}`, namespaced === "true" ? "namespace" : "cluster");
  return void 0;
}

// src/manifests/kustomize/render.ts
import { copyFile as copyFile2, mkdir as mkdir2, mkdtemp, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join5, relative as relative2, sep as sep3 } from "node:path";

// src/manifests/kustomize/kustomize-runner.ts
import { spawn } from "node:child_process";
import { accessSync, constants as constants3 } from "node:fs";
import { delimiter, join as join3 } from "node:path";
var KustomizeMissingError = class extends ActionError {
};
var DEFAULT_TIMEOUT_MS = 5 * 6e4;
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
function findExecutable(command, env) {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join3(dir, command);
    try {
      accessSync(candidate, constants3.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function kustomizeCommand(dir, env) {
  const flags = ["--load-restrictor", "LoadRestrictionsNone", ...findExecutable("helm", env) === void 0 ? [] : ["--enable-helm"]];
  const kubectl = findExecutable("kubectl", env);
  if (kubectl !== void 0) return { file: kubectl, args: ["kustomize", dir, ...flags] };
  const kustomize = findExecutable("kustomize", env);
  if (kustomize !== void 0) return { file: kustomize, args: ["build", dir, ...flags] };
  throw new KustomizeMissingError("the directory has a kustomization.yaml, which Config Sync renders, but neither kubectl nor kustomize is on PATH to render it here", {
    hint: "Install kubectl (GitHub-hosted runners have it; e.g. azure/setup-kubectl) or kustomize, then run again."
  });
}
async function runKustomize(dir, environment) {
  const { file, args } = kustomizeCommand(dir, environment.env);
  return new Promise((resolve7, reject) => {
    const child = spawn(file, args, { env: toolEnvironment(environment.env), stdio: ["ignore", "pipe", "pipe"], timeout: environment.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    const stdout = [];
    const stderr = [];
    let size = 0;
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) child.kill();
      else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error2) => reject(new KustomizeMissingError(`cannot run ${file}: ${error2.message}`, { cause: error2 })));
    child.on("close", (code3, signal) => {
      if (code3 === 0) return resolve7({ ok: true, output: Buffer.concat(stdout).toString("utf8") });
      const why = signal === null ? "" : size > MAX_OUTPUT_BYTES ? ` (output over ${MAX_OUTPUT_BYTES} bytes)` : ` (stopped by ${signal}, e.g. the ${(environment.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3} s timeout)`;
      resolve7({ ok: false, message: `${kustomizeMessage(Buffer.concat(stderr).toString("utf8"))}${why}` });
    });
  });
}
function toolEnvironment(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|ACTIONS_)/i.test(name)));
}
function kustomizeMessage(stderr) {
  const text = stderr.trim();
  const klog = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
  if (klog?.[1] !== void 0) return klog[1].replace(/\\(.)/g, "$1");
  return text.replace(/^Error: /, "") || "kustomize failed without a message";
}

// src/manifests/kustomize/origins.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join4, relative, resolve as resolve3, sep as sep2 } from "node:path";
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var GENERATOR_FIELDS = {
  ConfigMapGenerator: "configMapGenerator",
  SecretGenerator: "secretGenerator",
  HelmChartInflationGenerator: "helmCharts"
};
function identityOf(object) {
  const metadata = object["metadata"];
  const meta = typeof metadata === "object" && metadata !== null ? metadata : {};
  return [object["apiVersion"], object["kind"], meta["namespace"] ?? "", meta["name"]].map(String).join("|");
}
function originOf(object) {
  const metadata = object["metadata"];
  const annotations = metadata?.["annotations"];
  const text = annotations?.[ORIGIN_ANNOTATION];
  if (typeof text !== "string") return void 0;
  let parsed;
  try {
    parsed = load(text);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const { path, repo, configuredIn, configuredBy } = parsed;
  const generator = typeof configuredBy === "object" && configuredBy !== null ? configuredBy["kind"] : void 0;
  return {
    ...typeof path === "string" ? { path } : {},
    ...typeof repo === "string" ? { repo } : {},
    ...typeof configuredIn === "string" ? { configuredIn } : {},
    ...typeof generator === "string" ? { generator } : {}
  };
}
var SourceMapper = class {
  #parsed = /* @__PURE__ */ new Map();
  #tracedFrom;
  #sourceDir;
  #fallback;
  /** tracedFrom: the directory origin paths are relative to; fallback: the top kustomization file. */
  constructor(tracedFrom, sourceDir, fallback) {
    this.#tracedFrom = tracedFrom;
    this.#sourceDir = sourceDir;
    this.#fallback = fallback;
  }
  /** The rendered object, placed at its source file and line when the origin allows, else at the kustomization. */
  place(rendered, origin) {
    if (origin === void 0 || origin.repo !== void 0) return fixed(rendered, this.#fallback, 0);
    if (origin.path !== void 0) return this.#placeInFile(rendered, this.#sourcePath(origin.path));
    if (origin.configuredIn !== void 0) {
      const file = this.#sourcePath(origin.configuredIn);
      const field = origin.generator === void 0 ? void 0 : GENERATOR_FIELDS[origin.generator];
      return fixed(rendered, file, field === void 0 ? 0 : this.#lineOfKey(file, field) ?? 0);
    }
    return fixed(rendered, this.#fallback, 0);
  }
  /** Forward-slash path relative to the source directory ("../x" when outside it). */
  #sourcePath(originPath) {
    return relative(this.#sourceDir, resolve3(this.#tracedFrom, originPath)).split(sep2).join("/");
  }
  #placeInFile(rendered, file) {
    const source = matchSource(this.#objectsOf(file), rendered);
    if (source === void 0) return fixed(rendered, file, 0);
    return { file, line: source.line, object: rendered, locate: (path) => source.locate(path) };
  }
  #objectsOf(file) {
    let objects = this.#parsed.get(file);
    if (objects === void 0) {
      const text = readText(join4(this.#sourceDir, file));
      objects = text === void 0 ? [] : parseManifestFile(file, text).objects;
      this.#parsed.set(file, objects);
    }
    return objects;
  }
  #lineOfKey(file, key) {
    const text = readText(join4(this.#sourceDir, file));
    return text === void 0 ? void 0 : createLocator(text, 1, "yaml").lineOf([key]);
  }
};
function matchSource(candidates, rendered) {
  const sameKind = candidates.filter((c) => c.object["kind"] === rendered["kind"]);
  const name = nameOf(rendered);
  return sameKind.find((c) => nameOf(c.object) === name) ?? sameKind.find((c) => name.includes(nameOf(c.object))) ?? (sameKind.length === 1 ? sameKind[0] : void 0);
}
function nameOf(object) {
  const metadata = object["metadata"];
  return typeof metadata?.["name"] === "string" ? metadata["name"] : "";
}
function fixed(object, file, line) {
  return { file, line, object, locate: () => line };
}
function readText(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}

// src/manifests/kustomize/render.ts
async function renderSource(tree, kustomization, options = {}) {
  const environment = options.environment ?? { env: process.env };
  const work = await mkdtemp(join5(tmpdir(), "configsync-oci-render-"));
  try {
    const sourceDir = options.fromSources === true ? tree.root : await copyArtifactFiles(tree.entries, join5(work, "artifact"));
    const tracer = join5(work, "origin");
    await writeTracer(tracer, sourceDir);
    const [plain, traced] = await Promise.all([runKustomize(sourceDir, environment), runKustomize(tracer, environment)]);
    if (!plain.ok) {
      const message = plain.message.replaceAll(`${sourceDir}${sep3}`, "").replaceAll(sourceDir, ".");
      return { kustomization, objects: [], findings: [errorFinding(KNV1068, kustomization, 0, `kustomize build failed: ${message}`)] };
    }
    const rendered = parseRendered(plain.output, kustomization);
    const origins = traced.ok ? originsByIdentity(parseRendered(traced.output, kustomization).objects) : /* @__PURE__ */ new Map();
    const mapper = new SourceMapper(tracer, sourceDir, kustomization);
    const objects = rendered.objects.map((o) => mapper.place(o.object, origins.get(identityOf(o.object))?.shift()));
    return { kustomization, output: plain.output, objects, findings: rendered.findings };
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
async function copyArtifactFiles(entries, dir) {
  await mkdir2(dir);
  for (const entry of entries) {
    if (entry.kind === "dir") await mkdir2(join5(dir, entry.path));
    else await copyFile2(entry.absPath, join5(dir, entry.path));
  }
  return dir;
}
async function writeTracer(dir, sourceDir) {
  await mkdir2(dir);
  const base = relative2(dir, sourceDir).split(sep3).join("/");
  await writeFile3(join5(dir, "kustomization.yaml"), `resources:
- ${JSON.stringify(base)}
buildMetadata:
- originAnnotations
`);
}
function parseRendered(output, file) {
  const objects = [];
  const findings = [];
  for (const document of output.split(/^---$/m)) {
    const parsed = parseManifestFile(file, document);
    objects.push(...parsed.objects);
    findings.push(...parsed.findings.map((f) => ({ ...f, line: 0 })));
  }
  return { objects, findings };
}
function originsByIdentity(objects) {
  const origins = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const origin = originOf(o.object);
    if (origin === void 0) continue;
    const key = identityOf(o.object);
    origins.set(key, [...origins.get(key) ?? [], origin]);
  }
  return origins;
}

// src/manifests/kustomize/kustomize-source.ts
async function resolveKustomization(tree, settings = {}) {
  const top = topKustomization(tree);
  if (top === void 0) return { findings: missingTopKustomization(tree) };
  if (settings.sourceFormat === "hierarchy") {
    return { findings: [errorFinding(KNV1068, top, 0, "sourceFormat must be unstructured when Kustomization is needed: Config Sync renders the kustomization and reads the output as unstructured")] };
  }
  const rendered = await renderSource(tree, top, {
    fromSources: settings.render === true,
    ...settings.environment === void 0 ? {} : { environment: settings.environment }
  });
  return { rendered, findings: [] };
}

// src/manifests/validate.ts
var HIERARCHY_DIRS = ["system/", "cluster/", "clusterregistry/", "namespaces/"];
var READ_BATCH = 64;
var UTF8 = { encoding: "utf8" };
function validateObjects(objects, options = {}, input = {}) {
  const findings = runPipeline({
    objects,
    sourceFormat: options.sourceFormat ?? "unstructured",
    scope: options.scope ?? DEFAULT_SCOPE,
    allowSecrets: options.allowSecrets ?? false,
    readFailed: input.readFailed ?? false,
    ...input.apiResources === void 0 ? {} : { apiResources: input.apiResources }
  });
  return sortFindings(findings);
}
async function loadAndValidate(tree, options = {}) {
  const hierarchy = options.sourceFormat === "hierarchy";
  const files = tree.entries.filter(
    (e) => e.kind === "file" && isManifestPath(e.path) && (!hierarchy || HIERARCHY_DIRS.some((d) => e.path.startsWith(d)))
  );
  const kustomize = await resolveKustomization(tree, options);
  const parsed = kustomize.rendered === void 0 ? await readAndParse(files) : [kustomize.rendered];
  const objects = parsed.flatMap((p) => p.objects);
  const readFindings = [...parsed.flatMap((p) => p.findings), ...kustomize.findings];
  const input = { readFailed: hasErrors(readFindings), ...readApiResources(tree) };
  const ruleFindings = validateObjects(objects, options, input);
  const findings = [...readFindings, ...ruleFindings, ...withoutRepeats(await checkSchemas(objects, options), ruleFindings)];
  const rendered = kustomize.rendered?.output;
  return { objects, findings: sortFindings(findings), manifestFiles: files.length, ...rendered === void 0 ? {} : { rendered } };
}
function readApiResources(tree) {
  const file = tree.entries.find((e) => e.kind === "file" && e.path === API_RESOURCES_FILE);
  if (file === void 0 || file.kind !== "file") return {};
  try {
    return { apiResources: parseApiResources(readFileSync3(file.absPath, "utf8")) };
  } catch (error2) {
    return { apiResources: { scopes: /* @__PURE__ */ new Map(), findings: [errorFinding("KNV1064", API_RESOURCES_FILE, 0, `unable to read cached API resources: ${error2.message}`)] } };
  }
}
function withoutRepeats(schemaFindings, ruleFindings) {
  const unknownKinds = new Set(ruleFindings.filter((f) => f.code === "KNV1021").map((f) => `${f.file}:${f.line}`));
  return schemaFindings.filter((f) => f.code !== "CSO2003" || !unknownKinds.has(`${f.file}:${f.line}`));
}
async function checkSchemas(objects, options) {
  if (options.schemaChecks === false) return [];
  const schema2 = await import("./schema-check-7F3XOX76.js");
  return schema2.checkSchemas(objects, options);
}
async function readAndParse(files) {
  const results = [];
  for (let i = 0; i < files.length; i++) {
    results.push(readAndParseOne(files[i]));
    if ((i + 1) % READ_BATCH === 0) await yieldToEventLoop2();
  }
  return results;
}
function readAndParseOne(file) {
  if (file.size > MAX_MANIFEST_BYTES) return { objects: [], findings: [oversizedFinding(file.path, file.size)] };
  let text;
  try {
    text = readFileSync3(file.absPath, UTF8);
  } catch (error2) {
    return { objects: [], findings: [errorFinding("KNV2001", file.path, 0, `cannot read file: ${error2.message}`)] };
  }
  return parseManifestFile(file.path, text);
}

// src/registry/tags.ts
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

// src/publish.ts
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
  const tree = await logger.group("Collect files", async () => {
    const collected = await collectSource(settings.dir, { ignore: settings.ignore });
    logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`);
    return collected;
  });
  const loaded = await logger.group("Validate manifests", async () => {
    const result = await loadAndValidate(tree, settings.render ? { ...settings.validation, render: true } : settings.validation);
    logger.info(`${result.objects.length} objects in ${result.manifestFiles} manifest files, ${summarize(result.findings)}`);
    return { findings: result.findings, manifestFiles: result.manifestFiles, objectCount: result.objects.length, rendered: result.rendered };
  });
  const failure = validationFailure(loaded.findings, settings.failOn ?? FAIL_ON.error, "nothing was pushed");
  if (failure !== void 0) throw failure;
  const workDir = await mkdtemp2(join6(tmpdir2(), "configsync-oci-"));
  try {
    const layer = await logger.group("Pack artifact", async () => {
      const packed = await packLayer(await treeToPack(tree, loaded.rendered, settings.render, workDir), join6(workDir, "layer.tar.gz"));
      logger.info(`layer ${packed.digest} (${packed.size} bytes, tar ${packed.uncompressedSize} bytes)`);
      return packed;
    });
    const image = buildImage(layer, settings.source, settings.annotations);
    const pushed = await settings.reuseExisting?.(image, layer, tags) ?? await logger.group(`Push to ${destination.target.describe()}`, async () => {
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
    await rm3(workDir, { recursive: true, force: true });
  }
}
function countErrors(findings) {
  return findings.filter((f) => f.severity === SEVERITY.error).length;
}
function summarize(findings) {
  const errors = countErrors(findings);
  return `${errors} errors, ${findings.length - errors} warnings`;
}

// src/report/sarif-report.ts
import { mkdir as mkdir3, writeFile as writeFile4 } from "node:fs/promises";
import { dirname, isAbsolute, join as join7, relative as relative3, sep as sep4 } from "node:path";

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
  CSO2004: "An apiVersion the selected Kubernetes version does not serve"
};
var KNV_HELP = "https://g.co/cloud/acm-errors#";
function describeCode(code3) {
  const known = KNV_DESCRIPTIONS[code3] ?? CSO_DESCRIPTIONS[code3];
  const helpUri = /^KNV\d{4}$/.test(code3) ? `${KNV_HELP}${code3.toLowerCase()}` : void 0;
  const shortDescription = known ?? (code3.startsWith("KNV") ? `Config Sync error ${code3}` : `configsync-oci check ${code3}`);
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
            artifactLocation: { uri: artifactUri(root, join7(base.dir, finding.file)), uriBaseId: SRCROOT },
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
  await mkdir3(dirname(path), { recursive: true });
  await writeFile4(path, renderSarif(findings, base));
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
  return relative3(root, file).split(sep4).map(encodeURIComponent).join("/");
}
function isInside(root, dir) {
  const rel = relative3(root, dir);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep4}`) && !isAbsolute(rel);
}

// src/source/source-info.ts
import { execFile } from "node:child_process";
import { readFile as readFile2 } from "node:fs/promises";
import { promisify } from "node:util";
var run = promisify(execFile);
async function detectSourceInfo(dir, env, overrides = {}) {
  const event = await readEvent(env);
  const revision = overrides.revision ?? event?.pull_request?.head?.sha ?? nonEmpty2(env["GITHUB_SHA"]) ?? await gitOutput(dir, ["rev-parse", "HEAD"]);
  const url = overrides.url ?? repositoryUrl(env);
  const created = overrides.created ?? await commitTime(dir, revision, event, env);
  return {
    ...revision === void 0 ? {} : { revision },
    ...url === void 0 ? {} : { url },
    ...created === void 0 ? {} : { created: normalizeTime(created, "created") }
  };
}
async function readEvent(env) {
  const path = nonEmpty2(env["GITHUB_EVENT_PATH"]);
  if (path === void 0) return void 0;
  try {
    return JSON.parse(await readFile2(path, "utf8"));
  } catch {
    return void 0;
  }
}
function repositoryUrl(env) {
  const repository = nonEmpty2(env["GITHUB_REPOSITORY"]);
  if (repository === void 0) return void 0;
  return `${nonEmpty2(env["GITHUB_SERVER_URL"]) ?? "https://github.com"}/${repository}`;
}
async function commitTime(dir, revision, event, env) {
  const head = event?.head_commit;
  if (head?.timestamp !== void 0 && head.id === revision) return head.timestamp;
  if (revision !== void 0) {
    const fromGit = await gitOutput(nonEmpty2(env["GITHUB_WORKSPACE"]) ?? dir, ["show", "-s", "--format=%cI", revision]);
    if (fromGit !== void 0) return fromGit;
  }
  const epoch = nonEmpty2(env["SOURCE_DATE_EPOCH"]);
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
    return nonEmpty2(stdout.trim());
  } catch {
    return void 0;
  }
}
function nonEmpty2(value) {
  return value === void 0 || value === "" ? void 0 : value;
}

// src/registry/oci-layout-reader.ts
import { createHash as createHash3 } from "node:crypto";
import { readFile as readFile3, stat as stat3 } from "node:fs/promises";
import { join as join8, resolve as resolve4 } from "node:path";
var MAX_MANIFEST_BYTES2 = 4 << 20;
var OciLayoutStore = class {
  #path;
  #root;
  constructor(path) {
    this.#path = path;
    this.#root = resolve4(path);
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
    const body = await this.getBlob(entry.digest, MAX_MANIFEST_BYTES2);
    if (body === void 0) return void 0;
    const declared = JSON.parse(body.toString("utf8")).mediaType;
    const mediaType = entry.mediaType ?? (typeof declared === "string" ? declared : MEDIA_TYPE.imageManifest);
    return { mediaType, digest: entry.digest, body };
  }
  async getBlob(digest, maxBytes) {
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`);
    const path = join8(this.#root, "blobs", "sha256", digest.slice("sha256:".length));
    const info2 = await stat3(path).catch(() => void 0);
    if (info2 === void 0) return void 0;
    if (info2.size > maxBytes) {
      throw new ActionError(`blob ${digest} in ${this.describe()} is ${info2.size} bytes, over the ${maxBytes}-byte limit for reading artifacts`);
    }
    const bytes2 = await readFile3(path);
    const actual = `sha256:${createHash3("sha256").update(bytes2).digest("hex")}`;
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
      text = await readFile3(join8(this.#root, "index.json"), "utf8");
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

// src/registry/image-store.ts
var LAYOUT_TAIL = /(?::([^:/@]+)|@(sha256:[0-9a-f]{64}))$/;
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
  let json2;
  try {
    json2 = JSON.parse(fetched.body.toString("utf8"));
  } catch (cause) {
    throw new ActionError(`${where}: the manifest is not JSON`, { cause });
  }
  const record = typeof json2 === "object" && json2 !== null ? json2 : {};
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

// src/diff/artifact-loader.ts
import { stat as stat4, mkdtemp as mkdtemp3, readFile as readFile4, rm as rm4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join9, resolve as resolve5 } from "node:path";

// src/diff/layer-files.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
import { createHash as createHash4 } from "node:crypto";
import { posix } from "node:path";
import { gunzipSync } from "node:zlib";
var MAX_LAYER_BYTES = 32 << 20;
var MAX_TAR_BYTES = 256 << 20;
async function readLayerFiles(layer, where, maxTarBytes = MAX_TAR_BYTES) {
  const tarBytes = isGzip(layer) ? gunzip(layer, where, maxTarBytes) : layer;
  if (tarBytes.length > maxTarBytes) throw new ActionError(`${where}: the layer is ${tarBytes.length} bytes, over ${maxTarBytes}; not read`);
  const files = /* @__PURE__ */ new Map();
  const skipped2 = [];
  const extractor = import_tar_stream2.default.extract();
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
  return { files, diffId: `sha256:${createHash4("sha256").update(tarBytes).digest("hex")}`, tarSize: tarBytes.length, skipped: skipped2 };
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
  const path = posix.normalize(name.replace(/^\/+/, "")).replace(/\/+$/, "");
  if (path === "." || path === "") return void 0;
  if (path === ".." || path.startsWith("../")) throw new ActionError(`${where}: the layer holds a path outside its root: ${name}`);
  return path;
}

// src/diff/artifact-loader.ts
var ArtifactNotFoundError = class extends ActionError {
};
async function loadDiffOperand(operand, options, name) {
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && await isDirectory2(operand)) return loadDirectorySide(operand, options.ignore ?? []);
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
  const tree = await collectSource(resolve5(dir), { ignore: ignore2 });
  const work = await mkdtemp3(join9(tmpdir3(), "configsync-oci-diff-"));
  try {
    const packed = await packLayer(tree, join9(work, "layer.tar.gz"));
    if (packed.size > MAX_LAYER_BYTES) throw new ActionError(`${dir} packs to ${packed.size} bytes, over the ${MAX_LAYER_BYTES}-byte diff limit`);
    const content = await readLayerFiles(await readFile4(packed.path), dir);
    return { label: dir, layerSize: packed.size, content };
  } finally {
    await rm4(work, { recursive: true, force: true });
  }
}
async function isDirectory2(path) {
  return (await stat4(path).catch(() => void 0))?.isDirectory() === true;
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
      const component2 = components[componentPos];
      if (!component2.removed) {
        if (!component2.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component2.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component2.value = this.join(value);
        } else {
          component2.value = this.join(newTokens.slice(newPos, newPos + component2.count));
        }
        newPos += component2.count;
        if (!component2.added) {
          oldPos += component2.count;
        }
      } else {
        component2.value = this.join(oldTokens.slice(oldPos, oldPos + component2.count));
        oldPos += component2.count;
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
var import_yaml3 = __toESM(require_dist(), 1);
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
  return (0, import_yaml3.stringify)(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
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
    old: summarize2(oldSide, before.size),
    new: summarize2(newSide, after.size),
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
function summarize2(side, objects) {
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

// src/retag/stored-artifact.ts
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

// src/rootsync/edit/digest-reference.ts
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

// src/rootsync/git/commit-message.ts
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
  const table = {
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
    const used = [...line.matchAll(PLACEHOLDER)].map((m) => table[m[1]] ?? "");
    if (used.length > 0 && used.every((value) => value === "")) return [];
    return [line.replace(PLACEHOLDER, (_, name) => table[name] ?? "").replace(/[ \t]+$/, "")];
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

// src/rootsync/git/writeback-types.ts
var WRITE_BACK_MODE = { commit: "commit", pullRequest: "pull-request" };
var AUTO_MERGE = ["off", "merge", "squash", "rebase"];

// src/rootsync/git/write-back.ts
import { mkdtemp as mkdtemp4, rm as rm5 } from "node:fs/promises";
import { join as join11 } from "node:path";

// src/rootsync/git/checkout.ts
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
    const which2 = branch === "" ? [] : ["--branch", branch];
    await git.run(["clone", "--quiet", "--depth", "1", "--single-branch", "--no-tags", ...which2, "--", url, dir]);
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

// src/rootsync/git/direct-writeback.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/rootsync/git/git-command.ts
import { spawn as spawn2 } from "node:child_process";
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
  return new Promise((resolve7, reject) => {
    const child = spawn2("git", args, { cwd, env, stdio: ["pipe", "pipe", "pipe"], timeout: TIMEOUT_MS });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (cause) => reject(new WriteBackError("cannot run git", { cause, hint: "install git (2.31 or later) on the runner" })));
    child.on("close", (code3, signal) => {
      const text = Buffer.concat(stderr).toString("utf8");
      resolve7({ code: code3 ?? 128, stdout: Buffer.concat(stdout).toString("utf8"), stderr: signal ? `${text}
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

// src/rootsync/git/worktree-edit.ts
import { lstat as lstat2, readdir as readdir2, readFile as readFile5, realpath as realpath2, writeFile as writeFile5 } from "node:fs/promises";
import { join as join10, relative as relative4, resolve as resolve6, sep as sep5 } from "node:path";

// src/rootsync/edit/edit-yaml.ts
var import_yaml9 = __toESM(require_dist(), 1);

// src/rootsync/edit/document-chunks.ts
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

// src/rootsync/edit/edit-site.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/rootsync/edit/scalar-style.ts
var import_yaml4 = __toESM(require_dist(), 1);
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
function renderInStyleOf(node, value, where) {
  switch (node.type) {
    case import_yaml4.Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case import_yaml4.Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case import_yaml4.Scalar.BLOCK_FOLDED:
    case import_yaml4.Scalar.BLOCK_LITERAL:
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

// src/rootsync/edit/edit-site.ts
function scalarText(node) {
  const value = node.value;
  if (value === null || value === void 0) return "";
  return typeof value === "string" ? value : String(value);
}
function stringValue(node) {
  return (0, import_yaml5.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function scalarSite(text, node, value, what) {
  if (!(0, import_yaml5.isScalar)(node) || !node.range) {
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

// src/rootsync/edit/locate-marker.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/rootsync/edit/block-scalar.ts
var import_yaml6 = __toESM(require_dist(), 1);
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
  const parsed = (0, import_yaml6.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const yaml2 = docs.length > 0 && docs.every((doc) => doc.errors.length === 0 && (0, import_yaml6.isCollection)(doc.contents));
  return yaml2 ? docs : void 0;
}

// src/rootsync/edit/source-text.ts
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
function lineAt2(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const hardEnd = newline === -1 ? text.length : newline;
  const end = hardEnd > start && text[hardEnd - 1] === "\r" ? hardEnd - 1 : hardEnd;
  const eol = newline === -1 ? "" : text.slice(end, newline + 1);
  return { start, end, eol, number: countLines3(text, start) };
}
function countLines3(text, before) {
  let lines2 = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < before; i = text.indexOf("\n", i + 1)) lines2++;
  return lines2;
}
function dominantEol(text) {
  const all = text.split("\n").length - 1;
  const crlf = text.split("\r\n").length - 1;
  return all > 0 && crlf * 2 > all ? "\r\n" : "\n";
}

// src/rootsync/edit/locate-marker.ts
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
      if (inside.type === import_yaml7.Scalar.BLOCK_LITERAL && !nested) blocks.add(inside);
      continue;
    }
    const name = match[1] ?? "";
    const line = lineAt2(text, at);
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
  const line = lineAt2(text, node.range[0]).number + lineBase;
  located.seen.push(...inner.seen.map((seen) => `${seen} in the block scalar at line ${line}`));
  for (const site of inner.sites) {
    const outer = block.toOuter(site);
    located.sites.push({ ...outer, what: `the value marked at line ${lineAt2(text, outer.start).number + lineBase} (in the block scalar at line ${line})` });
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
    (0, import_yaml7.visit)(doc, {
      Scalar(_key, node) {
        if ((0, import_yaml7.isScalar)(node) && node.range) scalars.push(node);
      }
    });
  }
  return scalars;
}

// src/rootsync/edit/locate-sync.ts
var import_yaml8 = __toESM(require_dist(), 1);
var CONFIG_SYNC_GROUP = "configsync.gke.io/";
function locateSyncImages(text, docs, target, image, lineBase = 0) {
  const located = { sites: [], seen: [], warnings: [] };
  for (const doc of docs) {
    const root = doc.contents;
    if (!(0, import_yaml8.isMap)(root)) continue;
    const kind = stringValue(root.get("kind", true));
    if (!SYNC_KINDS.some((k) => k === kind) || !stringValue(root.get("apiVersion", true))?.startsWith(CONFIG_SYNC_GROUP)) continue;
    const metadata = root.get("metadata", true);
    const name = (0, import_yaml8.isMap)(metadata) ? stringValue(metadata.get("name", true)) : void 0;
    const namespace = (0, import_yaml8.isMap)(metadata) ? stringValue(metadata.get("namespace", true)) : void 0;
    const line = lineAt2(text, root.range?.[0] ?? 0).number + lineBase;
    located.seen.push(`${kind} ${namespace ?? "(no namespace)"}/${name ?? "(no name)"} (line ${line})`);
    if (kind !== target.kind || name !== target.name || namespace !== void 0 && namespace !== target.namespace) continue;
    const what = `${kind} ${target.namespace}/${target.name} spec.oci.image (line ${line})`;
    located.sites.push(imageSite(text, root, image, what));
    const spec = root.get("spec", true);
    const sourceType = (0, import_yaml8.isMap)(spec) ? stringValue(spec.get("sourceType", true)) : void 0;
    if (sourceType !== "oci") located.warnings.push(`${what}: spec.sourceType is ${sourceType ?? "not set (git)"}, not oci; Config Sync ignores spec.oci until it is oci`);
  }
  return located;
}
function imageSite(text, root, image, what) {
  const spec = root.get("spec", true);
  const oci = (0, import_yaml8.isMap)(spec) ? spec.get("oci", true) : void 0;
  if ((0, import_yaml8.isAlias)(spec) || (0, import_yaml8.isAlias)(oci)) {
    throw new WriteBackError(`${what}: spec or spec.oci is an alias (*name); the image is left alone`, { hint: "edit the anchored node, or put a marker on the scalar and use target: marker" });
  }
  if (!(0, import_yaml8.isMap)(oci) || oci.items.length === 0) {
    throw new WriteBackError(`${what}: the object has no spec.oci mapping to set the image in`, {
      hint: "add spec.sourceType: oci and spec.oci with image, dir and auth (see the README), then write back"
    });
  }
  const pair = oci.items.find((item) => (0, import_yaml8.isScalar)(item.key) && item.key.value === "image");
  if (pair !== void 0) return scalarSite(text, pair.value, image, what);
  return insertionSite(text, oci, image, what);
}
function insertionSite(text, oci, image, what) {
  const firstKey = oci.items[0]?.key;
  const keyStart = (0, import_yaml8.isScalar)(firstKey) ? firstKey.range?.[0] : void 0;
  if (oci.flow || keyStart === void 0) {
    throw new WriteBackError(`${what}: spec.oci has no image key and is not a block mapping to add one to`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const line = lineAt2(text, keyStart);
  const indent = text.slice(line.start, keyStart);
  if (!/^[ ]*$/.test(indent)) {
    throw new WriteBackError(`${what}: spec.oci has no image key and its first key does not start a line`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const eol = line.eol === "" ? dominantEol(text) : line.eol;
  return { start: line.start, end: line.start, replacement: `${indent}image: ${renderPlain(image, what)}${eol}`, current: void 0, what };
}

// src/rootsync/edit/edit-yaml.ts
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
    located.warnings.push(...part.warnings.map((warning2) => `${file}: ${warning2}`));
  }
  return located;
}
function parseDocuments(text, file, lineBase) {
  const parsed = (0, import_yaml9.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const error2 = docs.flatMap((doc) => doc.errors)[0];
  if (error2 !== void 0) {
    const line = lineAt2(text, error2.pos[0]).number + lineBase;
    throw new WriteBackError(`${file}:${line} is not valid YAML (${error2.code}); it is left alone`, { cause: error2 });
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
    const first = lineAt2(text, site.start);
    const last = lineAt2(text, Math.max(site.start, site.end));
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

// src/rootsync/git/worktree-edit.ts
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var YAML_FILE = /\.ya?ml$/i;
async function editWorktree(root, path, target, image) {
  const start = await insideCheckout(root, path);
  const info2 = await lstat2(start).catch(() => void 0);
  if (info2 === void 0) throw new WriteBackError(`config-repo-path "${path}" does not exist in the config repository`);
  if (info2.isSymbolicLink()) throw new WriteBackError(`config-repo-path "${path}" is a symbolic link; give the file or directory it points to`);
  const single = info2.isFile();
  const files = single ? [start] : await yamlFilesUnder(start);
  const edits = [];
  const warnings = [];
  const seen = [];
  for (const file of files) {
    const name = relative4(root, file).split(sep5).join("/");
    const edit = await editFile(file, name, target, image, single).catch((error2) => {
      if (single || !(error2 instanceof ActionError)) throw error2;
      warnings.push(`${error2.message} (skipped)`);
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
  if (edit.changes.length > 0) await writeFile5(file, edit.text, "utf8");
  return edit;
}
async function insideCheckout(root, path) {
  const realRoot = await realpath2(root);
  const target = resolve6(realRoot, path === "" ? "." : path);
  const real = await realpath2(target).catch(() => target);
  if (real !== realRoot && !real.startsWith(realRoot + sep5)) {
    throw new WriteBackError(`config-repo-path "${path}" leaves the config repository`, { hint: "give a path relative to the repository root, e.g. clusters/prod/root-sync.yaml" });
  }
  return target;
}
async function yamlFilesUnder(dir) {
  const found = [];
  const entries = await readdir2(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const path = join10(dir, entry.name);
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

// src/rootsync/git/direct-writeback.ts
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

// src/rootsync/git/pull-request-host.ts
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

// src/rootsync/git/pull-request-writeback.ts
async function pushAndOpenPullRequest(checkout, settings, message, host, logger) {
  const { branch } = settings.pullRequest;
  const identity = identityEnv(settings.author, settings.committer);
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image);
    const files = changedFiles(edit);
    const common2 = { files: edit.files, warnings: edit.warnings, attempts: attempt - 1 };
    if (files.length === 0) {
      const open2 = await host.findOpen(branch, checkout.branch);
      const stale = open2 === void 0 ? {} : { stalePullRequest: { number: open2.number, url: open2.url } };
      return { status: "unchanged", commitSha: await checkout.revParse("HEAD"), branch: checkout.branch, ...common2, ...stale };
    }
    const sha = await checkout.commit(files, message, identity);
    const seen = await checkout.remoteHead(branch);
    if (seen !== void 0 && await alreadyPushed(checkout, branch, seen, sha)) {
      logger.info(`${branch} already holds this change (${seen}); not pushing`);
      return { status: "pull-request", commitSha: seen, branch, ...common2, pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger) };
    }
    if (await checkout.push(branch, seen ?? "") === "pushed") {
      logger.info(`pushed ${sha} to ${branch}`);
      return { status: "pull-request", commitSha: sha, branch, ...common2, attempts: attempt, pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger) };
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
  let open2 = await host.findOpen(branch, base);
  let pull;
  if (open2 === void 0) {
    pull = await host.create({ ...content, head: branch, base }).catch(async (error2) => {
      open2 = await host.findOpen(branch, base);
      if (open2 === void 0) throw error2;
      return host.update(open2.number, content);
    });
  } else {
    pull = await host.update(open2.number, content);
  }
  if (labels.length > 0) await host.addLabels(pull.number, labels);
  let merge2 = "off";
  if (autoMerge !== "off") {
    try {
      await host.enableAutoMerge(pull, autoMerge);
      merge2 = "enabled";
    } catch (error2) {
      logger.warning(`auto-merge of #${pull.number} was not enabled: ${error2 instanceof Error ? error2.message : String(error2)}`);
      merge2 = "failed";
    }
  }
  return { number: pull.number, url: pull.url, created: open2 === void 0, autoMerge: merge2 };
}

// src/rootsync/git/write-back.ts
var GITHUB_HOST = async (...args) => (await import("./github-pull-requests-EXQTA3HN.js")).githubPullRequests(...args);
async function writeBack(settings, env, logger, hostFactory = GITHUB_HOST) {
  const host = settings.mode === WRITE_BACK_MODE.pullRequest ? await pullRequestHost(settings, hostFactory) : void 0;
  const work = await mkdtemp4(join11(settings.tempDir, "configsync-oci-writeback-"));
  try {
    const git = new Git(work, gitAuth(env, settings.repo, settings.token), logger);
    const checkout = await logger.group(
      `Clone ${describeRepo(settings.repo)} (${settings.branch || "default branch"})`,
      () => Checkout.clone(git, settings.repo.url, settings.branch, join11(work, "repo"))
    );
    const message = renderMessage(settings.message, { ...settings.source, target: describeTarget(settings.target), image: settings.image, digest: digestOf(settings.image) });
    return await logger.group(
      `Write back ${describeTarget(settings.target)}`,
      () => host === void 0 ? commitAndPush(checkout, settings, message, logger) : pushAndOpenPullRequest(checkout, settings, message, host, logger)
    );
  } finally {
    await rm5(work, { recursive: true, force: true });
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

// src/bootstrap/identity.ts
var READER_ROLE = "roles/artifactregistry.reader";
var WORKLOAD_IDENTITY_USER_ROLE = "roles/iam.workloadIdentityUser";
var DOCUMENTED_ROOT_SYNC_NAME2 = 26;
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
  if (ref.kind !== SYNC_KIND.root || ref.name.length <= DOCUMENTED_ROOT_SYNC_NAME2) return [];
  return [
    `RootSync name "${ref.name}" is ${ref.name.length} characters: current Config Sync accepts up to 38, but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME2}, where a longer name fails to sync (KNV2009 on the inventory label)`
  ];
}

// src/bootstrap/commands.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/bootstrap/sync-spec.ts
import { posix as posix2 } from "node:path";
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
  return text === "" ? "." : posix2.normalize(text).replace(/(.)\/+$/, "$1");
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
function createSyncCommand(yaml2, context) {
  return `kubectl${contextFlag(context)} create -f - <<'EOF'
${yaml2.trimEnd()}
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
  return (0, import_yaml10.stringify)(object, { lineWidth: 0 });
}
function contextFlag(context) {
  return context === void 0 ? "" : ` --context ${quote(context)}`;
}
function quote(text) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/bootstrap/iam-policy.ts
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
function planRepository(settings, exists2) {
  const repo = settings.repository;
  const title = "Artifact Registry repository";
  if (repo === void 0 || exists2 === void 0) {
    return { id: STEP.repository, title, current: "-", desired: "-", change: "skip", commands: [], note: `${registryOf(settings.image)} is not an Artifact Registry host: the registry creates repositories its own way` };
  }
  return {
    id: STEP.repository,
    title: `${title} ${repo.resource}`,
    current: exists2 ? "exists" : "missing",
    desired: "exists (docker format)",
    change: exists2 ? "none" : "create",
    commands: exists2 ? [] : [createRepositoryCommand(repo)]
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
  const yaml2 = toYaml(object);
  const base = { id: STEP.sync, title: `${describeSyncRef(ref)} in cluster ${cluster}`, yaml: yaml2, ...repoSyncNote(settings) };
  if (current === void 0) return { ...base, current: "missing", desired: `sourceType oci, image ${image}`, change: "create", commands: [createSyncCommand(yaml2, context)], body: object };
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

// src/bootstrap/policy-update.ts
var PolicyConflictError = class extends ActionError {
};
var DEFAULT_POLICY_RETRY = {
  attempts: 5,
  initialDelayMs: 500,
  sleep: (ms) => new Promise((resolve7) => setTimeout(resolve7, ms))
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
    } catch (error2) {
      if (!(error2 instanceof PolicyConflictError) || attempt >= retry.attempts) throw error2;
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
  for (const warning2 of warnings) ports.logger.warning(warning2);
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
  const exists2 = settings.repository === void 0 || api === void 0 ? void 0 : await api.exists();
  const plan = planRepository(settings, exists2);
  if (plan.change === "create" && !settings.dryRun && api !== void 0) {
    const made = await api.create();
    record(plan, made === "created" ? "created" : "unchanged");
    return true;
  }
  record(plan, outcomeOf(plan, settings.dryRun));
  return exists2 === true;
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
    } catch (error2) {
      if (!(error2 instanceof ClusterError) || error2.status !== 409 || attempt >= MAX_SYNC_ATTEMPTS) throw error2;
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
  } catch (error2) {
    logger.debug(`could not check whether ${store.describe()} holds ${digest}: ${error2 instanceof Error ? error2.message : String(error2)}`);
    return "unknown";
  } finally {
    store.close();
  }
}

// src/bootstrap/google-errors.ts
var RPC_TO_HTTP = { 3: 400, 5: 404, 6: 409, 7: 403, 10: 409, 16: 401 };
function googleCallError(error2, call) {
  const facts = errorFacts(error2);
  const fail = (what, hint) => new GoogleApiError(`${call.operation}: ${what} (${facts.message})`, { cause: error2, hint, ...facts.status === void 0 ? {} : { status: facts.status } });
  if (facts.status === 409 || facts.rpcStatus === "ABORTED") return new PolicyConflictError(`${call.operation}: the policy changed concurrently (${facts.message})`, { cause: error2 });
  if (facts.reason === "SERVICE_DISABLED" || /has not been used in project|it is disabled/i.test(facts.message)) {
    return fail(`the API ${call.api} is not enabled in project ${call.project}`, `enable it: gcloud services enable ${call.api} --project ${call.project}`);
  }
  if (facts.status === 403) return fail(`permission denied: the credential needs ${call.permission}`, call.roleHint);
  if (facts.status === 404 && call.notFound !== void 0) return fail(call.notFound.message, call.notFound.hint);
  if (facts.status === 401) return fail("Google refused the access token", "check google-github-actions/auth (or the access token given); tokens last an hour");
  return fail(`the API answered ${facts.status ?? facts.rpcStatus}`, "see the message; rerun to retry (every step is idempotent)");
}
function isNotFound(error2) {
  return errorFacts(error2).status === 404;
}
function errorFacts(error2) {
  const record = typeof error2 === "object" && error2 !== null ? error2 : {};
  const response = typeof record["response"] === "object" && record["response"] !== null ? record["response"] : {};
  const rawCode = typeof response["status"] === "number" ? response["status"] : record["code"];
  const status = typeof rawCode === "number" ? rawCode < 100 ? RPC_TO_HTTP[rawCode] : rawCode : void 0;
  const body = bodyOf(response["data"]) ?? bodyOf(error2 instanceof Error ? error2.message : void 0);
  const message = typeof body?.message === "string" ? body.message : firstLine2(error2);
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
function firstLine2(error2) {
  const text = error2 instanceof Error ? error2.message : String(error2);
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// src/bootstrap/repository-api.ts
function repositoryApi(target, access2) {
  let client;
  const open2 = () => client ??= openClient(access2);
  const repo = { project: target.project, location: target.location, repository: target.repository };
  return {
    async exists() {
      try {
        await (await open2()).getRepository({ name: target.resource });
        return true;
      } catch (error2) {
        if (isNotFound(error2)) return false;
        throw apiError(error2, "get", repo);
      }
    },
    create: () => ensureRepository(repo, { create: true, labels: target.labels, ...target.description === void 0 ? {} : { description: target.description } }, {
      accessToken: access2.accessToken,
      logger: access2.logger,
      ...access2.endpoint === void 0 ? {} : { endpoint: access2.endpoint }
    }),
    policy: repositoryPolicy(target, open2),
    async close() {
      if (client !== void 0) await (await client).close().catch(() => void 0);
    }
  };
}
function repositoryPolicy(target, open2) {
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
        const [policy] = await (await open2()).getIamPolicy({ resource: target.resource, options: { requestedPolicyVersion: CONDITIONAL_POLICY_VERSION } });
        return normalizePolicy(policy);
      } catch (error2) {
        throw googleCallError(error2, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const [written] = await (await open2()).setIamPolicy({ resource: target.resource, policy: clientPolicy(policy) });
        return normalizePolicy(written);
      } catch (error2) {
        throw googleCallError(error2, call("setIamPolicy"));
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
async function openClient(access2) {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import("./artifact-registry-sdk-LTMRT4M3.js"),
    import("./google-auth-sdk-2LZYIURY.js")
  ]);
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: await access2.accessToken() });
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(access2.endpoint) });
}

// src/bootstrap/service-account-api.ts
var IAM_ENDPOINT_ENV = "CONFIGSYNC_OCI_IAM_ENDPOINT";
var IAM_API = "https://iam.googleapis.com";
function serviceAccountPolicy(email, access2) {
  let client;
  const open2 = () => client ??= openClient2(access2);
  const base = `${(access2.endpoint || IAM_API).replace(/\/+$/, "")}/v1/projects/-/serviceAccounts/${encodeURIComponent(email).replace(/%40/g, "@")}`;
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
        const response = await (await open2()).request({ url: `${base}:getIamPolicy`, method: "POST", params: { "options.requestedPolicyVersion": CONDITIONAL_POLICY_VERSION } });
        return normalizePolicy(response.data);
      } catch (error2) {
        throw googleCallError(error2, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const response = await (await open2()).request({ url: `${base}:setIamPolicy`, method: "POST", data: { policy } });
        return normalizePolicy(response.data);
      } catch (error2) {
        throw googleCallError(error2, call("setIamPolicy"));
      }
    }
  };
}
async function openClient2(access2) {
  const { OAuth2Client } = await import("./google-auth-sdk-2LZYIURY.js");
  const client = new OAuth2Client();
  client.setCredentials({ access_token: await access2.accessToken() });
  return client;
}

// src/bootstrap/bootstrap-adapters.ts
async function bootstrap(request) {
  const { settings, logger, env } = request;
  await loadClusterModule(request.what);
  const { openBootstrapCluster } = await import("./bootstrap-cluster-LXAOLKVS.js");
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

// src/validation-run.ts
async function runValidation(settings, logger) {
  const tree = await logger.group("Collect files", async () => {
    const collected = await collectSource(settings.dir, { ignore: settings.ignore });
    logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`);
    return collected;
  });
  return logger.group("Validate manifests", async () => {
    const loaded = await loadAndValidate(tree, settings.render ? { ...settings.validation, render: true } : settings.validation);
    const { errors, warnings } = countSeverities(loaded.findings);
    logger.info(`${loaded.objects.length} objects in ${loaded.manifestFiles} manifest files, ${errors} errors, ${warnings} warnings`);
    return { findings: loaded.findings, fileCount: tree.fileCount, manifestFiles: loaded.manifestFiles, objectCount: loaded.objects.length };
  });
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
var LABEL_VALUE2 = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
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
    if (!LABEL_VALUE2.test(labelValue)) fail("has a value that is not a Google label value (lowercase letters, digits, _ or -, at most 63)");
    if (Object.hasOwn(labels, key)) fail(`repeats the key ${key}`);
    labels[key] = labelValue;
  }
  return labels;
}
function example(name, value) {
  return name.startsWith("--") ? `${name} ${value}` : `${name}: ${value}`;
}

export {
  summary,
  setSecret,
  getInput,
  setOutput,
  setFailed,
  debug,
  error,
  warning,
  info,
  group,
  DIFF_FORMAT,
  renderDiff,
  renderDiffMarkdown,
  DEFAULT_TARGET,
  parseTarget,
  resolveConfigRepo,
  FORMAT,
  stderrLogger,
  renderFindingsText,
  renderFindingsJson,
  renderPublishResult,
  WRITEBACK_OUTPUT,
  logWriteBack,
  setWriteBackOutputs,
  writeWriteBackSummary,
  renderWriteBackResult,
  parseDuration,
  formatDuration,
  OCI_AUTH,
  digestHex,
  requireRolloutImage,
  defaultOciAuth,
  checkSourceFormat,
  checkGcpServiceAccountEmail,
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
  describeOutcome2 as describeOutcome,
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
  DEFAULT_SCOPE,
  describeSyncScope,
  DEFAULT_ROOT_SYNC,
  parseSourceFormat,
  parseFailOn,
  parseKubernetesVersion,
  parseSyncScope,
  countSeverities,
  failsRun,
  describeFailure,
  loadClusterModule,
  resolveTags,
  publish,
  renderSarif,
  writeSarifFile,
  detectSourceInfo,
  openImageStore,
  sameRepositoryReference,
  namedReference,
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
  WRITEBACK_INPUT,
  ACTIONS_BOT,
  readWriteBackInputs,
  parsePerson,
  parseAutoMerge,
  normalizePath,
  bootstrap,
  bootstrapSettings,
  runValidation
};
//# sourceMappingURL=chunk-A4EZO23B.js.map

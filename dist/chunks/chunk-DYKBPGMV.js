import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/errors.ts
var ActionError = class extends Error {
  /** What the user can do about it, printed after the message. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
};
var InputError = class extends ActionError {
};
var SourceError = class extends ActionError {
};
var MissingSourceError = class extends SourceError {
};
var ManifestValidationError = class extends ActionError {
  findings;
  constructor(message, options) {
    super(message, options.hint === void 0 ? {} : { hint: options.hint });
    this.findings = options.findings;
  }
};
var RegistryError = class extends ActionError {
  status;
  operation;
  constructor(operation, message, options = {}) {
    super(message, options);
    this.operation = operation;
    this.status = options.status;
  }
};
var WriteBackError = class extends ActionError {
};
var GoogleApiError = class extends ActionError {
  /** HTTP status of the API's answer, when there was one. */
  status;
  constructor(message, options = {}) {
    super(message, options);
    this.status = options.status;
  }
};
var ClusterError = class extends ActionError {
  /** HTTP status of the API server's answer, when there was one. */
  status;
  constructor(message, options = {}) {
    super(message, options);
    this.status = options.status;
  }
};
function describeError(error) {
  if (error instanceof ActionError) {
    return error.hint === void 0 ? { message: error.message } : { message: error.message, hint: error.hint };
  }
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}
function causeChain(error) {
  const lines = [];
  let current = error;
  for (let depth = 0; current !== void 0 && depth < 10; depth++) {
    if (current instanceof Error) {
      lines.push(current.stack ?? `${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      lines.push(String(current));
      current = void 0;
    }
  }
  return lines;
}

export {
  ActionError,
  InputError,
  SourceError,
  MissingSourceError,
  ManifestValidationError,
  RegistryError,
  WriteBackError,
  GoogleApiError,
  ClusterError,
  describeError,
  causeChain
};
//# sourceMappingURL=chunk-DYKBPGMV.js.map

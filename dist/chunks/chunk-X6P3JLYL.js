import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  collectSource
} from "./chunk-ZI5DKXYO.js";
import {
  countSeverities
} from "./chunk-BPHO5FMR.js";
import {
  closingOnError,
  startValidator
} from "./chunk-MVSR6PJE.js";

// src/pipeline/validation-run.ts
async function runValidation(settings, logger) {
  const { tree, summary } = await collectAndValidate(settings, logger);
  return {
    findings: summary.findings,
    fileCount: tree.fileCount,
    manifestFiles: summary.manifestFiles,
    objectCount: summary.objectCount
  };
}
async function collectAndValidate(settings, logger) {
  const validator = startValidator(
    settings.render ? { ...settings.validation, render: true } : settings.validation
  );
  return closingOnError(validator, async () => {
    const tree = await logger.group("Collect files", async () => {
      const collected = await collectSource(settings.dir, { ignore: settings.ignore });
      logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`);
      return collected;
    });
    const summary = await logger.group("Validate manifests", async () => {
      const validated = await validator.validate(tree);
      const { errors, warnings } = countSeverities(validated.findings);
      logger.info(
        `${validated.objectCount} objects in ${validated.manifestFiles} manifest files, ${errors} errors, ${warnings} warnings`
      );
      return validated;
    });
    return { tree, summary };
  });
}

export {
  runValidation,
  collectAndValidate
};
//# sourceMappingURL=chunk-X6P3JLYL.js.map

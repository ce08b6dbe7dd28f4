import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VERIFY_FLAGS_HELP,
  VERIFY_FLAG_OPTIONS,
  readVerifyFlags
} from "./chunk-636K7BNQ.js";
import {
  REGISTRY_FLAG_OPTIONS,
  readRegistryFlags
} from "./chunk-DX4CVWKC.js";
import {
  TIMEOUT_FLAG_OPTION,
  readTimeoutFlag
} from "./chunk-UKZ4ZHOA.js";
import {
  findStoredArtifact,
  retagArtifact
} from "./chunk-6G3VR2QJ.js";
import "./chunk-T4V2U2KT.js";
import {
  openImageStore
} from "./chunk-KSA2LMZT.js";
import {
  requireVerified
} from "./chunk-3MGMBFCM.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-T3S3P4CL.js";
import "./chunk-LOOKIQUP.js";
import "./chunk-EY52L45C.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-XIYLFDQZ.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat
} from "./chunk-Y4E5J6JL.js";
import {
  FORMAT,
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/promote.ts
var PROMOTE_USAGE = `Usage: configsync-oci promote FROM TAG... [options]

Adds TAGs to the artifact FROM names, in the same repository: nothing is
packed or uploaded, and the digest stays FROM's (promote a tested digest to
prod). FROM is REGISTRY/REPO:TAG, REGISTRY/REPO@sha256:\u2026 or
oci-layout:PATH[:TAG|@sha256:\u2026]. With a verification policy (--key or a
keyless identity, as for verify; Node 22+), a digest that does not verify
is not tagged.

${VERIFY_FLAGS_HELP}  --format text|json     result format on stdout                          (default text)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  --timeout DURATION     deadline for all registry work, e.g. 30s, 5m (default 10m)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)
`;
var promoteCommand = {
  name: "promote",
  summary: SUMMARY.promote,
  usage: PROMOTE_USAGE,
  run: runPromote
};
async function runPromote(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      verbose: { type: "boolean", short: "v" },
      ...REGISTRY_FLAG_OPTIONS,
      ...TIMEOUT_FLAG_OPTION,
      ...VERIFY_FLAG_OPTIONS
    },
    "promote"
  );
  if (values["help"] === true) {
    io.stdout(PROMOTE_USAGE);
    return EXIT.ok;
  }
  const [from, ...tags] = positionals;
  if (from === void 0 || tags.length === 0) {
    throw new UsageError("promote takes FROM and at least one TAG", {
      hint: "configsync-oci promote ghcr.io/acme/config@sha256:\u2026 prod"
    });
  }
  const format = parseFormat(values["format"]);
  const policy = await readVerifyFlags(values);
  if (policy !== void 0 && from.startsWith("oci-layout:"))
    throw new UsageError("a verification policy needs FROM in a registry, not an OCI layout");
  const registry = await readRegistryFlags(values, io, "promote");
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const { store, reference } = openImageStore(
    from,
    { ...registry, registry: { deadline: readTimeoutFlag(values) }, logger },
    "FROM"
  );
  try {
    if (reference === void 0 && !from.startsWith("oci-layout:"))
      throw new UsageError(`FROM "${from}" names no tag or digest`, {
        hint: "write REPOSITORY:TAG or REPOSITORY@sha256:\u2026"
      });
    const artifact = await findStoredArtifact(store, reference ?? "");
    if (artifact === void 0) throw new ActionError(`${from} does not exist in ${store.describe()}`);
    await requireVerified(
      "promote",
      `${store.describe()}@${artifact.manifest.digest}`,
      policy,
      { ...registry, logger },
      logger
    );
    const pushed = await retagArtifact(store, artifact, tags, logger);
    io.stdout(
      format === FORMAT.json ? `${JSON.stringify({ digest: pushed.digest, image: pushed.reference, tags: pushed.tags, uploadedBlobs: pushed.uploadedBlobs }, null, 2)}
` : `image:  ${pushed.reference}
tags:   ${pushed.tags.join(", ")}
`
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
export {
  promoteCommand
};
//# sourceMappingURL=promote-SPEPBWV4.js.map

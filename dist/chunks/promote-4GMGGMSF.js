import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VERIFY_FLAGS_HELP,
  VERIFY_FLAG_OPTIONS,
  readVerifyFlags
} from "./chunk-J3SMTW4P.js";
import {
  REGISTRY_FLAG_OPTIONS,
  readRegistryFlags
} from "./chunk-2DAO3TKN.js";
import {
  TIMEOUT_FLAG_OPTION,
  readTimeoutFlag
} from "./chunk-5XYONMHJ.js";
import {
  findStoredArtifact,
  retagArtifact
} from "./chunk-C6HXJ4BT.js";
import {
  requireVerified
} from "./chunk-APFVGLPX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-RRFEEVWN.js";
import {
  openImageStore
} from "./chunk-OHUZL7IO.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-L6XNQ4FG.js";
import "./chunk-76FZDWC2.js";
import "./chunk-XQRQAPIS.js";
import "./chunk-A3OM5JZ6.js";
import "./chunk-4SAUI5IW.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-AC7DR5AB.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-FNIFEBH3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-RFQAH6NP.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat
} from "./chunk-N2B6QKU2.js";
import {
  FORMAT,
  stderrLogger
} from "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";

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
//# sourceMappingURL=promote-4GMGGMSF.js.map

import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/cli/usage.ts
function mainUsage(commands) {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `configsync-oci: validate, pack and push Kubernetes configuration as an OCI artifact

Usage:
  configsync-oci COMMAND [options]
  configsync-oci help [COMMAND]
  configsync-oci --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes: 0 success, 1 validation errors or a failed operation, 2 usage errors.
Run "configsync-oci help COMMAND" for the options of a command.
validate, publish, write-back, diff and promote work on Node 20 and later; status, rollout and verify need Node 22 or later.
bootstrap needs Node 22 or later too (the cluster client).
`;
}
var VALIDATION_FLAGS_HELP = `  --source-format unstructured|hierarchy
                         spec.sourceFormat of the RootSync/RepoSync       (default unstructured)
  --root-sync NAME       the RootSync that syncs DIR (a root repo)        (default root-sync)
  --repo-sync NS/NAME    the RepoSync that syncs DIR (a namespace repo); not with --root-sync
  --allow-secrets        allow Secrets with data or stringData (anyone who can
                         pull the image can read them)
  --no-schema-checks     skip the OpenAPI schema checks of built-in kinds and CRs
  --kubernetes-version 1.N
                         Kubernetes minor version of the schemas          (default newest bundled)
  --render               hydrated artifact: publish packs the rendered output of
                         a root kustomization.yaml instead of the sources
  --fail-on error|warning
                         which findings fail the run                      (default error)
`;
var PUBLISH_USAGE = `Usage: configsync-oci publish --image REF [--dir DIR] [options]

Validates the manifests in DIR, packs DIR into one deterministic tar+gzip layer
and pushes it as an OCI image tagged with the commit SHA (and --tag values).
Nothing is pushed when validation finds an error.

  --image REF            registry repository, optionally with a tag
                         (us-docker.pkg.dev/PROJECT/REPO/NAME[:TAG], ghcr.io/OWNER/NAME,
                         127.0.0.1:5000/NAME), or oci-layout:PATH[:TAG] to write
                         an OCI image layout on disk instead of pushing   (required)
  --dir DIR              directory to publish                             (default .)
  -t, --tag TAG          extra tag; repeatable
  -a, --annotation K=V   manifest annotation; repeatable
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
                         (added to .configsyncignore and the built-in exclusions)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  --access-token-stdin   read a Google access token from stdin (Artifact Registry,
                         gcr.io); without it Google hosts use Application Default
                         Credentials. Without --username, the Docker config
                         (credHelpers, credsStore, auths) is used next
  --retries N            retries of a failed request or upload (429, 5xx,
                         resets), 0 to 10                                 (default 4)
  --timeout DURATION     deadline for all registry work, e.g. 30s, 5m, 1h (default 10m)
  --mount-from REPO      repository of the same registry to mount blobs from
                         instead of uploading them; repeatable
  --create-repository    create the Artifact Registry repository if missing
  --repository-description TEXT, --repository-label K=V (repeatable)
                         for a repository that --create-repository creates
  --revision SHA         commit SHA (default: GITHUB_SHA, else git HEAD of DIR)
  --source-url URL       repository URL annotation (default: from GITHUB_REPOSITORY)
  --created TIME         creation time annotation (default: the commit time)
  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)

Signing (Node 22+; the manifest is pushed by digest, signed and attached,
then tagged: a signing failure writes no tag):
  --sign none|key        sign the pushed digest                           (default none)
  --signing-key FILE|-   ECDSA P-256 private key, PKCS#8 PEM (- reads stdin)
  --signature-format bundle|legacy|both
                         cosign v3 bundle referrer, the sha256-<hex>.sig
                         tag (Config Sync webhook), or both               (default bundle)
  --no-attest            do not attach the validation attestation

Validation (as for validate; nothing is pushed when it fails):
${VALIDATION_FLAGS_HELP}`;
var VALIDATE_USAGE = `Usage: configsync-oci validate [DIR | --dir DIR] [--format text|json|sarif] [options]

Checks every .yaml/.yml/.json file under DIR (default .) as Config Sync reads
it and prints the findings with code, file and line: as text grouped by file,
as JSON {"findings":[{"code","severity","file","line","message"}]}, or as a
SARIF 2.1.0 log for github/codeql-action/upload-sarif (paths relative to the
git checkout that holds DIR). Pushes nothing.
Exits 1 when any finding is an error (or a warning, with --fail-on warning),
2 on usage errors.

  --format text|json|sarif  output format                                 (default text)
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
${VALIDATION_FLAGS_HELP}`;

export {
  mainUsage,
  PUBLISH_USAGE,
  VALIDATE_USAGE
};
//# sourceMappingURL=chunk-H5HQXDAA.js.map

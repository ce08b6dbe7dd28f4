/** The CLI's help texts: the reference for every command and flag. */
/** The main help, listing every command. */
export function mainUsage(commands: readonly { name: string; summary: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return `configsync-oci: validate, pack and push Kubernetes configuration as an OCI artifact

Usage:
  configsync-oci COMMAND [options]
  configsync-oci help [COMMAND]
  configsync-oci --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes: 0 success, 1 validation errors or a failed operation, 2 usage errors.
Run "configsync-oci help COMMAND" for the options of a command.
validate and publish work on Node 20 and later.
`
}

export const PUBLISH_USAGE = `Usage: configsync-oci publish --image REF [--dir DIR] [options]

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
  --revision SHA         commit SHA (default: GITHUB_SHA, else git HEAD of DIR)
  --source-url URL       repository URL annotation (default: from GITHUB_REPOSITORY)
  --created TIME         creation time annotation (default: the commit time)
  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)
`

export const VALIDATE_USAGE = `Usage: configsync-oci validate [DIR] [--format text|json] [--ignore PATTERN]...

Checks every .yaml/.yml/.json file under DIR (default .) as Config Sync reads
it and prints the findings with code, file and line. JSON output is
{"findings":[{"code","severity","file","line","message"}]}.
Exits 1 when any finding is an error, 2 on usage errors.

  --format text|json     output format                                    (default text)
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
`

import { readTimeoutFlag, TIMEOUT_FLAG_OPTION } from '../push-flags.ts'
import { ActionError } from '../../errors.ts'
import { openImageStore } from '../../registry/open-image-store.ts'
import { FORMAT, stderrLogger } from '../../report/text-report.ts'
import { findStoredArtifact, retagArtifact } from '../../tags/stored-artifact.ts'
import { EXIT, parseCommandArgs, parseFormat, UsageError, type CliCommand, type CliIo } from '../args.ts'
import { readRegistryFlags, REGISTRY_FLAG_OPTIONS } from '../registry-flags.ts'
import { SUMMARY } from '../command-summaries.ts'
import { readVerifyFlags, VERIFY_FLAG_OPTIONS, VERIFY_FLAGS_HELP } from '../verify-flags.ts'
import { requireVerified } from '../../signing/verify-target.ts'

const PROMOTE_USAGE = `Usage: configsync-oci promote FROM TAG... [options]

Adds TAGs to the artifact FROM names, in the same repository: nothing is
packed or uploaded, and the digest stays FROM's (promote a tested digest to
prod). FROM is REGISTRY/REPO:TAG, REGISTRY/REPO@sha256:… or
oci-layout:PATH[:TAG|@sha256:…]. With a verification policy (--key or a
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
`

/** `configsync-oci promote FROM TAG…` (Node 20 and later). */
export const promoteCommand: CliCommand = {
  name: 'promote',
  summary: SUMMARY.promote,
  usage: PROMOTE_USAGE,
  run: runPromote,
}

async function runPromote(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      ...REGISTRY_FLAG_OPTIONS,
      ...TIMEOUT_FLAG_OPTION,
      ...VERIFY_FLAG_OPTIONS,
    },
    'promote',
  )
  if (values['help'] === true) {
    io.stdout(PROMOTE_USAGE)
    return EXIT.ok
  }
  const [from, ...tags] = positionals
  if (from === undefined || tags.length === 0) {
    throw new UsageError('promote takes FROM and at least one TAG', {
      hint: 'configsync-oci promote ghcr.io/acme/config@sha256:… prod',
    })
  }
  const format = parseFormat(values['format'])
  const policy = await readVerifyFlags(values)
  if (policy !== undefined && from.startsWith('oci-layout:'))
    throw new UsageError('a verification policy needs FROM in a registry, not an OCI layout')
  const registry = await readRegistryFlags(values, io, 'promote')
  const logger = stderrLogger({ verbose: values['verbose'] === true, quiet: values['quiet'] === true })
  const { store, reference } = openImageStore(
    from,
    { ...registry, registry: { deadline: readTimeoutFlag(values) }, logger },
    'FROM',
  )
  try {
    if (reference === undefined && !from.startsWith('oci-layout:'))
      throw new UsageError(`FROM "${from}" names no tag or digest`, {
        hint: 'write REPOSITORY:TAG or REPOSITORY@sha256:…',
      })
    const artifact = await findStoredArtifact(store, reference ?? '')
    if (artifact === undefined) throw new ActionError(`${from} does not exist in ${store.describe()}`)
    await requireVerified(
      'promote',
      `${store.describe()}@${artifact.manifest.digest}`,
      policy,
      { ...registry, logger },
      logger,
    )
    const pushed = await retagArtifact(store, artifact, tags, logger)
    io.stdout(
      format === FORMAT.json
        ? `${JSON.stringify({ digest: pushed.digest, image: pushed.reference, tags: pushed.tags, uploadedBlobs: pushed.uploadedBlobs }, null, 2)}\n`
        : `image:  ${pushed.reference}\ntags:   ${pushed.tags.join(', ')}\n`,
    )
    return EXIT.ok
  } finally {
    store.close()
  }
}

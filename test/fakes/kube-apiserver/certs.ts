import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A self-signed server certificate for 127.0.0.1 and its key, as PEM. */
export interface ServerCertificate {
  readonly certPem: string
  readonly keyPem: string
  /** The certificate file (it is its own CA). */
  readonly caFile: string
}

/** Makes a P-256 certificate for CN/SAN 127.0.0.1 with openssl, in `dir`. */
export async function makeServerCertificate(dir: string): Promise<ServerCertificate> {
  const caFile = join(dir, 'apiserver.crt')
  const keyFile = join(dir, 'apiserver.key')
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '3',
    '-keyout',
    keyFile,
    '-out',
    caFile,
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ])
  return { certPem: await readFile(caFile, 'utf8'), keyPem: await readFile(keyFile, 'utf8'), caFile }
}

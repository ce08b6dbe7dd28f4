import { createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { InputError } from '../errors.ts'

/**
 * The signer port: what the signing pipeline needs from a key, a keyless
 * (Fulcio) identity, or later a KMS. Adding a signer means implementing
 * this; the pipeline does not change.
 */
export interface Signer {
  /** ECDSA (or other) signature over the bytes, DER as cosign stores it. */
  sign(bytes: Buffer): Promise<Buffer>
  /** Who or what signs: public key material, or a certificate identity. */
  readonly identity: SignerIdentity
}

/** Key material a verifier needs. */
export type SignerIdentity =
  | {
      readonly kind: 'public-key'
      readonly publicKeyPem: string
      /** SPKI DER */ readonly publicKeyDer: Buffer
    }
  | {
      readonly kind: 'certificate'
      readonly certificatePem: string
      readonly issuer: string
      readonly subject: string
    }

/** Header lines of cosign's own encrypted key format (scrypt + secretbox), which is not PKCS#8. */
const ENCRYPTED_COSIGN = /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/

/**
 * A key signer from an ECDSA P-256 private key in PKCS#8 (or SEC1) PEM.
 * Errors name the input and what was expected, never the key material.
 */
export function keySigner(pem: string, inputName: string): Signer {
  const key = readPrivateKey(pem, inputName)
  const publicKey = createPublicKey(key)
  const identity: SignerIdentity = {
    kind: 'public-key',
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicKeyDer: publicKey.export({ type: 'spki', format: 'der' }),
  }
  return {
    identity,
    sign: async (bytes) => cryptoSign('sha256', bytes, key),
  }
}

function readPrivateKey(pem: string, inputName: string): KeyObject {
  const expected = 'an unencrypted ECDSA P-256 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)'
  if (ENCRYPTED_COSIGN.test(pem)) {
    throw new InputError(`${inputName} is a cosign encrypted key, which configsync-oci cannot read`, {
      hint: `give ${expected}, e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem`,
    })
  }
  if (!pem.includes('-----BEGIN'))
    throw new InputError(`${inputName} holds no PEM key`, { hint: `expected ${expected}` })
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    // The cause is not kept: OpenSSL messages can quote parts of the input.
    throw new InputError(
      `${inputName} is not a readable private key (malformed or passphrase-protected PEM)`,
      { hint: `expected ${expected}` },
    )
  }
  const type = key.asymmetricKeyType
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (type !== 'ec' || curve !== 'prime256v1') {
    const found = type === 'ec' ? `an EC key on curve ${curve ?? 'unknown'}` : `a ${type ?? 'unknown'} key`
    throw new InputError(`${inputName} is ${found}, not ECDSA P-256`, { hint: `expected ${expected}` })
  }
  return key
}

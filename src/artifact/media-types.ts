/** Media types and annotation keys, defined once. */
export const MEDIA_TYPE = {
  /** https://github.com/opencontainers/image-spec/blob/v1.1.0/manifest.md */
  imageManifest: 'application/vnd.oci.image.manifest.v1+json',
  imageIndex: 'application/vnd.oci.image.index.v1+json',
  imageConfig: 'application/vnd.oci.image.config.v1+json',
  layerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const

/** https://github.com/opencontainers/image-spec/blob/v1.1.0/annotations.md */
export const ANNOTATION = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
  refName: 'org.opencontainers.image.ref.name',
} as const

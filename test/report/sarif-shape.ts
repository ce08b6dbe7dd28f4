/**
 * The SARIF 2.1.0 structure our logs must have, written from the OASIS
 * schema (sarif-schema-2.1.0.json, definitions sarifLog, run, tool,
 * toolComponent, reportingDescriptor, reportingConfiguration, result,
 * location, physicalLocation, artifactLocation, region, message,
 * multiformatMessageString): their required properties, enums and bounds,
 * and `additionalProperties: false` with each definition's full property
 * list, so a misspelt property fails. On top, what GitHub's upload-sarif
 * needs: message text, a ruleId, a located result with a start line.
 * Checked offline with ajv.
 */
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

const propertyBag = { type: 'object' }
const text = { type: 'string' }
const uri = { type: 'string', format: 'uri' }
// Properties the schema allows that we never write: present, any value is accepted.
const allowed = (names: string): Record<string, object> =>
  Object.fromEntries(names.split(',').map((n) => [n, {}]))

const definitions = {
  multiformatMessageString: {
    type: 'object',
    additionalProperties: false,
    required: ['text'],
    properties: { text, markdown: text, properties: propertyBag },
  },
  message: {
    type: 'object',
    additionalProperties: false,
    // The schema requires text or id; upload-sarif needs text.
    required: ['text'],
    properties: {
      text,
      markdown: text,
      id: text,
      arguments: { type: 'array', items: text },
      properties: propertyBag,
    },
  },
  reportingConfiguration: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean' },
      level: { enum: ['none', 'note', 'warning', 'error'] },
      rank: { type: 'number' },
      parameters: propertyBag,
      properties: propertyBag,
    },
  },
  reportingDescriptor: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'shortDescription'],
    properties: {
      ...allowed(
        'deprecatedIds,guid,deprecatedGuids,name,deprecatedNames,fullDescription,messageStrings,help,relationships,properties',
      ),
      id: { type: 'string', pattern: '^(KNV\\d{4}|CSO\\d{4}|[A-Z]+\\d+)$' },
      shortDescription: { $ref: '#/definitions/multiformatMessageString' },
      defaultConfiguration: { $ref: '#/definitions/reportingConfiguration' },
      helpUri: uri,
    },
  },
  toolComponent: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'version', 'informationUri', 'rules'],
    properties: {
      ...allowed(
        'guid,organization,product,productSuite,shortDescription,fullDescription,fullName,dottedQuadFileVersion,releaseDateUtc,downloadUri,globalMessageStrings,notifications,taxa,locations,language,contents,isComprehensive,localizedDataSemanticVersion,minimumRequiredLocalizedDataSemanticVersion,associatedComponent,translationMetadata,supportedTaxonomies,properties',
      ),
      name: text,
      version: text,
      semanticVersion: text,
      informationUri: uri,
      rules: { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/reportingDescriptor' } },
    },
  },
  region: {
    type: 'object',
    additionalProperties: false,
    required: ['startLine'],
    properties: {
      ...allowed(
        'startColumn,endLine,endColumn,charOffset,charLength,byteOffset,byteLength,snippet,message,sourceLanguage,properties',
      ),
      startLine: { type: 'integer', minimum: 1 },
    },
  },
  artifactLocation: {
    type: 'object',
    additionalProperties: false,
    required: ['uri', 'uriBaseId'],
    properties: {
      ...allowed('index,description,properties'),
      // Relative to %SRCROOT%: no scheme, no leading slash, no parent steps.
      uri: {
        type: 'string',
        format: 'uri-reference',
        pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)(?!\\.\\./)',
      },
      uriBaseId: { const: '%SRCROOT%' },
    },
  },
  physicalLocation: {
    type: 'object',
    additionalProperties: false,
    required: ['artifactLocation', 'region'],
    properties: {
      ...allowed('address,contextRegion,properties'),
      artifactLocation: { $ref: '#/definitions/artifactLocation' },
      region: { $ref: '#/definitions/region' },
    },
  },
  location: {
    type: 'object',
    additionalProperties: false,
    required: ['physicalLocation'],
    properties: {
      ...allowed('id,logicalLocations,message,annotations,relationships,properties'),
      physicalLocation: { $ref: '#/definitions/physicalLocation' },
    },
  },
  result: {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'level', 'message', 'locations'],
    properties: {
      ...allowed(
        'rule,kind,analysisTarget,guid,correlationGuid,occurrenceCount,partialFingerprints,fingerprints,stacks,codeFlows,graphs,graphTraversals,relatedLocations,suppressions,baselineState,rank,attachments,hostedViewerUri,workItemUris,provenance,fixes,taxa,webRequest,webResponse,properties',
      ),
      ruleId: text,
      ruleIndex: { type: 'integer', minimum: 0 },
      level: { enum: ['warning', 'error'] },
      message: { $ref: '#/definitions/message' },
      // upload-sarif keeps at most 10 locations per result.
      locations: { type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/definitions/location' } },
    },
  },
  run: {
    type: 'object',
    additionalProperties: false,
    required: ['tool', 'results'],
    properties: {
      ...allowed(
        'invocations,conversion,language,versionControlProvenance,originalUriBaseIds,artifacts,logicalLocations,graphs,automationDetails,runAggregates,baselineGuid,redactionTokens,defaultEncoding,defaultSourceLanguage,newlineSequences,externalPropertyFileReferences,threadFlowLocations,taxonomies,addresses,translations,policies,webRequests,webResponses,specialLocations,properties',
      ),
      tool: {
        type: 'object',
        additionalProperties: false,
        required: ['driver'],
        properties: {
          driver: { $ref: '#/definitions/toolComponent' },
          extensions: { type: 'array' },
          properties: propertyBag,
        },
      },
      columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
      results: { type: 'array', items: { $ref: '#/definitions/result' } },
    },
  },
}

const SARIF_LOG_SHAPE = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runs'],
  properties: {
    $schema: uri,
    version: { const: '2.1.0' },
    // We write exactly one run.
    runs: { type: 'array', minItems: 1, maxItems: 1, items: { $ref: '#/definitions/run' } },
    inlineExternalProperties: { type: 'array' },
    properties: propertyBag,
  },
  definitions,
}

const ajv = new Ajv({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(SARIF_LOG_SHAPE)

/** The problems with a SARIF log's shape, as "path: message" lines; empty when it conforms. */
export function sarifShapeProblems(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
  )
}

/** Cross-references the schema cannot express: each result's rule exists at its ruleIndex, every rule is used. */
export function sarifReferenceProblems(log: {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[]
}): string[] {
  const problems: string[] = []
  for (const run of log.runs) {
    const ids = run.tool.driver.rules.map((r) => r.id)
    if (new Set(ids).size !== ids.length) problems.push('rule ids repeat')
    for (const [i, result] of run.results.entries()) {
      if (result.ruleIndex !== undefined && ids[result.ruleIndex] !== result.ruleId)
        problems.push(`results[${i}]: ruleIndex does not point at ${result.ruleId}`)
      if (!ids.includes(result.ruleId))
        problems.push(`results[${i}]: rule ${result.ruleId} not in driver.rules`)
    }
    for (const id of ids)
      if (!run.results.some((r) => r.ruleId === id)) problems.push(`rule ${id} has no result`)
  }
  return problems
}

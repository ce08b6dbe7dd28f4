import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ROOT_SYNC_NAMESPACE,
  SYNC_KIND,
  reconcilerName
} from "./chunk-L5E3S6CR.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/bootstrap/identity.ts
var READER_ROLE = "roles/artifactregistry.reader";
var WORKLOAD_IDENTITY_USER_ROLE = "roles/iam.workloadIdentityUser";
var DOCUMENTED_ROOT_SYNC_NAME = 26;
var PROJECT_ID = /^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
function reconcilerIdentity(ref, fleetHostProject, auth, gcpServiceAccountEmail) {
  const ksaName = reconcilerName(ref);
  const workloadPool = `${fleetHostProject}.svc.id.goog`;
  const ksaMember = `serviceAccount:${workloadPool}[${ROOT_SYNC_NAMESPACE}/${ksaName}]`;
  const readerMember = auth === "k8sserviceaccount" ? ksaMember : auth === "gcpserviceaccount" && gcpServiceAccountEmail !== void 0 ? `serviceAccount:${gcpServiceAccountEmail}` : void 0;
  return {
    ksaName,
    ksaNamespace: ROOT_SYNC_NAMESPACE,
    workloadPool,
    ksaMember,
    ...readerMember === void 0 ? {} : { readerMember }
  };
}
function checkProjectId(project, label, example) {
  if (!PROJECT_ID.test(project)) {
    throw new InputError(`${label} is "${project}", which is not a Google Cloud project ID`, {
      hint: `the project ID of the fleet host project (6\u201330 lowercase letters, digits and hyphens), e.g. ${example}`
    });
  }
  return project;
}
function nameWarnings(ref) {
  if (ref.kind !== SYNC_KIND.root || ref.name.length <= DOCUMENTED_ROOT_SYNC_NAME) return [];
  return [
    `RootSync name "${ref.name}" is ${ref.name.length} characters: current Config Sync accepts up to 38, but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label)`
  ];
}

export {
  READER_ROLE,
  WORKLOAD_IDENTITY_USER_ROLE,
  reconcilerIdentity,
  checkProjectId,
  nameWarnings
};
//# sourceMappingURL=chunk-S3NWEP6Z.js.map

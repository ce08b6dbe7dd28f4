import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  require_src2 as require_src
} from "./chunk-LX2334DF.js";
import "./chunk-DD4RIOM4.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/credentials/google-auth-sdk.ts
var import_google_auth_library = __toESM(require_src(), 1);
var export_Compute = import_google_auth_library.Compute;
var export_GoogleAuth = import_google_auth_library.GoogleAuth;
var export_OAuth2Client = import_google_auth_library.OAuth2Client;
var export_UserRefreshClient = import_google_auth_library.UserRefreshClient;
export {
  export_Compute as Compute,
  export_GoogleAuth as GoogleAuth,
  export_OAuth2Client as OAuth2Client,
  export_UserRefreshClient as UserRefreshClient
};
//# sourceMappingURL=google-auth-sdk-UYBPVKLK.js.map

import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/registry/image-reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io"]);
var MAX_NAME_LENGTH = 255;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var HOST = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$`
);
var TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
var EXAMPLE = "us-docker.pkg.dev/my-project/configs/app:v1 or 127.0.0.1:5000/team/app@sha256:<64 hex>";
function parseImageReference(text, inputName = "image") {
  const fail = (why) => {
    throw new InputError(`${inputName} ${JSON.stringify(text)} is not a valid image reference: ${why}`, {
      hint: `expected [registry/]repository[:tag][@digest], e.g. ${EXAMPLE}`
    });
  };
  if (text.trim() === "") fail("it is empty");
  if (text !== text.trim()) fail("it has leading or trailing whitespace");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) fail(`digest ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`tag ${JSON.stringify(tag)} ${TAG_RULE}`);
  }
  const { registry, path } = splitRegistry(rest, fail);
  if (registry.length + 1 + path.length > MAX_NAME_LENGTH) {
    fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return {
    registry,
    repository: path,
    ...tag === void 0 ? {} : { tag },
    ...digest === void 0 ? {} : { digest }
  };
}
function splitRegistry(name, fail) {
  if (name === "") fail("the repository name is missing");
  const slash = name.indexOf("/");
  const first = slash < 0 ? name : name.slice(0, slash);
  const firstIsHost = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = firstIsHost ? first : DOCKER_HUB;
  let path = firstIsHost ? name.slice(slash + 1) : name;
  if (firstIsHost && !HOST.test(first))
    fail(`registry host ${JSON.stringify(first)} is not a valid host[:port]`);
  const port = firstIsHost ? /:(\d+)$/.exec(first)?.[1] : void 0;
  if (port !== void 0 && (Number(port) < 1 || Number(port) > 65535))
    fail(`registry port ${port} is outside 1-65535`);
  if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) registry = DOCKER_HUB;
  if (path === "") fail("the repository path after the registry is missing");
  for (const component of path.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `path component ${JSON.stringify(component)} must be lowercase letters and digits, separated by '.', '_', '__' or '-'`
      );
    }
  }
  if (registry === DOCKER_HUB && !path.includes("/")) path = `library/${path}`;
  return { registry, path };
}
function repositoryName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function registryApiHost(ref) {
  return ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry;
}
function isLoopbackHost(host) {
  let name = host.toLowerCase();
  if (name.startsWith("[")) {
    name = name.slice(1, name.indexOf("]") < 0 ? void 0 : name.indexOf("]"));
  } else if (name.split(":").length === 2) {
    name = name.slice(0, name.indexOf(":"));
  }
  if (name === "localhost" || name === "::1" || name === "0:0:0:0:0:0:0:1") return true;
  const octets = name.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^[0-9]{1,3}$/.test(o) && Number(o) <= 255);
}
var TAG_RULE = "must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127} (at most 128 characters)";
function validateTag(tag, inputName = "tag") {
  if (!TAG.test(tag)) {
    throw new InputError(`${inputName} ${JSON.stringify(tag)} is not a valid tag: it ${TAG_RULE}`, {
      hint: "e.g. v1.2.3, main, sha-3f2a9c1"
    });
  }
  return tag;
}
function isDigest(text) {
  return DIGEST.test(text);
}

export {
  parseImageReference,
  repositoryName,
  registryApiHost,
  isLoopbackHost,
  validateTag,
  isDigest
};
//# sourceMappingURL=chunk-5RM3NDNB.js.map

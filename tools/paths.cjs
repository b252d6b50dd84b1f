// Resolves @tessera/* imports of the compiled tree (dist/) to each library's index,
// mirroring the "paths" of tsconfig.base.json. Loaded with `node -r ./tools/paths.cjs`.
const Module = require('node:module');
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'dist');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith('@tessera/')) {
    request = path.join(dist, 'libs', request.slice('@tessera/'.length), 'src', 'index.js');
  }
  return resolve.call(this, request, ...rest);
};

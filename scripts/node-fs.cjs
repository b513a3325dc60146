// What the CLI bundles load where a dependency asks for graceful-fs (see scripts/bundle.mjs).
module.exports = require('node:fs');

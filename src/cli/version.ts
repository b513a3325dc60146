/**
 * The package's version, written here by `npm version` (scripts/version.mjs) so the CLI bundle
 * carries it without reading package.json at run time. scripts/check-package.sh checks that the
 * installed `extids --version` prints package.json's version.
 */
export const VERSION = '0.1.0';

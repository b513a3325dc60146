// Injected into the CommonJS bundle wherever the sources read import.meta.url (scripts/bundle.mjs).
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS, where these exist */
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;

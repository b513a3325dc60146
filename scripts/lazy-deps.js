// src/core/deps.ts in the CLI bundle (scripts/bundle.mjs): each library is evaluated on first use.
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS, where these exist */
let yamlLibrary, jsoncParser, markedLibrary, marklassianLibrary;
export const yaml = () => (yamlLibrary ??= require('yaml'));
export const jsonc = () => (jsoncParser ??= require('jsonc-parser'));
export const marked = () => (markedLibrary ??= require('marked'));
export const marklassian = () => (marklassianLibrary ??= require('marklassian'));

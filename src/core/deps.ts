/**
 * The libraries only some inputs need: `yaml` reads frontmatter the line reader leaves to it,
 * `jsonc-parser` finds the line of a finding in a state file, `marked` and `marklassian` turn a
 * task's markdown into what a tracker shows (sync only). Here they load with the core; the CLI
 * bundle replaces this module with scripts/lazy-deps.js, which loads each on its first use, so a
 * run that needs none of them (the hook, on plain frontmatter and valid state) does not pay to
 * evaluate them.
 */
import * as jsoncParser from 'jsonc-parser';
import * as markedLibrary from 'marked';
import * as marklassianLibrary from 'marklassian';
import * as yamlLibrary from 'yaml';

export const yaml = (): typeof yamlLibrary => yamlLibrary;
export const jsonc = (): typeof jsoncParser => jsoncParser;
export const marked = (): typeof markedLibrary => markedLibrary;
export const marklassian = (): typeof marklassianLibrary => marklassianLibrary;

/**
 * The libraries only some inputs need: `yaml` reads frontmatter the line reader leaves to it, and
 * `jsonc-parser` finds the line of a finding in a state file. Here they load with the core; the
 * CLI bundle replaces this module with scripts/lazy-deps.js, which loads each on its first use,
 * so a run that needs neither (the hook, on plain frontmatter and valid state) does not pay ~10 ms
 * to evaluate them.
 */
import * as jsoncParser from 'jsonc-parser';
import * as yamlLibrary from 'yaml';

export const yaml = (): typeof yamlLibrary => yamlLibrary;
export const jsonc = (): typeof jsoncParser => jsoncParser;

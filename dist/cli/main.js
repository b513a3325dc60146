"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/import-meta-url.js
var importMetaUrl;
var init_import_meta_url = __esm({
  "scripts/import-meta-url.js"() {
    "use strict";
    importMetaUrl = require("node:url").pathToFileURL(__filename).href;
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    init_import_meta_url();
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    init_import_meta_url();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    init_import_meta_url();
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result2 = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result2.has(group)) result2.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result2.has(group)) {
            result2.set(group, []);
          }
          result2.get(group).push(item);
        });
        return result2;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    init_import_meta_url();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide2 = true) {
        this.hidden = !!hide2;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    init_import_meta_url();
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    init_import_meta_url();
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write2) => write2(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result2 = [];
        for (let command = this; command; command = command.parent) {
          result2.push(command);
        }
        return result2;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config2, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config2.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result2 = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result2 = this._chainOrCall(result2, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result2;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result2 = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result2 = this._chainOrCall(result2, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result2;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result2 = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result2[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result2;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config2 = errorOptions || {};
        const exitCode = config2.exitCode || 1;
        const code = config2.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error2 = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error2) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error: error2, write: write2, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    init_import_meta_url();
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_import_meta_url();
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init2(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init2(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init2 });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_import_meta_url();
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_import_meta_url();
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_import_meta_url();
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result2.issues.length) {
          const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result2.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise)
          result2 = await result2;
        if (result2.issues.length) {
          const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result2.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        result2 = await result2;
      return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    init_import_meta_url();
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_import_meta_url();
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    init_import_meta_url();
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result2, final, index) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index, result2.issues));
  }
  final.value[index] = result2.value;
}
function handlePropertyResult(result2, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result2.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result2.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result2.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result2.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result2.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
  return payload;
}
function handleRefineResult(result2, payload, input, inst) {
  if (!result2) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodOptional, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_import_meta_url();
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result2 = inst._zod.parse(payload, ctx);
          if (result2 instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result2.then((result3) => runChecks(result3, checks, ctx));
          }
          return runChecks(result2, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result2 = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
          } else {
            handleArrayResult(result2, payload, i);
            if (abortEarly && result2.issues.length !== 0 && aborted(result2))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result2 instanceof Promise) {
                proms.push(result2.then((result3) => {
                  if (result3.issues.length) {
                    payload.issues.push(...prefixIssues(key, result3.issues));
                  }
                  payload.value[outKey] = result3.value;
                }));
              } else {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result2 instanceof Promise) {
              proms.push(result2.then((result3) => {
                if (result3.issues.length) {
                  payload.issues.push(...prefixIssues(key, result3.issues));
                }
                payload.value[outKey] = result3.value;
              }));
            } else {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result2 instanceof Promise)
            return result2.then((result3) => handleOptionalResult(payload, result3));
          return handleOptionalResult(payload, result2);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_import_meta_url();
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    init_import_meta_url();
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_import_meta_url();
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_import_meta_url();
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_import_meta_url();
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params),
    partial: true
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniOptional, ZodMiniCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_import_meta_url();
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_import_meta_url();
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
    init_import_meta_url();
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_import_meta_url();
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_import_meta_url();
    init_external();
  }
});

// lib/core/ids.js
function internalIdPattern(prefixes = DEFAULT_ID_PREFIXES) {
  const alt = prefixes.map((p) => p.replace(/[^A-Za-z0-9_]/g, "")).join("|");
  const part = "[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*";
  return new RegExp(`^(?:${alt})-${part}(?:-${part})*$`);
}
function parseExternalId(tool, id) {
  if (isKeyedTool(tool)) {
    const m = KEYED_EXTERNAL_ID.exec(id);
    return m ? { key: m[1], number: Number(m[2]) } : void 0;
  }
  return NUMERIC_EXTERNAL_ID.test(id) ? { number: Number(id) } : void 0;
}
function formatExternalId(tool, number2, key) {
  return isKeyedTool(tool) ? `${key}-${number2}` : String(number2);
}
function normalizeToolName(name) {
  if (isTool(name))
    return name;
  const n = name.trim().toLowerCase().replace(/[-\s]/g, "_");
  if (isTool(n))
    return n;
  return TOOL_ALIASES[n.replace(/_/g, "")];
}
var TOOLS, KEYED_TOOLS, isTool, isKeyedTool, PROJECT_KEY, KEYED_EXTERNAL_ID, NUMERIC_EXTERNAL_ID, EXTERNAL_ID_PATTERN, DEFAULT_ID_PREFIXES, DEFAULT_INTERNAL_ID, TOOL_LABEL, TOOL_NOUN, itemNoun, TOOL_ALIASES;
var init_ids = __esm({
  "lib/core/ids.js"() {
    "use strict";
    init_import_meta_url();
    TOOLS = ["azure_devops", "github", "jira", "linear"];
    KEYED_TOOLS = ["jira", "linear"];
    isTool = (s) => TOOLS.includes(s);
    isKeyedTool = (t) => t === "jira" || t === "linear";
    PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
    KEYED_EXTERNAL_ID = /^([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,14})$/;
    NUMERIC_EXTERNAL_ID = /^[1-9][0-9]{0,14}$/;
    EXTERNAL_ID_PATTERN = {
      azure_devops: NUMERIC_EXTERNAL_ID,
      github: NUMERIC_EXTERNAL_ID,
      jira: KEYED_EXTERNAL_ID,
      linear: KEYED_EXTERNAL_ID
    };
    DEFAULT_ID_PREFIXES = ["TASK", "EPIC", "FEAT", "DOC", "REV"];
    DEFAULT_INTERNAL_ID = internalIdPattern();
    TOOL_LABEL = {
      azure_devops: "Azure DevOps",
      github: "GitHub",
      jira: "Jira",
      linear: "Linear"
    };
    TOOL_NOUN = {
      azure_devops: "work item",
      github: "issue",
      jira: "issue",
      linear: "issue"
    };
    itemNoun = (tool) => `${/^[AEIOU]/.test(TOOL_LABEL[tool]) ? "an" : "a"} ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]}`;
    TOOL_ALIASES = {
      ado: "azure_devops",
      azure: "azure_devops",
      azuredevops: "azure_devops",
      gh: "github"
    };
  }
});

// lib/core/schema.js
var FORMAT_VERSION, KeyedExternalIdSchema, NumericExternalIdSchema, ExternalIdsSchema, CounterSchema, ProjectKeySchema, CountersSchema, MappingFileSchema, CounterFileSchema, emptyCounters, ConfigSchema;
var init_schema = __esm({
  "lib/core/schema.js"() {
    "use strict";
    init_import_meta_url();
    init_mini();
    init_en();
    init_ids();
    config(en_default());
    FORMAT_VERSION = "1.0";
    KeyedExternalIdSchema = string2().check(_regex(KEYED_EXTERNAL_ID, "must look like KEY-123 (upper-case key, positive number of at most 15 digits)"));
    NumericExternalIdSchema = string2().check(_regex(NUMERIC_EXTERNAL_ID, 'must be a positive whole number of at most 15 digits in a string, like "234"'));
    ExternalIdsSchema = strictObject({
      azure_devops: optional(NumericExternalIdSchema),
      github: optional(NumericExternalIdSchema),
      jira: optional(KeyedExternalIdSchema),
      linear: optional(KeyedExternalIdSchema)
    });
    CounterSchema = int("must be a whole number").check(_nonnegative("must not be negative"), _lte(Number.MAX_SAFE_INTEGER, "is beyond 2^53 and cannot be counted exactly"));
    ProjectKeySchema = string2().check(_regex(PROJECT_KEY, "must be an upper-case key like PROJ"));
    CountersSchema = strictObject({
      azure_devops: CounterSchema,
      github: CounterSchema,
      jira: record(ProjectKeySchema, CounterSchema),
      linear: record(ProjectKeySchema, CounterSchema)
    });
    MappingFileSchema = strictObject({
      mappings: record(string2().check(_minLength(1)), ExternalIdsSchema),
      updated: string2(),
      version: literal(FORMAT_VERSION)
    });
    CounterFileSchema = strictObject({
      counters: CountersSchema,
      updated: string2(),
      version: literal(FORMAT_VERSION)
    });
    emptyCounters = () => ({
      azure_devops: 0,
      github: 0,
      jira: /* @__PURE__ */ Object.create(null),
      linear: /* @__PURE__ */ Object.create(null)
    });
    ConfigSchema = strictObject({
      $schema: optional(string2()),
      tools: optional(strictObject({
        jira: optional(strictObject({
          key: ProjectKeySchema,
          mode: optional(_enum(["counter", "sync"])),
          /** Sync mode: the site, https://acme.atlassian.net. */
          url: optional(string2().check(_regex(/^https?:\/\/\S+$/, "must be an http(s) URL"))),
          /** Sync mode: the issue type's name (default Task). */
          issueType: optional(string2().check(_minLength(1)))
        })),
        linear: optional(strictObject({ key: ProjectKeySchema, mode: optional(_enum(["counter", "sync"])) })),
        github: optional(strictObject({
          mode: optional(_enum(["counter", "sync"])),
          /** owner/name; default GITHUB_REPOSITORY, else the origin remote. */
          repo: optional(string2().check(_regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name, like acme/tasks")))
        })),
        azure_devops: optional(strictObject({
          mode: optional(_enum(["counter", "sync"])),
          /** Sync mode: the organisation, the project and the work item type. */
          org: optional(string2().check(_minLength(1))),
          project: optional(string2().check(_minLength(1))),
          type: optional(string2().check(_minLength(1)))
        }))
      })),
      stateDir: optional(string2().check(_minLength(1))),
      tasksDir: optional(string2().check(_minLength(1))),
      idPrefixes: optional(array(string2().check(_regex(/^[A-Z][A-Z0-9_]*$/))).check(_minLength(1))),
      /** A regular expression for task IDs; replaces the prefix rule. */
      idPattern: optional(string2().check(_minLength(1), refine((v) => {
        try {
          new RegExp(v);
          return true;
        } catch {
          return false;
        }
      }, { message: "is not a valid regular expression" }))),
      /** Globs, relative to the tasks directory, of markdown files that are not tasks. */
      exclude: optional(array(string2().check(_minLength(1)))),
      /** Sync mode: which task statuses get tracker items created (default: every non-terminal one). */
      sync: optional(strictObject({ statuses: optional(array(string2().check(_minLength(1)))) }))
    });
  }
});

// lib/core/findings.js
function finding(severity, code, message, where2 = {}) {
  const f = { severity, code, message: brief(message) };
  if (where2.file !== void 0)
    f.file = where2.file;
  if (where2.line !== void 0)
    f.line = where2.line;
  if (where2.column !== void 0)
    f.column = where2.column;
  return f;
}
function describeFsError(err) {
  const e = err;
  const phrases2 = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOSPC: "no space left on device",
    EIO: "input/output error",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    EROFS: "read-only file system",
    EEXIST: "already exists",
    ELOOP: "too many symbolic links"
  };
  if (e && typeof e.code === "string")
    return `${phrases2[e.code] ?? e.message} (${e.code})`;
  return err instanceof Error ? err.message : String(err);
}
var MAX_MESSAGE, brief, hasErrors, ExtidsError;
var init_findings = __esm({
  "lib/core/findings.js"() {
    "use strict";
    init_import_meta_url();
    MAX_MESSAGE = 600;
    brief = (s) => s.length <= MAX_MESSAGE ? s : `${s.slice(0, MAX_MESSAGE / 2)} \u2026 (${s.length - MAX_MESSAGE} characters left out) \u2026 ${s.slice(-MAX_MESSAGE / 3)}`;
    hasErrors = (findings) => findings.some((f) => f.severity === "error");
    ExtidsError = class extends Error {
      code;
      details;
      name = "ExtidsError";
      constructor(code, message, details = {}) {
        super(message);
        this.code = code;
        this.details = details;
      }
    };
  }
});

// lib/core/paths.js
function notATask(rel, exclude) {
  const parts = rel.split("/");
  const skipped2 = parts.find(isSkippedName);
  if (skipped2)
    return {
      why: skipped2.startsWith(".") ? `its path has a name starting with a dot (${skipped2}), and extids never reads those` : `it lies inside ${skipped2}/, which extids never reads`,
      excluded: false
    };
  if (!isMarkdown(parts[parts.length - 1]))
    return { why: "it is not a markdown (.md) file", excluded: false };
  if (exclude?.test(rel))
    return { why: 'an "exclude" glob of the config names it', excluded: true };
  return void 0;
}
function followTasksDir(root, tasksDir) {
  let real2;
  let realRoot;
  try {
    real2 = (0, import_node_fs.realpathSync)(tasksDir);
    realRoot = (0, import_node_fs.realpathSync)(root);
  } catch {
    return tasksDir;
  }
  const lexical = (0, import_node_path.relative)(root, tasksDir);
  const configuredInside = !lexical.startsWith("..") && !(0, import_node_path.isAbsolute)(lexical);
  if (!configuredInside || (0, import_node_path.join)(realRoot, lexical) === real2)
    return tasksDir;
  const rel = (0, import_node_path.relative)(realRoot, real2);
  if (rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel))
    return void 0;
  return (0, import_node_path.join)(root, rel);
}
function displayPath(file, root) {
  if (!root)
    return file;
  const rel = (0, import_node_path.relative)(root, file);
  return rel && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel) ? rel.split(import_node_path.sep).join("/") : file;
}
var import_node_fs, import_node_path, CONFIG_FILE, DEFAULT_STATE_DIR, DEFAULT_TASKS_DIR, MAPPING_FILE, COUNTERS_FILE, LINKS_FILE, STATE_FILE, isMarkdown, SKIPPED_FOLDERS, isSkippedName, relPath, isInside;
var init_paths = __esm({
  "lib/core/paths.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    CONFIG_FILE = ".claude/extids.json";
    DEFAULT_STATE_DIR = ".claude/state";
    DEFAULT_TASKS_DIR = "tasks";
    MAPPING_FILE = "external_id_mapping.json";
    COUNTERS_FILE = "external_id_counters.json";
    LINKS_FILE = "external_id_links.json";
    STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE };
    isMarkdown = (name) => /\.md$/i.test(name);
    SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    isSkippedName = (name) => name.startsWith(".") || SKIPPED_FOLDERS.has(name);
    relPath = (root, p) => (0, import_node_path.relative)(root, p).split(import_node_path.sep).join("/");
    isInside = (root, p) => {
      const rel = (0, import_node_path.relative)(root, p);
      return rel === "" || !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel);
    };
  }
});

// lib/core/config.js
function globsToRegExp(globs) {
  if (globs.length === 0)
    return void 0;
  const one = (g) => g.replace(/^\.\//, "").split(/(\*\*\/|\/\*\*$|\*\*|\*|\?)/).map((t) => t === "**/" ? "(?:.*/)?" : t === "/**" ? "(?:/.*)?" : t === "**" ? ".*" : t === "*" ? "[^/]*" : t === "?" ? "[^/]" : t.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^(?:${globs.map(one).join("|")})$`);
}
function parseToolNames(spec) {
  const keyed = spec.split(",").find((s) => s.includes(":"));
  if (keyed !== void 0)
    throw new ExtidsError("USAGE", `--tools ${keyed.trim()}: sync takes tool names (jira, linear, \u2026); the project or team is the config's ("tools": {"${keyed.split(":")[0].trim()}": {"key": \u2026}})`);
  const names = spec.split(",").map((s) => s.trim().toLowerCase().replace(/-/g, "_")).filter(Boolean);
  for (const n of names)
    if (!TOOLS.includes(n))
      throw new ExtidsError("USAGE", `--tools names "${n}", which is no tool (use ${TOOLS.join(", ")})`);
  if (names.length === 0)
    throw new ExtidsError("USAGE", "--tools names no tool");
  return [...new Set(names)];
}
function parseToolList(spec) {
  const out = {};
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [name, key] = part.split(":").map((s) => s.trim());
    const n = name.toLowerCase().replace(/-/g, "_");
    const twice = (n === "jira" || n === "linear" || n === "github" || n === "azure_devops") && out[n];
    if (twice)
      throw new ExtidsError("USAGE", `"${spec}" names ${n} twice (${n}${twice.key ? `:${twice.key}` : ""} and ${part}); a repository tracks one ${n} ${n === "jira" ? "project" : n === "linear" ? "team" : "repository"}`);
    if (n === "jira" || n === "linear") {
      const example = `${n}:${n === "jira" ? "PROJ" : "TEAM"}`;
      if (!key)
        throw new ExtidsError("USAGE", `"${part}": ${n} needs a key, e.g. ${example}`);
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key))
        throw new ExtidsError("USAGE", `"${part}": "${key}" is not a valid ${n === "jira" ? "project" : "team"} key: a key is a letter, then letters, digits or _ (e.g. ${example}; the number comes from extids)`);
      out[n] = { key: key.toUpperCase() };
    } else if (n === "github" || n === "azure_devops") {
      if (key)
        throw new ExtidsError("USAGE", `"${part}": ${n} takes no key`);
      out[n] = {};
    } else
      throw new ExtidsError("USAGE", `"${part}": unknown tool (use jira:KEY, linear:KEY, github, azure_devops)`);
  }
  return out;
}
function loadSettings(root, o = {}) {
  if (o.rootGiven)
    requireDirectory(root, "the repository root");
  if (o.tasksDir !== void 0)
    requireDirectory((0, import_node_path2.resolve)(root, o.tasksDir), "the tasks directory");
  const configFile = o.config ? (0, import_node_path2.resolve)(root, o.config) : (0, import_node_path2.join)(root, CONFIG_FILE);
  let config2 = {};
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)(configFile, "utf8");
  } catch (err) {
    if (err.code !== "ENOENT" || o.config)
      throw new ExtidsError("CONFIG_INVALID", `cannot read the config ${configFile}: ${describeFsError(err)}`, { file: configFile });
  }
  if (text !== void 0) {
    let json;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new ExtidsError("CONFIG_INVALID", `${configFile} is not valid JSON: ${err.message}`, { file: configFile });
    }
    const r = ConfigSchema.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new ExtidsError("CONFIG_INVALID", `${configFile}: ${i.path.join(".") || "top level"}: ${i.message}`, { file: configFile });
    }
    config2 = r.data;
  }
  const at2 = (p) => (0, import_node_path2.isAbsolute)(p) ? p : (0, import_node_path2.resolve)(root, p);
  const tasksDir = at2(o.tasksDir ?? config2.tasksDir ?? DEFAULT_TASKS_DIR);
  const followed = followTasksDir(root, tasksDir);
  if (followed === void 0)
    throw new ExtidsError("OUTSIDE_ROOT", `the tasks directory ${relPath(root, tasksDir)} is a symbolic link that leads outside the repository (to ${(0, import_node_fs2.realpathSync)(tasksDir)}); extids follows a tasks directory link only inside ${root}: point it there, or name the real folder in ${CONFIG_FILE} ("tasksDir")`, { file: tasksDir });
  return {
    root,
    configFile,
    config: config2,
    stateDir: at2(o.stateDir ?? config2.stateDir ?? DEFAULT_STATE_DIR),
    tasksDir: followed,
    tools: o.tools ?? config2.tools ?? {},
    idPattern: config2.idPattern ? new RegExp(anchored(config2.idPattern)) : internalIdPattern(config2.idPrefixes ?? DEFAULT_ID_PREFIXES),
    exclude: globsToRegExp(config2.exclude ?? DEFAULT_EXCLUDE),
    stateDirGiven: o.stateDir !== void 0
  };
}
function requireDirectory(path, what) {
  let st;
  try {
    st = (0, import_node_fs2.statSync)(path);
  } catch (err) {
    throw new ExtidsError("UNREADABLE", `${what} ${path} is not a directory: ${describeFsError(err)}`, { file: path });
  }
  if (!st.isDirectory())
    throw new ExtidsError("NOT_A_DIRECTORY", `${what} ${path} is not a directory`, { file: path });
}
var import_node_fs2, import_node_path2, isSyncMode, syncTools, DEFAULT_EXCLUDE, anchored;
var init_config = __esm({
  "lib/core/config.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_schema();
    init_findings();
    init_ids();
    init_paths();
    isSyncMode = (tools, tool) => tools[tool]?.mode === "sync";
    syncTools = (tools) => TOOLS.filter((t) => isSyncMode(tools, t));
    DEFAULT_EXCLUDE = ["**/templates/**"];
    anchored = (re) => `^(?:${re.replace(/^\^/, "").replace(/\$$/, "")})$`;
  }
});

// scripts/lazy-deps.js
var yamlLibrary, jsoncParser, markedLibrary, marklassianLibrary, yaml, jsonc, marked, marklassian;
var init_lazy_deps = __esm({
  "scripts/lazy-deps.js"() {
    init_import_meta_url();
    yaml = () => yamlLibrary ??= require("./yaml.js");
    jsonc = () => jsoncParser ??= require("./jsonc.js");
    marked = () => markedLibrary ??= require("./marked.js");
    marklassian = () => marklassianLibrary ??= require("./marklassian.js");
  }
});

// lib/core/migrate.js
function compareVersion(v) {
  const s = typeof v === "number" ? v.toFixed(1) : v;
  if (typeof s !== "string")
    return void 0;
  const m = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(s.trim());
  if (!m)
    return void 0;
  const major = Number(m[1]);
  const minor = Number(m[2] ?? 0);
  return major !== 1 ? major - 1 : minor;
}
function migrateEnvelope(json, bodyKey, now, steps) {
  const version2 = json.version;
  const cmp = compareVersion(version2);
  if (version2 === void 0)
    steps.push(`set version ${FORMAT_VERSION} (the file had none)`);
  else if (cmp === void 0) {
  } else if (cmp > 0)
    return { body: json[bodyKey], unsupported: String(version2) };
  else if (cmp < 0 || version2 !== FORMAT_VERSION)
    steps.push(`set version ${FORMAT_VERSION} (was ${JSON.stringify(version2)})`);
  if (json.updated === void 0)
    steps.push(`set updated to ${now} (the file had none)`);
  return { body: json[bodyKey] };
}
function envelope(json, bodyKey, body, now) {
  const out = { ...json };
  out[bodyKey] = body;
  if (out.updated === void 0)
    out.updated = now;
  const cmp = compareVersion(out.version);
  if (out.version === void 0 || cmp !== void 0 && cmp <= 0)
    out.version = FORMAT_VERSION;
  return out;
}
function migrateFile(json, now, bodyKey, migrateBody) {
  const steps = [];
  if (!isPlainObject2(json))
    return { value: json, steps, enveloped: false };
  const enveloped = bodyKey in json || "version" in json || "updated" in json;
  let body;
  if (enveloped) {
    const r = migrateEnvelope(json, bodyKey, now, steps);
    if (r.unsupported)
      return { value: json, steps: [], enveloped, unsupported: r.unsupported };
    body = r.body;
  } else {
    body = json;
    const noun = bodyKey === "mappings" ? "mapping" : "counters";
    steps.push(`wrapped the bare ${noun} object in the ${FORMAT_VERSION} envelope`);
  }
  const { value, notes } = migrateBody(body);
  steps.push(...notes);
  return {
    value: enveloped ? envelope(json, bodyKey, value, now) : { [bodyKey]: value, updated: now, version: FORMAT_VERSION },
    steps,
    enveloped
  };
}
function migrateMappingEntries(body) {
  if (!isPlainObject2(body))
    return { value: body, notes: [] };
  let changed = false;
  const numeric = /* @__PURE__ */ new Set();
  const lower = [];
  const renamed = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Map();
  const out = {};
  for (const [id, entry] of Object.entries(body)) {
    if (!isPlainObject2(entry) || isCanonicalEntry(entry)) {
      out[id] = entry;
      continue;
    }
    changed = true;
    const fixed = {};
    for (const [rawTool, raw] of Object.entries(entry)) {
      const tool = normalizeToolName(rawTool);
      if (!tool) {
        dropped.set(rawTool, (dropped.get(rawTool) ?? 0) + 1);
        continue;
      }
      if (tool !== rawTool)
        renamed.set(rawTool, tool);
      let v = raw;
      if (typeof v === "number" && Number.isSafeInteger(v) && v > 0 && !isKeyed(tool)) {
        v = String(v);
        numeric.add(tool);
      } else if (typeof v === "string" && isKeyed(tool) && /^[a-z][a-z0-9_]*-\d+$/i.test(v)) {
        const up = v.toUpperCase();
        if (up !== v)
          lower.push(`${v} \u2192 ${up}`);
        v = up;
      }
      fixed[tool] = v;
    }
    out[id] = fixed;
  }
  if (!changed)
    return { value: body, notes: [] };
  const notes = [];
  if (numeric.size)
    notes.push(`turned numeric ${[...numeric].sort().join(" and ")} IDs into strings`);
  if (lower.length)
    notes.push(`upper-cased ${lower.length} external ID key(s) (${lower.slice(0, 3).join(", ")}${lower.length > 3 ? ", \u2026" : ""})`);
  for (const [from, to] of renamed)
    notes.push(`renamed tool "${from}" to "${to}"`);
  for (const [field, n] of dropped)
    notes.push(`dropped the pre-1.0 per-task field "${field}" from ${n} entr${n === 1 ? "y" : "ies"}`);
  return { value: out, notes };
}
function isCanonicalEntry(entry) {
  for (const k in entry) {
    if (!isTool(k))
      return false;
    const v = entry[k];
    if (typeof v !== "string")
      return false;
    if (isKeyed(k) && v !== v.toUpperCase())
      return false;
  }
  return true;
}
function migrateCounterBody(body) {
  if (!isPlainObject2(body))
    return { value: body, notes: [] };
  const notes = [];
  const out = {};
  for (const [rawTool, raw] of Object.entries(body)) {
    const tool = normalizeToolName(rawTool);
    if (!tool) {
      out[rawTool] = raw;
      continue;
    }
    if (tool !== rawTool)
      notes.push(`renamed tool "${rawTool}" to "${tool}"`);
    if (isKeyed(tool) && isPlainObject2(raw)) {
      const keys = {};
      for (const [k, v] of Object.entries(raw)) {
        const K = k.toUpperCase();
        const n = asCount(v);
        if (n !== v)
          notes.push(`turned the ${tool} counter ${k} from a string into a number`);
        if (K !== k)
          notes.push(`upper-cased the ${tool} key ${k} \u2192 ${K}`);
        const prev = keys[K];
        keys[K] = typeof prev === "number" && typeof n === "number" ? Math.max(prev, n) : prev ?? n;
      }
      out[tool] = keys;
    } else {
      const n = asCount(raw);
      if (n !== raw)
        notes.push(`turned the ${tool} counter from a string into a number`);
      out[tool] = n;
    }
  }
  const missing = TOOLS.filter((t) => !(t in out));
  for (const t of missing)
    out[t] = isKeyed(t) ? {} : 0;
  if (missing.length)
    notes.push(`added the missing tool(s) ${missing.join(", ")}`);
  return { value: notes.length ? out : body, notes };
}
var isPlainObject2, migrateMapping, migrateCounters, isKeyed, asCount;
var init_migrate = __esm({
  "lib/core/migrate.js"() {
    "use strict";
    init_import_meta_url();
    init_schema();
    init_ids();
    isPlainObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    migrateMapping = (json, now) => migrateFile(json, now, "mappings", migrateMappingEntries);
    migrateCounters = (json, now) => migrateFile(json, now, "counters", migrateCounterBody);
    isKeyed = (t) => KEYED_TOOLS.includes(t);
    asCount = (v) => typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
  }
});

// lib/core/state.js
function analyzeMappings(mappings) {
  const highest = emptyCounters();
  const ids = Object.keys(mappings);
  let wellFormed = true;
  const groups = /* @__PURE__ */ new Map();
  const odd = /* @__PURE__ */ new Map();
  const plain2 = {};
  let last;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const entry = mappings[id];
    if (id === "" || UNSAFE_KEYS.has(id) || typeof entry !== "object" || entry === null) {
      wellFormed = false;
      continue;
    }
    if (Array.isArray(entry))
      wellFormed = false;
    for (const tool in entry) {
      const v = entry[tool];
      if (typeof v !== "string") {
        wellFormed = false;
        continue;
      }
      let group;
      let n = NaN;
      if (tool === "github" || tool === "azure_devops") {
        if (NUMERIC_EXTERNAL_ID.test(v)) {
          n = +v;
          if (n > highest[tool])
            highest[tool] = n;
          group = plain2[tool] ??= { tool, nums: [], owners: [] };
        }
      } else if (tool === "jira" || tool === "linear") {
        const dash = v.lastIndexOf("-");
        const key = v.slice(0, dash);
        if (dash > 0 && KEYED_EXTERNAL_ID.test(v)) {
          n = +v.slice(dash + 1);
          const keyed = highest[tool];
          if (!hasOwn(keyed, key) || n > keyed[key])
            keyed[key] = n;
          if (last && last.tool === tool && last.key === key)
            group = last;
          else {
            const g = `${tool} ${key}`;
            group = groups.get(g);
            if (!group)
              groups.set(g, group = { tool, key, nums: [], owners: [] });
            last = group;
          }
        }
      }
      if (!group) {
        wellFormed = false;
        const k = `${tool}\0${v}`;
        const o = odd.get(k);
        if (o)
          o.push(i);
        else
          odd.set(k, [i]);
        continue;
      }
      group.nums.push(n);
      group.owners.push(i);
    }
  }
  for (const g of Object.values(plain2))
    groups.set(g.tool, g);
  const repeats = /* @__PURE__ */ new Map();
  const repeat = (tool, externalId, first, other) => {
    const k = `${tool}\0${externalId}`;
    const d = repeats.get(k);
    if (d)
      d.holders.push(ids[other]);
    else
      repeats.set(k, { tool, externalId, holders: [ids[first], ids[other]] });
  };
  for (const { tool, key, nums, owners } of groups.values()) {
    let max = 0;
    for (const n of nums)
      if (n > max)
        max = n;
    const name = (n) => key === void 0 ? String(n) : `${key}-${n}`;
    if (max <= 8 * nums.length + 4096) {
      const slot = new Int32Array(max + 1);
      for (let j = 0; j < nums.length; j++) {
        const n = nums[j];
        if (slot[n] === 0)
          slot[n] = owners[j] + 1;
        else
          repeat(tool, name(n), slot[n] - 1, owners[j]);
      }
    } else {
      const slot = /* @__PURE__ */ new Map();
      for (let j = 0; j < nums.length; j++) {
        const first = slot.get(nums[j]);
        if (first === void 0)
          slot.set(nums[j], owners[j]);
        else
          repeat(tool, name(nums[j]), first, owners[j]);
      }
    }
  }
  for (const [k, owners] of odd)
    if (owners.length > 1) {
      const [tool, externalId] = k.split("\0");
      for (const o of owners.slice(1))
        repeat(tool, externalId, owners[0], o);
    }
  const duplicates = [...repeats.values()];
  for (const d of duplicates)
    d.holders.sort();
  duplicates.sort((a, b) => a.tool + a.externalId < b.tool + b.externalId ? -1 : 1);
  return { ids, wellFormed, highest, duplicates };
}
function highestOf(refs) {
  const out = emptyCounters();
  for (const { tool, externalId } of refs) {
    const p = parseExternalId(tool, externalId);
    if (!p)
      continue;
    if (tool === "jira" || tool === "linear") {
      const c = out[tool];
      if (!hasOwn(c, p.key) || c[p.key] < p.number)
        c[p.key] = p.number;
    } else if (out[tool] < p.number)
      out[tool] = p.number;
  }
  return out;
}
function maxCounters(...all) {
  const out = emptyCounters();
  for (const c of all) {
    out.azure_devops = Math.max(out.azure_devops, c.azure_devops);
    out.github = Math.max(out.github, c.github);
    for (const t of ["jira", "linear"])
      for (const k in c[t])
        out[t][k] = Math.max(out[t][k] ?? 0, c[t][k]);
  }
  return out;
}
function countersEqual(a, b) {
  if (a.azure_devops !== b.azure_devops || a.github !== b.github)
    return false;
  for (const t of ["jira", "linear"]) {
    const ka = Object.keys(a[t]);
    if (ka.length !== Object.keys(b[t]).length)
      return false;
    for (const k of ka)
      if (a[t][k] !== b[t][k])
        return false;
  }
  return true;
}
function countersBehind(counters, used) {
  const out = [];
  for (const t of ["azure_devops", "github"])
    if (counters[t] < used[t])
      out.push([t, counters[t], used[t]]);
  for (const t of ["jira", "linear"])
    for (const k in used[t]) {
      const has = hasOwn(counters[t], k) ? counters[t][k] : 0;
      if (has < used[t][k])
        out.push([`${t} ${k}`, has, used[t][k]]);
    }
  return out;
}
function cloneMappings(m) {
  const out = {};
  for (const id in m)
    out[id] = { ...m[id] };
  return out;
}
function cloneCounters(c) {
  const out = emptyCounters();
  out.azure_devops = c.azure_devops;
  out.github = c.github;
  for (const t of ["jira", "linear"])
    for (const k in c[t])
      out[t][k] = c[t][k];
  return out;
}
function entriesEqual(a, b) {
  if (!a || !b)
    return a === b;
  return TOOLS.every((t) => a[t] === b[t]);
}
function mappingsEqual(a, b) {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length)
    return false;
  return ka.every((id) => hasOwn(b, id) && entriesEqual(a[id], b[id]));
}
function unionMappings(sources) {
  const mappings = {};
  const conflicts = [];
  const added = [];
  sources.forEach(({ name, mappings: m }, i) => {
    let count = 0;
    for (const id in m) {
      const entry = mappings[id] ??= {};
      for (const t in m[id]) {
        const tool = t;
        const v = m[id][tool];
        const had = entry[tool];
        if (had === void 0) {
          entry[tool] = v;
          if (i > 0)
            count++;
        } else if (had !== v)
          conflicts.push({ internalId: id, tool, kept: had, other: v, source: name });
      }
    }
    if (i > 0 && count)
      added.push({ source: name, count });
  });
  return { mappings, conflicts, added };
}
var UNSAFE_KEYS, hasOwn, highestUsed, findDuplicateExternalIds;
var init_state = __esm({
  "lib/core/state.js"() {
    "use strict";
    init_import_meta_url();
    init_schema();
    init_ids();
    UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
    hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    highestUsed = (mappings) => analyzeMappings(mappings).highest;
    findDuplicateExternalIds = (mappings) => analyzeMappings(mappings).duplicates;
  }
});

// lib/core/schema-check.js
function isValidEntry(entry) {
  if (!isObj(entry))
    return false;
  for (const tool in entry) {
    const v = entry[tool];
    if (!isTool(tool) || typeof v !== "string" || !EXTERNAL_ID_PATTERN[tool].test(v))
      return false;
  }
  return true;
}
function hasEnvelope(v, body) {
  for (const k in v)
    if (k !== body && k !== "updated" && k !== "version")
      return false;
  return typeof v.updated === "string" && v.version === FORMAT_VERSION && isObj(v[body]);
}
function scanMapping(v) {
  if (!isObj(v) || !hasEnvelope(v, "mappings"))
    return void 0;
  const a = analyzeMappings(v.mappings);
  return a.wellFormed ? a : void 0;
}
function fastCheckCounters(v) {
  if (!isObj(v) || !hasEnvelope(v, "counters"))
    return false;
  const c = v.counters;
  for (const k in c)
    if (!isTool(k))
      return false;
  if (!isCount(c.azure_devops) || !isCount(c.github))
    return false;
  for (const t of ["jira", "linear"]) {
    const keyed = c[t];
    if (!isObj(keyed))
      return false;
    for (const key in keyed)
      if (!PROJECT_KEY.test(key) || !isCount(keyed[key]))
        return false;
  }
  return true;
}
function issuesOf(error2) {
  const seen = /* @__PURE__ */ new Set();
  const first = error2.issues.filter((i) => !seen.has(JSON.stringify(i.path)) && seen.add(JSON.stringify(i.path)));
  return first.map((i) => ({
    path: i.path.map((p) => typeof p === "symbol" ? String(p) : p),
    message: describeIssue(i),
    counter: i.path[0] === "counters" && i.code !== "unrecognized_keys" && i.path.length > 1
  }));
}
function describeIssue(i) {
  if (i.code === "unrecognized_keys")
    return `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(", ")}`;
  if (i.code === "invalid_type")
    return `expected ${i.expected}`;
  if (i.code === "invalid_value")
    return `must be ${i.values.map((v) => JSON.stringify(v)).join(" or ")}`;
  return i.message;
}
function checkStateFile(kind, v) {
  if (kind === "mapping" ? fastCheckMapping(v) : fastCheckCounters(v))
    return { ok: true, data: v };
  if (kind === "counters") {
    const r = CounterFileSchema.safeParse(v);
    return r.success ? { ok: true, data: r.data } : { ok: false, issues: issuesOf(r.error) };
  }
  const issues = [];
  const obj = v;
  const env = MappingFileSchema.safeParse(isObj(v) ? { ...v, mappings: isObj(obj.mappings) ? {} : obj.mappings } : v);
  if (!env.success)
    issues.push(...issuesOf(env.error));
  if (isObj(v) && isObj(obj.mappings)) {
    const m = obj.mappings;
    for (const id in m) {
      if (id === "")
        issues.push({ path: ["mappings", id], message: "empty task ID", counter: false });
      if (isValidEntry(m[id]))
        continue;
      const r = ExternalIdsSchema.safeParse(m[id]);
      if (!r.success)
        for (const i of issuesOf(r.error))
          issues.push({ ...i, path: ["mappings", id, ...i.path] });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, data: v };
}
var isObj, isCount, fastCheckMapping;
var init_schema_check = __esm({
  "lib/core/schema-check.js"() {
    "use strict";
    init_import_meta_url();
    init_schema();
    init_ids();
    init_state();
    isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
    fastCheckMapping = (v) => scanMapping(v) !== void 0;
  }
});

// lib/core/parse.js
function stripUnsafeKeys(v, path = [], found = [], depth = 0) {
  if (typeof v !== "object" || v === null || depth > 3)
    return found;
  for (const k of Object.keys(v)) {
    if (UNSAFE_KEYS.has(k)) {
      found.push([...path, k]);
      delete v[k];
    } else
      stripUnsafeKeys(v[k], [...path, k], found, depth + 1);
  }
  return found;
}
function limitDepth(v, path = [], found = []) {
  if (typeof v !== "object" || v === null)
    return found;
  for (const k of Object.keys(v)) {
    const child = v[k];
    if (typeof child !== "object" || child === null)
      continue;
    if (path.length + 1 >= MAX_DEPTH) {
      v[k] = TOO_DEEP;
      found.push([...path, k]);
    } else
      limitDepth(child, [...path, k], found);
  }
  return found;
}
function lineOfOffset(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
function conflictSides(text) {
  const ours = [];
  const theirs = [];
  let state = "both";
  let seen = false;
  for (const line of text.split(/\r?\n/)) {
    const m = CONFLICT_LINE.exec(line);
    const mark = m?.[1]?.[0];
    if (mark === "<" && state === "both") {
      state = "ours";
      seen = true;
    } else if (mark === "|" && state === "ours")
      state = "base";
    else if (mark === "=" && (state === "ours" || state === "base"))
      state = "theirs";
    else if (mark === ">" && state === "theirs")
      state = "both";
    else {
      if (state === "both" || state === "ours")
        ours.push(line);
      if (state === "both" || state === "theirs")
        theirs.push(line);
    }
  }
  return seen && state === "both" ? { ours: ours.join("\n"), theirs: theirs.join("\n") } : void 0;
}
function jsonErrorPosition(err, text) {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(msg);
  if (/Unexpected end of JSON input/.test(msg) || !pos || Number(pos[1]) >= text.trimEnd().length)
    return { reason: "the file ends before the JSON does (truncated?)", offset: text.length };
  const reason = msg.replace(/\s*in JSON at position \d+.*$/s, "").replace(/^Unexpected token (.), ".*" is not valid JSON$/s, "unexpected $1");
  return { reason, offset: Number(pos[1]) };
}
function describePath(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : p).join(".") || "the top level";
}
function missingStateFile(kind, file) {
  return { kind, file, status: "missing", steps: [], findings: [], enveloped: true };
}
function parseStateText(kind, text, file, now) {
  const p = { kind, file, text, now, findings: [] };
  const read2 = readJsonText(text, file, STATE_FIXES);
  p.findings.push(...read2.findings);
  if (read2.json === void 0)
    return result(p, {
      status: "corrupt",
      ...read2.conflicted && { salvage: salvageConflict(kind, read2.body, file, now) }
    });
  const parsed = (read2.duplicates.length ? void 0 : fastPath(p, read2.body, read2.json)) ?? checkContent(p, read2.body, read2.json);
  return read2.duplicates.length ? { ...parsed, duplicates: read2.duplicates } : parsed;
}
function keysInText(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58)
      n++;
    else if (c === 34) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92)
          slashes++;
        if (slashes % 2 === 0)
          break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1)
        return n;
      i = end;
    }
  }
  return n;
}
function keysInValue(v) {
  let n = 0;
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null)
      continue;
    if (Array.isArray(x))
      for (const e of x)
        stack.push(e);
    else
      for (const k of Object.keys(x)) {
        n++;
        stack.push(x[k]);
      }
  }
  return n;
}
function duplicateKeys(body, json) {
  if (keysInText(body) === keysInValue(json))
    return [];
  const { parseTree, getNodeValue } = jsonc();
  const out = [];
  const walk = (node, path) => {
    if (node.type === "array")
      node.children?.forEach((c, i) => walk(c, [...path, String(i)]));
    if (node.type !== "object")
      return;
    const byKey = /* @__PURE__ */ new Map();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]?.value;
      if (key === void 0 || prop.children?.[1] === void 0)
        continue;
      byKey.set(key, [...byKey.get(key) ?? [], prop]);
    }
    for (const [key, props] of byKey) {
      const last = props.at(-1).children[1];
      if (props.length > 1) {
        const occurrences = props.map((p) => ({
          line: lineOfOffset(body, p.offset).line,
          value: getNodeValue(p.children[1])
        }));
        const first = JSON.stringify(occurrences[0].value);
        out.push({
          path: [...path, key],
          occurrences,
          same: occurrences.every((o) => JSON.stringify(o.value) === first)
        });
      }
      walk(last, [...path, key]);
    }
  };
  try {
    const tree = parseTree(body);
    if (tree)
      walk(tree, []);
  } catch (err) {
    if (!(err instanceof RangeError))
      throw err;
  }
  return out;
}
function duplicateFinding(d, file, fixes) {
  const lines = d.occurrences.map((o) => o.line);
  const where2 = `${describePath(d.path)} is written ${lines.length === 2 ? "twice" : `${lines.length} times`} (lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)})`;
  return d.same ? finding("warning", "DUPLICATE_JSON_KEY", `${where2}, each time with the same value; nothing is lost, and a rewrite keeps one`, { file, line: lines[1] }) : finding("error", "DUPLICATE_JSON_KEY", `${where2} with different values; a JSON reader keeps the last (line ${lines.at(-1)}) and drops the other silently, so extids does not use the file as it is: ${fixes.duplicate}`, { file, line: lines[0] });
}
function readJsonText(text, file, fixes) {
  const findings = [];
  let body = text;
  if (text.charCodeAt(0) === 65279) {
    findings.push(finding("error", "BOM", `starts with a byte-order mark (U+FEFF) that the reference implementation cannot read; ${fixes.bom}`, { file, line: 1 }));
    body = text.slice(1);
  }
  if (/^[\s\0]*$/.test(body)) {
    findings.push(finding("error", "EMPTY_FILE", body.includes("\0") ? `contains only NUL bytes (${body.length}): the last write did not complete` : "is empty", { file }));
    return { body, conflicted: false, duplicates: [], findings };
  }
  let json;
  try {
    json = JSON.parse(body);
  } catch (err) {
    const marker = body.split(/\r?\n/).findIndex((l) => CONFLICT_LINE.test(l));
    if (marker !== -1) {
      findings.push(finding("error", "CONFLICT_MARKERS", `has git conflict markers (first at line ${marker + 1}); ${fixes.conflict}`, { file, line: marker + 1 }));
      return { body, conflicted: true, duplicates: [], findings };
    }
    const { reason, offset } = jsonErrorPosition(err, body);
    const { line, column } = lineOfOffset(body, offset);
    findings.push(finding("error", "PARSE_ERROR", `is not valid JSON: ${reason} (line ${line}, column ${column})`, { file, line, column }));
    return { body, conflicted: false, duplicates: [], findings };
  }
  const duplicates = duplicateKeys(body, json);
  for (const d of duplicates)
    findings.push(duplicateFinding(d, file, fixes));
  return { body, json, conflicted: false, duplicates, findings };
}
function fastPath(p, body, json) {
  if (body !== p.text)
    return void 0;
  const analysis = p.kind === "mapping" ? scanMapping(json) : void 0;
  if (analysis || p.kind === "counters" && fastCheckCounters(json))
    return result(p, { status: "valid", data: json, analysis });
  return void 0;
}
function checkContent(p, body, json) {
  const loc = new Locator(body);
  const unsafe = sanitize(p, loc, json);
  const migrated = p.kind === "mapping" ? migrateMapping(json, p.now) : migrateCounters(json, p.now);
  const enveloped = migrated.enveloped;
  if (migrated.unsupported !== void 0) {
    p.findings.push(finding("error", "UNSUPPORTED_VERSION", `declares format version ${migrated.unsupported}, newer than the ${FORMAT_VERSION} this extids knows; upgrade extids (the file is left untouched)`, at(p, loc.line(["version"]))));
    return result(p, { enveloped, status: "unsupported" });
  }
  const checked = checkStateFile(p.kind, migrated.value);
  if (!checked.ok) {
    const filePath = (path) => enveloped ? path : path.slice(1);
    for (const issue2 of checked.issues)
      p.findings.push(schemaFinding(issue2, loc, p.file, filePath));
    const salvage = salvageData(p.kind, migrated.value, p.now);
    return result(p, { enveloped, status: "corrupt", salvage });
  }
  if (migrated.steps.length)
    p.findings.push(finding("warning", "LEGACY_VERSION", `is in an older format; \`extids migrate\` will: ${migrated.steps.join("; ")}`, at(p, 1)));
  const undecided = p.findings.some((f) => f.code === "DUPLICATE_JSON_KEY" && f.severity === "error");
  const corrupt = undecided || unsafe.length > 0 || p.findings.some((f) => f.code === "BOM");
  return result(p, {
    enveloped,
    status: corrupt ? "corrupt" : migrated.steps.length ? "legacy" : "valid",
    ...!undecided && { data: checked.data },
    steps: migrated.steps,
    ...corrupt && { salvage: { data: checked.data, lost: unsafe.map((u) => describePath(u)) } }
  });
}
function sanitize(p, loc, json) {
  for (const path of limitDepth(json))
    p.findings.push(finding("error", "SCHEMA_INVALID", `nests JSON deeper than a state file ever does at ${describePath(path)}; the value there is not used`, at(p, loc.line(path))));
  const unsafe = stripUnsafeKeys(json);
  for (const path of unsafe)
    p.findings.push(finding("error", "UNSAFE_KEY", `has the key "${path[path.length - 1]}" at ${describePath(path.slice(0, -1))}, refused to prevent prototype pollution`, at(p, loc.line(path))));
  return unsafe;
}
function schemaFinding(issue2, loc, file, toFilePath) {
  const where2 = describePath(issue2.path);
  const line = loc.line(toFilePath(issue2.path));
  return finding("error", issue2.counter ? "INVALID_COUNTER" : "SCHEMA_INVALID", `${where2}: ${issue2.message}`, { file, line });
}
function salvageData(kind, v, now) {
  const lost = [];
  const updated = isObj2(v) && typeof v.updated === "string" ? v.updated : now;
  if (kind === "mapping") {
    const mappings = {};
    const body2 = isObj2(v) ? v.mappings : void 0;
    if (!isObj2(body2))
      lost.push("the mappings object itself");
    else
      for (const id in body2) {
        const entry = body2[id];
        if (id === "" || !isObj2(entry)) {
          lost.push(`mapping "${id}" (not an object)`);
          continue;
        }
        if (isValidEntry(entry)) {
          mappings[id] = entry;
          continue;
        }
        const kept = {};
        for (const t in entry) {
          const val = entry[t];
          if (isTool(t) && typeof val === "string" && EXTERNAL_ID_PATTERN[t].test(val))
            kept[t] = val;
          else
            lost.push(`${id}.${t} = ${JSON.stringify(val)}`);
        }
        mappings[id] = kept;
      }
    return { data: { mappings, updated, version: FORMAT_VERSION }, lost };
  }
  const counters = emptyCounters();
  const body = isObj2(v) ? v.counters : void 0;
  const ok = (n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  if (!isObj2(body))
    lost.push("the counters object itself (counters are rebuilt from the highest numbers used)");
  else
    for (const t in body) {
      const val = body[t];
      if (!isTool(t))
        lost.push(`counter "${t}" (unknown tool)`);
      else if (t === "jira" || t === "linear") {
        if (!isObj2(val))
          lost.push(`${t} counters ${JSON.stringify(val)}`);
        else
          for (const k in val) {
            const n = val[k];
            if (ok(n) && PROJECT_KEY.test(k))
              counters[t][k] = n;
            else
              lost.push(`${t}.${k} = ${JSON.stringify(n)}`);
          }
      } else if (ok(val))
        counters[t] = val;
      else
        lost.push(`${t} = ${JSON.stringify(val)}`);
    }
  return { data: { counters, updated, version: FORMAT_VERSION }, lost };
}
function salvageConflict(kind, body, file, now) {
  const sides = conflictSides(body);
  return sides && salvageSides(kind, sides, file, now);
}
function salvageSides(kind, sides, file, now) {
  const parsed = [sides.ours, sides.theirs].map((t) => parseStateText(kind, t, file, now));
  const usable3 = parsed.map((p) => p.data ?? p.salvage?.data).filter((d) => d !== void 0);
  if (usable3.length === 0)
    return void 0;
  const lost = parsed.flatMap((p) => p.salvage?.lost ?? []);
  if (parsed.some((p) => !p.data && !p.salvage))
    lost.push("one side of the conflict could not be parsed");
  const updated = usable3.map((d) => d.updated).sort().at(-1);
  if (kind === "mapping") {
    const u = unionMappings(usable3.map((d, i) => ({
      name: i ? "theirs" : "ours",
      mappings: d.mappings
    })));
    for (const c of u.conflicts)
      lost.push(`${c.internalId} ${c.tool}: kept ${c.kept} (ours), theirs had ${c.other}`);
    return { data: { mappings: u.mappings, updated, version: FORMAT_VERSION }, lost };
  }
  return {
    data: {
      counters: maxCounters(...usable3.map((d) => d.counters)),
      updated,
      version: FORMAT_VERSION
    },
    lost
  };
}
var MAX_DEPTH, TOO_DEEP, Locator, CONFLICT_LINE, result, at, STATE_FIXES, isObj2;
var init_parse3 = __esm({
  "lib/core/parse.js"() {
    "use strict";
    init_import_meta_url();
    init_lazy_deps();
    init_findings();
    init_migrate();
    init_schema_check();
    init_schema();
    init_ids();
    init_state();
    MAX_DEPTH = 6;
    TOO_DEEP = "[nested too deeply]";
    Locator = class {
      text;
      enveloped;
      depth;
      lines;
      constructor(text, enveloped = true, depth = 3) {
        this.text = text;
        this.enveloped = enveloped;
        this.depth = depth;
      }
      line(path) {
        if (this.text === void 0)
          return void 0;
        if (!this.lines) {
          const lines = /* @__PURE__ */ new Map();
          try {
            jsonc().visit(this.text.charCodeAt(0) === 65279 ? " " + this.text.slice(1) : this.text, {
              onObjectProperty: (prop, _off, _len, line, _ch, pathSupplier) => {
                const parent = pathSupplier();
                if (parent.length < this.depth)
                  lines.set(JSON.stringify([...parent, prop]), line + 1);
              }
            });
          } catch (err) {
            if (!(err instanceof RangeError))
              throw err;
          }
          this.lines = lines;
        }
        const p = this.enveloped ? path : path.slice(1);
        for (let n = p.length; n > 0; n--) {
          const l = this.lines.get(JSON.stringify(p.slice(0, n)));
          if (l !== void 0)
            return l;
        }
        return void 0;
      }
    };
    CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: |$)/;
    result = (p, rest) => ({
      kind: p.kind,
      file: p.file,
      text: p.text,
      steps: [],
      enveloped: true,
      findings: p.findings,
      ...rest
    });
    at = (p, line, column) => ({ file: p.file, line, column });
    STATE_FIXES = {
      bom: "`extids repair` removes it",
      conflict: "`extids repair` merges both sides",
      duplicate: "`extids repair` keeps the value the task's frontmatter agrees with (of counters, the highest) and keeps the file as it was beside it, or says which lines a person must choose between"
    };
    isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
});

// lib/core/policy.js
function contradictions(copies) {
  const out = [];
  for (const tool of TOOLS) {
    const held = /* @__PURE__ */ new Map();
    for (const c of copies) {
      const v = c.externalIds?.[tool];
      if (v !== void 0)
        held.set(v, [...held.get(v) ?? [], c.file]);
    }
    if (held.size > 1)
      out.push(`${TOOL_LABEL[tool]} ${[...held].map(([v, files2]) => `${v} (${files2.join(", ")})`).join(" vs ")}`);
  }
  return out;
}
function duplicateTaskId(id, copies, introduced = () => false) {
  const files2 = copies.map((c) => c.file);
  const where2 = { file: copies[0].file, line: copies[0].line };
  const contra = contradictions(copies);
  if (contra.length)
    return finding("error", "DUPLICATE_TASK_ID", `${id} is the id of ${files2.length} files whose external IDs contradict each other: ${contra.join("; ")}; make the copies agree (or give one a new id)`, where2);
  const title = (c) => c.title ?? "";
  const clash = copies.filter((c) => introduced(c.file) && copies.some((o) => o !== c && title(o) !== title(c)));
  const titles = [...new Set(copies.map(title))];
  const listTitles = () => titles.map((t) => t ? `"${t}"` : "none").join(", ");
  if (clash.length) {
    const where3 = { file: clash[0].file, line: clash[0].line };
    const held = copies.filter((c) => !introduced(c.file)).map((c) => c.file);
    return finding("error", "DUPLICATE_TASK_ID", held.length ? `${id} is already the id of ${held.join(", ")}; the new ${clash.map((c) => c.file).join(", ")}, with another title (${listTitles()}), cannot take it over: give the new task its own id` : `${id} is the id of ${files2.length} new files with different titles (${listTitles()}): ${files2.join(", ")}; give each new task its own id`, where3);
  }
  const sameness = titles.length > 1 ? `titles differ (${listTitles()}): likely an old ID reused` : "same title: likely a task moved by copying";
  return finding("warning", "DUPLICATE_TASK_ID", `${id} is the id of ${files2.length} files: ${files2.join(", ")}; ${sameness}. They share one ledger entry and carry the same external IDs`, where2);
}
function frontmatterMismatch(t, entry, where2 = "", syncTools2 = []) {
  const out = [];
  const fm = t.externalIds ?? {};
  for (const tool of TOOLS) {
    const m = entry?.[tool];
    const f = fm[tool];
    if (f !== void 0 && m === void 0 && handWritten(tool, syncTools2))
      out.push(policyFinding("SYNC_PENDING", `external_ids.${tool} is ${f}, written by hand: \`extids sync\` links ${t.id} to that ${TOOL_LABEL[tool]} item once it has read it, and records it in the mapping file`, { file: t.file, line: t.externalIdsLine }));
    else if (f !== void 0 && m === void 0)
      out.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${tool} is ${f} but the mapping file has no ${TOOL_LABEL[tool]} ID for ${t.id}${where2}; \`extids repair\` adds it`, { file: t.file, line: t.externalIdsLine }));
    else if (f !== void 0 && m !== f)
      out.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${tool} is ${f} but the mapping file says ${m} for ${t.id}; \`extids repair\` writes ${m} (the mapping file wins)`, { file: t.file, line: t.externalIdsLine }));
    else if (f === void 0 && m !== void 0)
      out.push(finding("warning", "FRONTMATTER_MISMATCH", `has no external_ids.${tool}; the mapping file says ${m}; \`extids repair\` writes it`, { file: t.file, line: t.externalIdsLine ?? t.idLine }));
  }
  return out;
}
var SEVERITY, policyFinding, notATaskFinding, handWritten;
var init_policy = __esm({
  "lib/core/policy.js"() {
    "use strict";
    init_import_meta_url();
    init_findings();
    init_ids();
    SEVERITY = {
      FRONTMATTER_PARSE_ERROR: "error",
      NOT_UTF8: "error",
      NO_FRONTMATTER: "warning",
      DUPLICATE_YAML_KEY: "warning",
      INVALID_TASK_ID: "warning",
      MISSING_TASK_ID: "warning",
      LEGACY_TASK_ID_FIELD: "warning",
      MISSING_EXTERNAL_ID: "warning",
      SYNC_PENDING: "info",
      ORPHAN_MAPPING: "warning",
      // Not followed (tasks.ts says why): nothing in the ledger is wrong, but a task may go without IDs.
      SYMLINK_TASK: "warning",
      // A file the hook or `assign FILE` was handed that no scan reads (paths.ts: notATask).
      NOT_A_TASK: "warning"
    };
    policyFinding = (code, message, where2 = {}) => finding(SEVERITY[code], code, message, where2);
    notATaskFinding = (file, why) => policyFinding("NOT_A_TASK", `is not read as a task (${why}), so it gets no external IDs`, {
      file
    });
    handWritten = (tool, syncTools2) => syncTools2.includes(tool);
  }
});

// lib/core/yaml11.js
function resolvePlain(text) {
  if (text === "")
    return { kind: "null" };
  for (const resolver of BY_FIRST.get(text[0]) ?? [])
    if (PATTERN[resolver].test(text))
      return construct(resolver, text);
  return { kind: "str", value: text };
}
function construct(resolver, text) {
  switch (resolver) {
    case "bool":
      return { kind: "bool", value: /^(?:yes|true|on)$/i.test(text) };
    case "float":
      return constructFloat(text);
    case "int":
      return constructInt(text);
    case "null":
      return { kind: "null" };
    case "timestamp":
      return constructTimestamp(text);
    default:
      return {
        kind: "error",
        message: `\`${text}\` is a YAML 1.1 ${resolver} key that PyYAML cannot construct as a value (quote it)`
      };
  }
}
function resolveTagged(tag, text) {
  if (tag === "!")
    return resolvePlain(text);
  const name = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : void 0;
  const cannot = (why) => ({
    kind: "error",
    message: `\`${[tag.replace(YAML_TAG, "!!"), text].filter(Boolean).join(" ")}\` ${why}`
  });
  switch (name) {
    case "str":
      return { kind: "str", value: text };
    case "null":
      return { kind: "null" };
    case "bool": {
      const v = text.toLowerCase();
      return /^(?:yes|no|true|false|on|off)$/.test(v) ? { kind: "bool", value: /^(?:yes|true|on)$/.test(v) } : cannot("is not a YAML 1.1 boolean (yes, no, true, false, on, off)");
    }
    case "int": {
      const r = taggedInt(text);
      return r ?? cannot("is not a number PyYAML can read as an int");
    }
    case "float": {
      const r = taggedFloat(text);
      return r ?? cannot("is not a number PyYAML can read as a float");
    }
    case "timestamp": {
      if (!TIMESTAMP_PARTS.test(text))
        return cannot("is not a YAML 1.1 timestamp");
      return constructTimestamp(text);
    }
    case "binary": {
      const hex = base64Hex(text);
      return hex === void 0 ? cannot("is not valid base64") : { kind: "binary", value: hex };
    }
    case "map":
    case "seq":
    case "set":
    case "omap":
    case "pairs":
      return cannot(`is a scalar where PyYAML expects a ${name === "map" || name === "set" ? "mapping" : "sequence"}`);
    default:
      return cannot("has a tag PyYAML's safe_load has no constructor for");
  }
}
function pyInt(s, base) {
  const m = /^\s*([-+]?)(0[bBoOxX])?([0-9a-zA-Z]+)\s*$/.exec(s);
  if (!m)
    return void 0;
  const prefix = { 2: "b", 8: "o", 10: "", 16: "x" }[base];
  if (m[2] && m[2][1].toLowerCase() !== prefix)
    return void 0;
  const digit = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!digit.test(m[3]))
    return void 0;
  const n = BigInt(base === 10 ? m[3] : `0${prefix}${m[3]}`);
  return m[1] === "-" ? -n : n;
}
function taggedInt(text) {
  let v = text.replace(/_/g, "");
  if (v === "")
    return void 0;
  const sign = v[0] === "-" ? -1n : 1n;
  if (v[0] === "-" || v[0] === "+")
    v = v.slice(1);
  if (v === "")
    return void 0;
  const int2 = (n) => n === void 0 ? void 0 : { kind: "int", value: sign * n };
  if (v === "0")
    return int2(0n);
  if (v.startsWith("0b"))
    return int2(pyInt(v.slice(2), 2));
  if (v.startsWith("0x"))
    return int2(pyInt(v.slice(2), 16));
  if (v[0] === "0")
    return int2(pyInt(v, 8));
  if (v.includes(":")) {
    let n = 0n;
    for (const part of v.split(":")) {
      const d = pyInt(part, 10);
      if (d === void 0)
        return void 0;
      n = n * 60n + d;
    }
    return int2(n);
  }
  return int2(pyInt(v, 10));
}
function taggedFloat(text) {
  let v = text.replace(/_/g, "").toLowerCase();
  const sign = v[0] === "-" ? -1 : 1;
  if (v[0] === "-" || v[0] === "+")
    v = v.slice(1);
  if (v === ".inf")
    return { kind: "float", value: sign * Infinity };
  if (v === ".nan")
    return { kind: "float", value: NaN };
  if (!v.includes(":")) {
    const n = pyFloat(v);
    return n === void 0 ? void 0 : { kind: "float", value: sign * n };
  }
  let value = 0;
  let base = 1;
  for (const d of v.split(":").reverse()) {
    const n = pyFloat(d);
    if (n === void 0)
      return void 0;
    value += n * base;
    base *= 60;
  }
  return { kind: "float", value: sign * value };
}
function base64Hex(text) {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, "");
  const data = /^[A-Za-z0-9+/]*/.exec(clean)[0];
  const rest = data.length % 4;
  if (rest === 1)
    return void 0;
  if (rest && !clean.slice(data.length).startsWith("=".repeat(4 - rest)))
    return void 0;
  return Buffer.from(data, "base64").toString("hex");
}
function constructInt(text) {
  let v = text.replace(/_/g, "");
  const sign = v[0] === "-" ? -1n : 1n;
  if (v[0] === "-" || v[0] === "+")
    v = v.slice(1);
  const radix = (digits, base) => digits === "" ? { kind: "error", message: `\`${text}\` reads as a YAML 1.1 int without digits` } : { kind: "int", value: sign * BigInt(base + digits) };
  if (v === "0")
    return { kind: "int", value: 0n };
  if (v.startsWith("0b"))
    return radix(v.slice(2), "0b");
  if (v.startsWith("0x"))
    return radix(v.slice(2), "0x");
  if (v[0] === "0")
    return radix(v, "0o");
  if (v.includes(":"))
    return {
      kind: "int",
      value: sign * v.split(":").reduce((acc, d) => acc * 60n + BigInt(d), 0n)
    };
  return { kind: "int", value: sign * BigInt(v) };
}
function constructFloat(text) {
  let v = text.replace(/_/g, "").toLowerCase();
  const sign = v[0] === "-" ? -1 : 1;
  if (v[0] === "-" || v[0] === "+")
    v = v.slice(1);
  if (v === ".inf")
    return { kind: "float", value: sign * Infinity };
  if (v === ".nan")
    return { kind: "float", value: NaN };
  if (!v.includes(":"))
    return { kind: "float", value: sign * Number(v) };
  let value = 0;
  let base = 1;
  for (const d of v.split(":").reverse()) {
    value += Number(d) * base;
    base *= 60;
  }
  return { kind: "float", value: sign * value };
}
function constructTimestamp(text) {
  const m = TIMESTAMP_PARTS.exec(text);
  const [year, month, day] = [m[1], m[2], m[3]].map(Number);
  const bad = (why) => ({
    kind: "error",
    message: `\`${text}\` is a YAML 1.1 timestamp that PyYAML cannot build: ${why} (quote it to keep it text)`
  });
  if (year < 1)
    return bad("year 0");
  if (month < 1 || month > 12)
    return bad("month out of range");
  if (day < 1 || day > (month === 2 && leap(year) ? 29 : DAYS[month - 1]))
    return bad("day out of range for the month");
  const date2 = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m[4] === void 0)
    return { kind: "date", value: date2 };
  const [hour, minute, second] = [m[4], m[5], m[6]].map(Number);
  if (hour > 23 || minute > 59 || second > 59)
    return bad("time out of range");
  const micro = m[7] ? Number(m[7].slice(0, 6).padEnd(6, "0")) : 0;
  let zone = "";
  if (m[9]) {
    const minutes = Number(m[10]) * 60 + Number(m[11] ?? 0);
    if (minutes >= 24 * 60)
      return bad("offset of a day or more");
    zone = `${minutes === 0 ? "+" : m[9]}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  } else if (m[8] === "Z")
    zone = "+00:00";
  const time2 = `${pad(hour)}:${pad(minute)}:${pad(second)}${micro ? "." + pad(micro, 6) : ""}`;
  return { kind: "datetime", value: `${date2}T${time2}${zone}` };
}
function fieldText(r, written) {
  if (r.kind === "null")
    return null;
  if (r.kind === "error")
    return { error: r.message };
  return r.kind === "str" ? r.value : written;
}
var BOOL, FLOAT, INT, MERGE, NULL, TIMESTAMP, VALUE, TIMESTAMP_PARTS, PATTERN, BY_FIRST, YAML_TAG, PY_FLOAT, pyFloat, mayFail, pad, DAYS, leap;
var init_yaml11 = __esm({
  "lib/core/yaml11.js"() {
    "use strict";
    init_import_meta_url();
    BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
    FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
    INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
    MERGE = /^(?:<<)$/;
    NULL = /^(?:~|null|Null|NULL|)$/;
    TIMESTAMP = /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
    VALUE = /^(?:=)$/;
    TIMESTAMP_PARTS = /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;
    PATTERN = {
      bool: BOOL,
      float: FLOAT,
      int: INT,
      merge: MERGE,
      null: NULL,
      timestamp: TIMESTAMP,
      value: VALUE
    };
    BY_FIRST = /* @__PURE__ */ new Map();
    for (const [resolver, first] of [
      ["bool", "yYnNtTfFoO"],
      ["float", "-+0123456789."],
      ["int", "-+0123456789"],
      ["merge", "<"],
      ["null", "~nN"],
      ["timestamp", "0123456789"],
      ["value", "="]
    ])
      for (const c of first)
        BY_FIRST.set(c, [...BY_FIRST.get(c) ?? [], resolver]);
    YAML_TAG = "tag:yaml.org,2002:";
    PY_FLOAT = /^\s*[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?|inf|infinity|nan)\s*$/;
    pyFloat = (s) => {
      if (!PY_FLOAT.test(s))
        return void 0;
      const t = s.trim().replace(/^([-+]?)(inf|infinity)$/, "$1Infinity");
      return /nan$/.test(t) ? NaN : Number(t);
    };
    mayFail = (text) => /(?:^|[\s,[{:])[-+0-9=<]/.test(text);
    pad = (n, width = 2) => String(n).padStart(width, "0");
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    leap = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  }
});

// lib/core/read-files.js
function readBytes(fs, path, scratch2) {
  const fd = fs.openSync(path, "r");
  let n;
  try {
    n = fs.readSync(fd, scratch2, 0, scratch2.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return n < scratch2.length ? scratch2.subarray(0, n) : fs.readFileSync(path);
}
function readText(path) {
  return readBytes(nodeFs, path, scratch.buf ??= Buffer.allocUnsafe(SCRATCH)).toString("utf8");
}
async function readFiles(paths, each, o = {}) {
  const ahead = o.aheadFrom ?? READ_AHEAD_FROM;
  let next = 0;
  if (paths.length >= ahead && paths.length > 0 && (0, import_node_os.availableParallelism)() > 1)
    next = await readOnWorker(paths, each);
  for (; next < paths.length; next++)
    each(next, readHere(paths[next]));
}
function readHere(path) {
  try {
    return { text: readText(path) };
  } catch (err) {
    return { error: err };
  }
}
function readOnWorker(paths, each) {
  return new Promise((resolve6, reject) => {
    let done = 0;
    let worker;
    try {
      worker = new import_node_worker_threads.Worker(WORKER, {
        eval: true,
        // One string, not an array: cloning 20,000 strings for the worker cost the main thread ~5 ms.
        workerData: { joined: paths.join("\0"), batch: BATCH, size: SCRATCH }
      });
    } catch {
      resolve6(0);
      return;
    }
    let failure2;
    worker.on("message", (b) => {
      try {
        const buf = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.length);
        const errors = new Map(b.errors.map((e) => [e.i, e]));
        let at2 = 0;
        for (let k = 0; k < b.lengths.length; k++) {
          const n = b.lengths[k];
          const i = b.start + k;
          if (n < 0) {
            const e = errors.get(i);
            each(i, { error: Object.assign(new Error(e.message), { code: e.code }) });
          } else {
            each(i, { text: buf.toString("utf8", at2, at2 + n) });
            at2 += n;
          }
          done = i + 1;
        }
      } catch (err) {
        failure2 = err;
        void worker.terminate();
      }
    });
    worker.on("error", () => {
    });
    worker.on("exit", () => failure2 === void 0 ? resolve6(done) : reject(failure2));
  });
}
var nodeFs, import_node_os, import_node_worker_threads, READ_AHEAD_FROM, SCRATCH, BATCH, scratch, WORKER;
var init_read_files = __esm({
  "lib/core/read-files.js"() {
    "use strict";
    init_import_meta_url();
    nodeFs = __toESM(require("node:fs"), 1);
    import_node_os = require("node:os");
    import_node_worker_threads = require("node:worker_threads");
    READ_AHEAD_FROM = 2e3;
    SCRATCH = 64 * 1024;
    BATCH = 256;
    scratch = { buf: void 0 };
    WORKER = `'use strict';
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const readBytes = ${readBytes.toString()};
const { joined, batch, size } = workerData;
const paths = joined.split('\0');
const scratch = Buffer.allocUnsafe(size);
let out = Buffer.allocUnsafe(1 << 20);
for (let start = 0; start < paths.length; start += batch) {
  const end = Math.min(start + batch, paths.length);
  const lengths = new Int32Array(end - start);
  const errors = [];
  let used = 0;
  for (let i = start; i < end; i++) {
    let bytes;
    try {
      bytes = readBytes(fs, paths[i], scratch);
    } catch (err) {
      lengths[i - start] = -1;
      errors.push({ i, message: err.message, code: err.code });
      continue;
    }
    if (used + bytes.length > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(out.length * 2, used + bytes.length));
      out.copy(grown, 0, 0, used);
      out = grown;
    }
    bytes.copy(out, used);
    used += bytes.length;
    lengths[i - start] = bytes.length;
  }
  const bytes = new Uint8Array(used);
  bytes.set(out.subarray(0, used));
  parentPort.postMessage({ start, lengths, errors, bytes }, [bytes.buffer, lengths.buffer]);
}
`;
  }
});

// lib/core/tasks.js
function findFrontmatter(text) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  if (!text.startsWith("---", bom))
    return void 0;
  const nl = text.indexOf("\n", bom);
  if (nl === -1 || text.slice(bom + 3, nl).trim() !== "")
    return void 0;
  const eol = text[nl - 1] === "\r" ? "\r\n" : "\n";
  CLOSING_FENCE.lastIndex = nl;
  const m = CLOSING_FENCE.exec(text);
  if (!m)
    return void 0;
  return { start: nl + 1, end: m.index + 1, eol, firstLine: 2 };
}
function nameEnd(line, from) {
  if (!isNameStart(line.charCodeAt(from)))
    return from;
  let i = from + 1;
  while (isNameChar(line.charCodeAt(i)))
    i++;
  return i;
}
function valueStart(line, i) {
  while (isBlank(line.charCodeAt(i)))
    i++;
  if (line.charCodeAt(i) !== 58)
    return -1;
  if (++i === line.length)
    return i;
  if (!isBlank(line.charCodeAt(i)))
    return -1;
  while (isBlank(line.charCodeAt(i)))
    i++;
  return i;
}
function simpleScalar(src, from) {
  let s = src;
  if (s.includes("#")) {
    const hash = s.search(/(?:^|[ \t])#/);
    if (hash !== -1)
      s = s.slice(0, hash);
  }
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9))
    end--;
  if (end < s.length)
    s = s.slice(0, end);
  const to = from + s.length;
  if (s[0] === '"')
    return /^"[^"\\]*"$/.test(s) ? { value: s.slice(1, -1), from, to } : void 0;
  if (s[0] === "'")
    return /^'[^']*'$/.test(s) ? { value: s.slice(1, -1), from, to } : void 0;
  if (/^[&*!|>{[%@`,?:-]/.test(s) || /:[ \t]|:$|#/.test(s))
    return void 0;
  const r = resolvePlain(s);
  if (r.kind === "error")
    return void 0;
  if (r.kind === "null")
    return { value: null, from, to };
  return r.kind === "str" ? { value: s, from, to } : { value: s, typed: true, from, to };
}
function mayNotConstruct(value) {
  if (!mayFail(value))
    return false;
  for (const part of value.split(/[,[\]{}]|: |^- /)) {
    const t = part.replace(/[ \t]+#.*$/, "").trim();
    if (t !== "" && resolvePlain(t).kind === "error")
      return true;
  }
  return false;
}
function blankOrComment(line) {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32)
    i++;
  if (i === line.length || line.charCodeAt(i) === 35)
    return true;
  return line.trim() === "";
}
function fastRead(text, fm) {
  const keys = /* @__PURE__ */ new Set();
  const fields = {};
  let ext;
  let inExt = false;
  let openBlock = false;
  let line = fm.firstLine - 1;
  for (let pos = fm.start; pos < fm.end; ) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.end)
      nl = fm.end;
    const lineEnd = nl;
    const raw = text.slice(pos, text[nl - 1] === "\r" ? nl - 1 : nl);
    line++;
    const next = nl + 1;
    if (raw.includes("	"))
      return void 0;
    if (blankOrComment(raw)) {
      pos = next;
      continue;
    }
    if (raw[0] === " ") {
      if (!inExt) {
        if (!openBlock || !SAFE_NESTED.test(raw) || mayNotConstruct(raw.trim()))
          return void 0;
        pos = next;
        continue;
      }
      let indent = 1;
      while (raw.charCodeAt(indent) === 32)
        indent++;
      const end2 = nameEnd(raw, indent);
      const at3 = end2 === indent ? -1 : valueStart(raw, end2);
      if (at3 === -1 || ext.indent && indent !== ext.indent.length)
        return void 0;
      if (!ext.indent)
        ext.indent = raw.slice(0, indent);
      const key2 = raw.slice(indent, end2);
      const v = simpleScalar(raw.slice(at3), pos + at3);
      if (v === void 0 || ext.entries.has(key2))
        return void 0;
      ext.entries.set(key2, { line, value: v, lineEnd });
      ext.blockEnd = next;
      pos = next;
      continue;
    }
    inExt = false;
    const end = nameEnd(raw, 0);
    const at2 = end === 0 ? -1 : valueStart(raw, end);
    if (at2 === -1)
      return void 0;
    const key = raw.slice(0, end);
    if (keys.has(key))
      return void 0;
    keys.add(key);
    const rest = raw.slice(at2);
    openBlock = rest === "" || (rest.includes("#") ? rest.replace(/[ \t]+#.*$/, "") : rest).trim() === "";
    if (key === "external_ids") {
      if (!openBlock)
        return void 0;
      ext = { line, entries: /* @__PURE__ */ new Map(), indent: "", blockEnd: next };
      inExt = true;
    } else if (key === "id" || key === "task_id" || key === "created" || key === "title" || key === "status") {
      const v = simpleScalar(rest, pos + at2);
      if (v === void 0)
        return void 0;
      fields[key] = v.value === null ? { line } : { line, value: v };
    } else {
      const v = rest.trim();
      const open = v[0];
      if (
        // A tag, anchor, alias, block scalar or reserved indicator (`!!python/none`, `*a`, `@x`),
        // an entry or key indicator, or a `: ` in a plain value: the library judges.
        /^[!&*%@`|>]|^[-?:](?:[ \t]|$)/.test(v) || (open === "[" || open === "{") && /[!&*]/.test(v) || !/^["'[{]/.test(v) && /:(?:[ \t]|$)/.test(v.replace(/(?:^|[ \t])#.*$/, "")) || // A flow collection or quoted scalar that is not one whole value (`[a] [b]`, `"a" "b"`,
        // nested or followed by more): the library judges.
        open === "[" && !/^\[[^[\]{}]*\]$/.test(v) || open === "{" && !/^\{[^[\]{}]*\}$/.test(v) || open === '"' && !/^"(?:[^"\\]|\\.)*"$/.test(v) || open === "'" && !/^'(?:[^']|'')*'$/.test(v) || mayNotConstruct(v)
      )
        return void 0;
    }
    pos = next;
  }
  return { keys, fields, ext };
}
function externalIdsFrom(entries, file, findings) {
  const out = {};
  for (const { key, value, line } of entries) {
    const tool = normalizeToolName(key);
    if (!tool)
      continue;
    if (value === null || value === "")
      continue;
    const upper = typeof value === "string" ? value.toUpperCase() : void 0;
    if (upper === void 0 || !EXTERNAL_ID_PATTERN[tool].test(upper)) {
      findings.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${key} = ${typeof value === "string" ? value : value.nested} is not a valid ${TOOL_LABEL[tool]} ID (${TOOL_FORM[tool]})`, { file, line }));
      continue;
    }
    out[tool] = upper;
  }
  return out;
}
function readTaskText(text, path, file) {
  return readTaskWith(text, path, file, fastRead);
}
function readTaskWith(text, path, file, fastReader) {
  const rec = { file, path, hasFrontmatter: false, findings: [] };
  const bad = text.indexOf("\uFFFD");
  if (bad !== -1) {
    const line = text.slice(0, bad).split("\n").length;
    rec.findings.push(policyFinding("NOT_UTF8", `is not valid UTF-8 (line ${line}), so extids neither reads nor edits it; save it as UTF-8`, { file, line }));
    return rec;
  }
  const fm = findFrontmatter(text);
  if (!fm) {
    rec.findings.push(noFrontmatter(text, file));
    return rec;
  }
  rec.hasFrontmatter = true;
  const fast = fastReader(text, fm);
  if (fast) {
    const f = fast.fields;
    const id = f.id ?? f.task_id;
    if (id) {
      rec.idField = f.id ? "id" : "task_id";
      rec.idLine = id.line;
      if (id.value && id.value.value !== null)
        rec.id = id.value.value;
      else
        rec.idValue = "empty";
    }
    const created = f.created?.value?.value;
    if (created)
      rec.created = created;
    const title = f.title?.value?.value;
    if (title)
      rec.title = title;
    const status = f.status?.value?.typed ? void 0 : f.status?.value?.value;
    if (status)
      rec.status = status;
    if (fast.ext) {
      rec.externalIdsLine = fast.ext.line;
      const entries = [];
      for (const [key, e] of fast.ext.entries)
        entries.push({ key, value: e.value.value, line: e.line });
      rec.externalIds = externalIdsFrom(entries, file, rec.findings);
    }
  } else
    slowRead(text, fm, rec);
  if (rec.idField === "task_id" && rec.id !== void 0)
    rec.findings.push(policyFinding("LEGACY_TASK_ID_FIELD", `uses the legacy "task_id:" field; rename it to "id:"`, {
      file,
      line: rec.idLine
    }));
  return rec;
}
function parseFrontmatter(src, lineCounter) {
  return yaml().parseDocument(src, {
    schema: "failsafe",
    merge: true,
    uniqueKeys: false,
    resolveKnownTags: false,
    prettyErrors: false,
    lineCounter
  });
}
function refusal(doc, src) {
  const tab = refusedTab(src);
  if (tab !== void 0)
    return {
      message: `a tab where PyYAML takes none (found character '\\t' that cannot start any token); use spaces`,
      offset: tab
    };
  const e = doc.errors[0];
  if (e)
    return { message: e.message.split("\n")[0], offset: e.pos[0] };
  return unconstructable(doc);
}
function refusedTab(src) {
  if (!src.includes("	"))
    return void 0;
  const { Lexer, CST } = yaml();
  let offset = 0;
  let scalarNext = false;
  let block = false;
  for (const tok of new Lexer().lex(src)) {
    if (tok === "" || tok === "" || tok === "") {
      scalarNext = tok === "";
      continue;
    }
    const at2 = offset;
    offset += tok.length;
    const content = scalarNext;
    const inBlock = content && block;
    scalarNext = false;
    if (content)
      block = false;
    else if (CST.tokenType(tok) === "block-scalar-header")
      block = true;
    if (!tok.includes("	"))
      continue;
    if (inBlock) {
      const bad = blockTab(tok);
      if (bad !== void 0)
        return at2 + bad;
    } else if (content || !TAB_TOKENS.has(String(CST.tokenType(tok))))
      return at2 + tok.indexOf("	");
  }
  return void 0;
}
function blockTab(content) {
  const first = /^( *)[^ \r\n]/m.exec(content);
  const indent = Math.max(1, first ? first[1].length : 1);
  let at2 = 0;
  for (const line of content.split("\n")) {
    let s = 0;
    while (line[s] === " ")
      s++;
    if (line[s] === "	" && s < indent)
      return at2 + s;
    at2 += line.length + 1;
  }
  return void 0;
}
function unconstructable(doc) {
  const { visit, isMap, isSeq, isAlias } = yaml();
  let found;
  const deref = (n) => isAlias(n) ? n.resolve(doc) : n;
  const refuse = (message, node) => {
    found = { message, offset: rangeOf(node)?.[0] };
    return visit.BREAK;
  };
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === void 0)
        return refuse(`*${node.source} names no anchor before it (undefined alias)`, node);
    },
    Scalar(_key, node) {
      if (typeof node.value === "symbol")
        return;
      const r = pyScalarOf(node);
      if (r.kind === "error")
        return refuse(r.message, node);
    },
    Map(_key, node) {
      const tag = node.tag;
      if (tag !== void 0 && tag !== "!" && tag !== YAML_TAG + "map" && tag !== YAML_TAG + "set")
        return refuse(`a mapping tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      for (const p of node.items) {
        if (isMap(p.key) || isSeq(p.key))
          return refuse("a mapping or list as a key, which PyYAML cannot use (unhashable key)", p.key);
        if (!isMergeKey(p))
          continue;
        const v = deref(p.value);
        const maps = isSeq(v) ? v.items.map(deref) : [v];
        if (!maps.every((m) => isMap(m)))
          return refuse("a << merge of something other than a mapping or a list of mappings", p.value);
      }
    },
    Seq(_key, node) {
      const tag = node.tag;
      if (tag === void 0 || tag === "!" || tag === YAML_TAG + "seq")
        return;
      if (tag !== YAML_TAG + "omap" && tag !== YAML_TAG + "pairs")
        return refuse(`a list tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      if (!node.items.every((m) => isMap(m) && m.items.length === 1))
        return refuse(`${tag.replace(YAML_TAG, "!!")} needs a list of one-key mappings`, node);
    }
  });
  return found;
}
function isMergeKey(p) {
  const { isScalar } = yaml();
  return isScalar(p.key) && typeof p.key.value === "symbol";
}
function pyScalarOf(n) {
  const text = n.value == null ? "" : String(n.value);
  if (n.tag !== void 0)
    return resolveTagged(n.tag, text);
  return n.type === "PLAIN" ? resolvePlain(text) : { kind: "str", value: text };
}
function nodeText(node, doc) {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  if (n == null)
    return null;
  if (!isScalar(n))
    return { nested: JSON.stringify(n.toJSON()) };
  const v = n.value == null ? "" : String(n.value);
  const t = fieldText(pyScalarOf(n), v);
  return typeof t === "object" && t !== null ? v : t;
}
function isPyString(node, doc) {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  return isScalar(n) && pyScalarOf(n).kind === "str";
}
function mergedPairs(map, doc) {
  const out = /* @__PURE__ */ new Map();
  for (const { key, pair, merged } of flatten(map, doc, false))
    out.set(key, { pair, merged });
  return out;
}
function flatten(map, doc, merged) {
  const { isScalar, isMap, isSeq, isAlias } = yaml();
  const deref = (n) => isAlias(n) ? n.resolve(doc) : n;
  const merges = [];
  const own2 = [];
  for (const p of map.items) {
    if (isMergeKey(p)) {
      const v = deref(p.value);
      const maps = isSeq(v) ? v.items.map(deref).reverse() : [v];
      for (const m of maps)
        if (isMap(m))
          merges.push(...flatten(m, doc, true));
    } else if (isScalar(p.key))
      own2.push({ key: String(p.key.value), pair: p, merged });
  }
  return [...merges, ...own2];
}
function noFrontmatter(text, file) {
  const why = text.trim() === "" ? "is empty" : /^\uFEFF?---[ \t]*\r?\n/.test(text) ? "opens frontmatter with --- but never closes it with a --- line" : "has no frontmatter";
  return policyFinding("NO_FRONTMATTER", `${why}, so it is not a task (add it to "exclude" in the config if it is a guide or a README)`, { file, line: 1 });
}
function slowRead(text, fm, rec) {
  const { LineCounter, isMap, isScalar, isAlias } = yaml();
  const src = text.slice(fm.start, fm.end);
  const lc = new LineCounter();
  const doc = parseFrontmatter(src, lc);
  const lineOf = (offset) => offset === void 0 ? void 0 : lc.linePos(offset).line + fm.firstLine - 1;
  const broken = refusal(doc, src);
  if (broken) {
    rec.findings.push(policyFinding("FRONTMATTER_PARSE_ERROR", `frontmatter is not valid YAML: ${broken.message}`, {
      file: rec.file,
      line: lineOf(broken.offset)
    }));
    return;
  }
  if (!isMap(doc.contents)) {
    rec.findings.push(policyFinding("FRONTMATTER_PARSE_ERROR", "frontmatter is not a YAML mapping of keys to values", { file: rec.file, line: fm.firstLine }));
    return;
  }
  const items = doc.contents.items;
  const top = mergedPairs(doc.contents, doc);
  const pairOf = (k) => top.get(k)?.pair;
  reportRepeatedKeys(items, "", lineOf, rec);
  const keyLine = (p) => lineOf(rangeOf(p.key)?.[0]);
  const textOf = (k) => {
    const p = pairOf(k);
    const v = p ? nodeText(p.value, doc) : null;
    return typeof v === "string" && v !== "" ? v : void 0;
  };
  const idPair = pairOf("id") ?? pairOf("task_id");
  if (idPair) {
    rec.idField = pairOf("id") ? "id" : "task_id";
    rec.idLine = keyLine(idPair);
    const v = nodeText(idPair.value, doc);
    if (typeof v === "string")
      rec.id = v;
    else
      rec.idValue = v === null ? "empty" : "not-single";
  }
  const created = textOf("created");
  if (created)
    rec.created = created;
  const title = textOf("title");
  if (title)
    rec.title = title;
  const status = pairOf("status");
  if (status && isPyString(status.value, doc)) {
    const v = textOf("status");
    if (v)
      rec.status = v;
  }
  const ext = pairOf("external_ids");
  if (ext) {
    rec.externalIdsLine = keyLine(ext);
    const value = isAlias(ext.value) ? ext.value.resolve(doc) : ext.value;
    if (value == null || isScalar(value) && nodeText(value, doc) === null)
      return;
    if (!isMap(value)) {
      rec.findings.push(finding("error", "FRONTMATTER_MISMATCH", "external_ids must be a map of tool to ID", {
        file: rec.file,
        line: rec.externalIdsLine
      }));
      return;
    }
    const extItems = value.items;
    reportRepeatedKeys(extItems, "external_ids.", lineOf, rec);
    rec.externalIds = externalIdsFrom([...mergedPairs(value, doc)].map(([key, { pair: p }]) => ({
      key,
      value: nodeText(p.value, doc),
      line: keyLine(p) ?? rec.externalIdsLine
    })), rec.file, rec.findings);
  }
}
function reportRepeatedKeys(items, prefix, lineOf, rec) {
  const { isScalar } = yaml();
  const seen = /* @__PURE__ */ new Map();
  for (const p of items) {
    if (!isScalar(p.key))
      continue;
    const key = String(p.key.value);
    const line = lineOf(p.key.range?.[0]);
    if (seen.has(key))
      rec.findings.push(finding("warning", "DUPLICATE_YAML_KEY", `${prefix}${key} is written twice (lines ${seen.get(key)} and ${line}); PyYAML keeps the last value, and so does extids`, { file: rec.file, line }));
    seen.set(key, line);
  }
}
function setExternalIds(text, desired, file = "the task file") {
  const next = editExternalIds(text, desired, file);
  if (next === text)
    return next;
  const before = readTaskText(text, file, file);
  const after = readTaskText(next, file, file);
  const got = after.externalIds ?? {};
  if (after.id !== before.id || TOOLS.some((t) => desired[t] !== void 0 && got[t] !== desired[t]))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: its frontmatter would not read back with external_ids ${JSON.stringify(desired)}; add them by hand or simplify the frontmatter`, { file });
  return next;
}
function setExternalIdsOrReport(text, desired, file, findings) {
  try {
    return setExternalIds(text, desired, file);
  } catch (err) {
    if (!(err instanceof ExtidsError && err.details.findings?.length))
      throw err;
    findings.push(...err.details.findings);
    return text;
  }
}
function editExternalIds(text, desired, file) {
  const fm = findFrontmatter(text);
  if (!fm)
    throw new ExtidsError("WRITE_FAILED", `${file} has no frontmatter to add external_ids to`, {
      file
    });
  const tools = TOOLS.filter((t) => desired[t] !== void 0);
  const fast = fastRead(text, fm);
  if (fast && !fast.ext && !fast.keys.has("external_ids"))
    return insertAt(text, fm.end, newBlock(desired, tools, detectIndent(text, fm), fm.eol));
  if (fast?.ext) {
    const edits = [];
    const indent = fast.ext.indent || detectIndent(text, fm);
    let added = "";
    for (const t of tools) {
      const present = [...fast.ext.entries].find(([k]) => normalizeToolName(k) === t);
      if (!present)
        added += `${indent}${t}: ${yamlValue(desired[t])}${fm.eol}`;
      else if (present[1].value.value?.toUpperCase() !== desired[t])
        edits.push(replaceValue(text, present[1].value, desired[t]));
    }
    if (added)
      edits.push({ from: fast.ext.blockEnd, to: fast.ext.blockEnd, text: added });
    return applyEdits(text, edits);
  }
  return slowSet(text, fm, desired, tools, file);
}
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
function replaceValue(text, span, value) {
  const bare = span.from === span.to && text[span.from - 1] === ":";
  return { from: span.from, to: span.to, text: `${bare ? " " : ""}${yamlValue(value)}` };
}
function slowSet(text, fm, desired, tools, file) {
  const { isMap, isScalar } = yaml();
  const src = text.slice(fm.start, fm.end);
  const doc = parseFrontmatter(src);
  if (refusal(doc, src) || !isMap(doc.contents))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: its frontmatter is not valid YAML; fix it before assigning`, { file });
  const lineOf = (node) => src.slice(0, rangeOf(node)?.[0] ?? 0).split("\n").length + fm.firstLine - 1;
  const mergedRefusal = (what, kept2, want) => {
    const line = lineOf(kept2.pair.key);
    const message = `${what} comes from a << merge (line ${line}): extids does not write ${want} over it (a second key would silently override what is written there) nor edit the merged map; change it there by hand`;
    return new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: ${message}`, {
      file,
      findings: [
        finding("error", "FRONTMATTER_MISMATCH", `not edited: ${message}`, { file, line })
      ]
    });
  };
  const top = mergedPairs(doc.contents, doc).get("external_ids");
  if (top?.merged)
    throw mergedRefusal("external_ids", top, JSON.stringify(desired));
  const pair = top?.pair;
  const indent = detectIndent(text, fm);
  if (!pair)
    return insertAt(text, fm.end, newBlock(desired, tools, indent, fm.eol));
  const at2 = (offset) => fm.start + offset;
  const value = pair.value;
  const empty = value == null || isScalar(value) && nodeText(value, doc) === null;
  if (empty) {
    const lineEnd = text.indexOf("\n", at2(rangeOf(pair.key)[1]));
    const colon = text.indexOf(":", at2(rangeOf(pair.key)[1]));
    const block = newBlock(desired, tools, indent, fm.eol);
    return text.slice(0, colon) + block.slice("external_ids".length, -fm.eol.length) + text.slice(lineEnd - (text[lineEnd - 1] === "\r" ? 1 : 0));
  }
  if (!isMap(value))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: external_ids is not a map of tool to ID; fix it before assigning`, { file });
  const items = value.items;
  const kept = [...mergedPairs(value, doc)];
  const keptOf2 = (t) => kept.findLast(([k]) => normalizeToolName(k) === t)?.[1];
  const itemOf = (t) => keptOf2(t)?.pair;
  const edits = [];
  for (const t of tools) {
    const k = keptOf2(t);
    if (!k)
      continue;
    const item = k.pair;
    const v = item.value;
    const written = isScalar(v) ? nodeText(v, doc) : null;
    const current = typeof written === "string" && written !== "" ? written.toUpperCase() : void 0;
    if (current === desired[t])
      continue;
    if (k.merged)
      throw mergedRefusal(`external_ids.${t}`, k, desired[t]);
    const r = rangeOf(v);
    const keyEnd = at2(rangeOf(item.key)[1]);
    const span = r && r[1] > r[0] ? { from: at2(r[0]), to: at2(r[1]) } : { from: text.indexOf(":", keyEnd) + 1, to: text.indexOf(":", keyEnd) + 1 };
    edits.push(replaceValue(text, span, desired[t]));
  }
  const missing = tools.filter((t) => !itemOf(t));
  if (value.flow) {
    if (missing.length) {
      const add = missing.map((t) => `${t}: ${yamlValue(desired[t])}`).join(", ");
      const last = items.at(-1);
      const end = last ? at2(rangeOf(last.value)?.[1] ?? rangeOf(last.key)[1]) : at2(rangeOf(value)[0]) + 1;
      edits.push({ from: end, to: end, text: last ? `, ${add}` : ` ${add} ` });
    }
    return applyEdits(text, edits);
  }
  const firstKey = rangeOf(items[0]?.key);
  const itemIndent = firstKey ? text.slice(text.lastIndexOf("\n", at2(firstKey[0])) + 1, at2(firstKey[0])) : indent;
  const added = missing.map((t) => `${itemIndent}${t}: ${yamlValue(desired[t])}${fm.eol}`).join("");
  if (added) {
    const last = items.at(-1);
    const end = at2(rangeOf(last.value)?.[1] ?? rangeOf(last.key)[1]);
    const nl = text.indexOf("\n", end);
    const lineEnd = nl === -1 || nl > fm.end ? fm.end : nl + 1;
    edits.push({ from: lineEnd, to: lineEnd, text: added });
  }
  return applyEdits(text, edits);
}
function detectIndent(text, fm) {
  const m = /\n( +)[^ \n]/.exec(text.slice(fm.start - 1, fm.end));
  return m ? m[1] : "  ";
}
function listTaskFiles(tasksDir, links) {
  const out = [];
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = nodeFs2.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if (err.code === "ENOENT")
        return;
      throw new ExtidsError("UNREADABLE", `cannot read ${dir}: ${describeFsError(err)}`, {
        file: dir,
        cause: err
      });
    }
    for (const e of entries) {
      if (isSkippedName(e.name))
        continue;
      const p = dir + import_node_path3.sep + e.name;
      const r = rel + e.name;
      if (e.isDirectory())
        walk(p, r + "/");
      else if (e.isFile() && isMarkdown(e.name))
        out.push({ path: p, rel: r });
      else if (links && e.isSymbolicLink() && (isMarkdown(e.name) || isFolder(p)))
        links.push({ path: p, rel: r });
    }
  };
  walk(tasksDir, "");
  return out.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}
function linkedTask(path, file, tasksDir) {
  let target = "";
  try {
    target = nodeFs2.readlinkSync(path);
  } catch {
  }
  const resolved = (0, import_node_path3.resolve)((0, import_node_path3.dirname)(path), target);
  const folder = isFolder(path);
  const inside = (resolved === tasksDir || resolved.startsWith(tasksDir + import_node_path3.sep)) && (folder || nodeFs2.existsSync(resolved) && nodeFs2.statSync(resolved).isFile());
  const what = folder ? "a folder" : "a task file";
  const becomes = inside ? `what it points to is read where it lives, under the tasks directory, and gets its IDs there` : `so ${folder ? "no task in it is read" : "the task it points to gets no external IDs"}: put the ${folder ? "folder" : "file"} itself under the tasks directory instead of a link`;
  return policyFinding("SYMLINK_TASK", `is a symbolic link (to ${target || "an unreadable target"}) where ${what} would be; extids does not follow links (it reads and writes only regular files, and a write would replace the link with a file), ${becomes}`, { file });
}
function readTask(path, root, file = relPath(root, path)) {
  let text;
  try {
    text = readText(path);
  } catch (err) {
    return unreadable(path, file, err);
  }
  return readTaskText(text, path, file);
}
async function scanTasks(tasksDir, opts) {
  const links = [];
  const files2 = listTaskFiles(tasksDir, links).filter((f) => !notATask(f.rel, opts.exclude));
  const base = relPath(opts.root, tasksDir);
  const prefix = base === "" ? "" : base + "/";
  const out = [];
  await readFiles(files2.map((f) => f.path), (i, read2) => {
    const f = files2[i];
    const file = prefix + f.rel;
    out.push(read2.text === void 0 ? unreadable(f.path, file, read2.error) : readTaskText(read2.text, f.path, file));
    if (opts.onProgress && (i % 250 === 249 || i === files2.length - 1))
      opts.onProgress(i + 1, files2.length);
  }, { aheadFrom: opts.readAheadFrom });
  for (const l of links)
    if (!opts.exclude?.test(l.rel))
      out.push({
        file: prefix + l.rel,
        path: l.path,
        hasFrontmatter: false,
        findings: [linkedTask(l.path, prefix + l.rel, tasksDir)]
      });
  return out;
}
function tasksById(tasks) {
  const byId2 = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    if (t.id === void 0)
      continue;
    const same = byId2.get(t.id);
    if (same)
      same.push(t);
    else
      byId2.set(t.id, [t]);
  }
  return byId2;
}
function taskBody(text) {
  const fm = findFrontmatter(text);
  if (!fm)
    return text.replace(/^\s*\n/, "");
  const nl = text.indexOf("\n", fm.end);
  return (nl === -1 ? "" : text.slice(nl + 1)).replace(/^(?:[ \t]*\r?\n)+/, "");
}
var nodeFs2, import_node_path3, CLOSING_FENCE, SAFE_NESTED, isNameStart, isNameChar, isBlank, TOOL_FORM, TAB_TOKENS, yamlValue, insertAt, newBlock, rangeOf, isFolder, unreadable;
var init_tasks = __esm({
  "lib/core/tasks.js"() {
    "use strict";
    init_import_meta_url();
    nodeFs2 = __toESM(require("node:fs"), 1);
    import_node_path3 = require("node:path");
    init_lazy_deps();
    init_findings();
    init_ids();
    init_paths();
    init_yaml11();
    init_read_files();
    init_policy();
    CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;
    SAFE_NESTED = /^ +(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*:(?: +[^:#'"{[\]&*!|>%@`]*)?|[^:#'"{[\]&*!|>%@`-][^:#'"{[\]&*!|>%@`]*)$/;
    isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
    isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57 || c === 45;
    isBlank = (c) => c === 32 || c === 9;
    TOOL_FORM = {
      azure_devops: "a number such as 123",
      github: "a number such as 123",
      jira: "a key and a number such as PROJ-123",
      linear: "a key and a number such as TEAM-123"
    };
    TAB_TOKENS = /* @__PURE__ */ new Set(["single-quoted-scalar", "double-quoted-scalar", "comment"]);
    yamlValue = (v) => /^[0-9]+$/.test(v) ? `"${v}"` : v;
    insertAt = (text, at2, insert) => text.slice(0, at2) + insert + text.slice(at2);
    newBlock = (desired, tools, indent, eol) => `external_ids:${eol}` + tools.map((t) => `${indent}${t}: ${yamlValue(desired[t])}${eol}`).join("");
    rangeOf = (node) => node?.range;
    isFolder = (p) => {
      try {
        return nodeFs2.statSync(p).isDirectory();
      } catch {
        return false;
      }
    };
    unreadable = (path, file, err) => ({
      file,
      path,
      hasFrontmatter: false,
      findings: [finding("error", "UNREADABLE", `cannot be read: ${err.message}`, { file })]
    });
  }
});

// lib/core/sync/markdown.js
function editTokens(markdown, edit) {
  let out = "";
  let from = 0;
  const take = (raw, by) => {
    const at2 = markdown.indexOf(raw, from);
    if (at2 < 0)
      return;
    out += markdown.slice(from, at2) + (by ?? raw);
    from = at2 + raw.length;
  };
  lexer ??= new (marked()).Marked({ gfm: true });
  lexer.walkTokens(lexer.lexer(markdown), (t) => {
    if (t.type === "code" || t.type === "codespan")
      return take(t.raw);
    const by = edit(t);
    if (by !== void 0 && by !== t.raw)
      take(t.raw, by);
  });
  return out + markdown.slice(from);
}
var lexer;
var init_markdown = __esm({
  "lib/core/sync/markdown.js"() {
    "use strict";
    init_import_meta_url();
    init_lazy_deps();
  }
});

// lib/core/sync/remote.js
function split(url) {
  const segsOf = (path) => path.split(/[/\\]+/).filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (/^[a-z][\w+.-]*:\/\//i.test(url)) {
    try {
      const u = new URL(url);
      return { host: u.hostname.toLowerCase(), segs: segsOf(u.pathname) };
    } catch {
      return { segs: segsOf(url) };
    }
  }
  const scp = /^(?:[^@/\\]+@)?([^:/\\]{2,}):(.*)$/.exec(url);
  if (scp)
    return { host: scp[1].toLowerCase(), segs: segsOf(scp[2]) };
  return { segs: segsOf(url) };
}
function parseRemote(url) {
  const trimmed = url?.trim();
  if (!trimmed)
    return void 0;
  const { host, segs } = split(trimmed);
  if (segs.length)
    segs[segs.length - 1] = segs.at(-1).replace(/\.git$/i, "");
  if (host && AZURE.test(host))
    return azure(host, segs);
  if (segs.length < 2 || segs.slice(-2).some((s) => !s))
    return void 0;
  const repo = segs.slice(-2).join("/");
  const at2 = `https://${host}/${segs.join("/")}`;
  if (host === "github.com")
    return {
      repo,
      web: { host: "github", base: `https://github.com/${segs.join("/").toLowerCase()}` }
    };
  if (host === "bitbucket.org")
    return { repo, web: { host: "bitbucket", base: at2 } };
  if (host && /(^|\.)gitlab\./.test(host))
    return { repo, web: { host: "gitlab", base: at2 } };
  return { repo };
}
function azure(host, segs) {
  let org;
  let project;
  let name;
  const git = segs.indexOf("_git");
  if (segs[0] === "v3" && git < 0)
    [, org, project, name] = segs;
  else if (git >= 0) {
    name = segs[git + 1];
    const before = segs.slice(0, git);
    if (/^(ssh\.)?dev\.azure\.com$/.test(host))
      org = before.shift();
    else
      org = host.split(".")[0];
    project = before.filter((s) => s.toLowerCase() !== "defaultcollection").at(-1) ?? name;
  }
  if (!org || !project || !name)
    return void 0;
  const base = `https://dev.azure.com/${[org, project, "_git", name].map(encodeURIComponent).join("/")}`;
  return { repo: `${project}/${name}`, web: { host: "azure", base } };
}
function fileUrl(web, branch, file) {
  const path = file.split("/").map(encodeURIComponent).join("/");
  const base = web.base.replace(/\/+$/, "");
  switch (web.host) {
    case "github":
      return `${base}/blob/${encodeURI(branch)}/${path}`;
    case "gitlab":
      return `${base}/-/blob/${encodeURI(branch)}/${path}`;
    case "bitbucket":
      return `${base}/src/${encodeURI(branch)}/${path}`;
    case "azure":
      return `${base}?path=/${path}&version=GB${encodeURIComponent(branch)}`;
  }
}
var AZURE;
var init_remote = __esm({
  "lib/core/sync/remote.js"() {
    "use strict";
    init_import_meta_url();
    AZURE = /(^|\.)(dev\.azure\.com|visualstudio\.com)$/i;
  }
});

// lib/core/sync/tracker.js
function markerFor(repo, tool, task) {
  const digest = (0, import_node_crypto.createHash)("sha256").update(`${repo.toLowerCase()}\0${tool}\0${task}`).digest("hex").slice(0, 16);
  return { task, digest };
}
async function sendOnce(e, url, init2, what) {
  let res;
  try {
    res = await e.fetch(url, { ...init2, signal: requestSignal(e) });
  } catch (err) {
    throw new TrackerError("unknown-outcome", `${what}: no answer (${err.message})`, {
      status: 0
    });
  }
  let text;
  try {
    text = await res.text();
  } catch (err) {
    throw new TrackerError("unknown-outcome", `${what}: the answer was cut off (${err.message})`, { status: res.status });
  }
  let json;
  try {
    json = text ? JSON.parse(text) : void 0;
  } catch {
    json = void 0;
  }
  return { res, text, json };
}
var import_node_crypto, isClosedState, reachedState, TrackerError, isTrackerError, requestSignal;
var init_tracker = __esm({
  "lib/core/sync/tracker.js"() {
    "use strict";
    init_import_meta_url();
    import_node_crypto = require("node:crypto");
    init_findings();
    isClosedState = (s) => s === "done" || s === "removed";
    reachedState = (state, target) => isClosedState(state) === (target !== "todo");
    TrackerError = class extends ExtidsError {
      kind;
      info;
      constructor(kind, message, info = {}) {
        super("TRACKER_FAILED", message);
        this.kind = kind;
        this.info = info;
      }
    };
    isTrackerError = (e, kind) => e instanceof TrackerError && (kind === void 0 || e.kind === kind);
    requestSignal = (e) => {
      const t = AbortSignal.timeout(e.timeoutMs ?? 3e4);
      return e.signal ? AbortSignal.any([t, e.signal]) : t;
    };
  }
});

// lib/core/sync/content.js
function desiredItem(t, branch, web) {
  const file = web ? `[${t.file}](${fileUrl(web, branch, t.file)})` : `\`${t.file}\``;
  const body = web ? absoluteLinks(t.body, t.file, (path) => fileUrl(web, branch, path)) : t.body;
  const closed = isTerminal(t.status);
  return {
    content: {
      title: t.title?.trim() || t.id,
      body: `${body.trimEnd()}

---
Task file: ${file} \xB7 \`${t.id}\`
`
    },
    target: closed ? NOT_PLANNED.has(t.status.toLowerCase()) ? "removed" : "done" : "todo"
  };
}
function absoluteLinks(markdown, file, urlOf) {
  const absolute = (href) => {
    if (!href || /^([a-z][\w+.-]*:|#|\/\/)/i.test(href))
      return void 0;
    const [path = "", fragment] = href.split(/#(.*)/s, 2);
    let decoded;
    try {
      decoded = decodeURI(path);
    } catch {
      return void 0;
    }
    const inRepo = import_node_path4.posix.normalize(decoded.startsWith("/") ? decoded.slice(1) : import_node_path4.posix.join(import_node_path4.posix.dirname(file), decoded));
    if (inRepo === ".." || inRepo.startsWith("../") || inRepo === ".")
      return void 0;
    return urlOf(inRepo.replace(/\/$/, "")) + (fragment !== void 0 ? `#${fragment}` : "");
  };
  return editTokens(markdown, (t) => {
    if (t.type !== "link" && t.type !== "image" && t.type !== "def")
      return void 0;
    const { href } = t;
    const url = absolute(href);
    return url !== void 0 && t.raw.includes(href) ? t.raw.replace(href, url) : void 0;
  });
}
function contentHash(i) {
  return (0, import_node_crypto2.createHash)("sha256").update(JSON.stringify([i.title, i.body.replace(/\r\n/g, "\n"), openOrClosed(i.state)])).digest("hex");
}
function fieldHashes(i) {
  const h = (v) => (0, import_node_crypto2.createHash)("sha256").update(v).digest("hex").slice(0, 16);
  return {
    title: h(i.title),
    body: h(i.body.replace(/\r\n/g, "\n")),
    state: openOrClosed(i.state)
  };
}
function changedFields(current, want, target) {
  const out = [];
  if (current.title !== want.title)
    out.push("title");
  if (current.body.replace(/\r\n/g, "\n") !== want.body)
    out.push("body");
  if (!reachedState(current.state, target))
    out.push("state");
  return out;
}
var import_node_crypto2, import_node_path4, TERMINAL_STATUSES, NOT_PLANNED, isTerminal, syncCreates, openOrClosed;
var init_content = __esm({
  "lib/core/sync/content.js"() {
    "use strict";
    init_import_meta_url();
    import_node_crypto2 = require("node:crypto");
    import_node_path4 = require("node:path");
    init_markdown();
    init_remote();
    init_tracker();
    TERMINAL_STATUSES = ["completed", "archived", "cancelled", "obsolete"];
    NOT_PLANNED = /* @__PURE__ */ new Set(["cancelled", "obsolete"]);
    isTerminal = (status) => status !== void 0 && TERMINAL_STATUSES.includes(status.toLowerCase());
    syncCreates = (status, statuses) => statuses ? statuses.includes(status ?? "") : !isTerminal(status);
    openOrClosed = (s) => s === "done" || s === "removed" ? "closed" : "open";
  }
});

// lib/core/diagnose.js
function diagnose(input) {
  const { mapping, counters } = input;
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const out = [...mapping.findings, ...counters.findings];
  const mappings = mapping.data?.mappings;
  const mapLoc = new Locator(mapping.text, mapping.enveloped);
  const cntLoc = new Locator(counters.text, counters.enveloped);
  if (mappings) {
    const analysis = mapping.analysis ?? analyzeMappings(mappings);
    for (const id of analysis.ids)
      if (!idPattern.test(id))
        out.push(finding("warning", "INVALID_INTERNAL_ID", `"${id}" is not a task ID of a known shape`, {
          file: mapping.file,
          line: mapLoc.line(["mappings", id])
        }));
    const { duplicates, highest } = analysis;
    for (const d of duplicates)
      out.push(finding("error", "DUPLICATE_EXTERNAL_ID", `${d.externalId} (${TOOL_LABEL[d.tool]}) is held by ${d.holders.join(" and ")}; \`extids repair\` keeps it for the task created first and renumbers the other`, { file: mapping.file, line: mapLoc.line(["mappings", d.holders[1], d.tool]) }));
    if (counters.status === "valid" || counters.status === "legacy" || counters.status === "missing") {
      const have = counters.data?.counters ?? { azure_devops: 0, github: 0, jira: {}, linear: {} };
      for (const [label, has, needs] of countersBehind(have, highest)) {
        const [tool, key] = label.split(" ");
        out.push(finding("error", "COUNTER_BEHIND", `the ${label} counter is ${has} but ${needs} is already used; the next ID would repeat a number. \`extids repair\` raises it`, {
          file: counters.status === "missing" ? mapping.file : counters.file,
          line: cntLoc.line(key ? ["counters", tool, key] : ["counters", tool])
        }));
      }
    }
  }
  if (input.tasks)
    out.push(...diagnoseTasks(input, mappings, idPattern, mapLoc));
  return out;
}
function diagnoseTasks(input, mappings, idPattern, mapLoc) {
  const tasks = input.tasks;
  const mappingFile = input.mapping.file;
  const out = [];
  const byId2 = tasksById(tasks);
  const configured = TOOLS.filter((t) => input.tools?.[t]);
  const missing = input.mapping.status === "missing";
  const known = mappings ?? (missing ? {} : void 0);
  const where2 = missing ? ` (${mappingFile} does not exist: is the state directory right?)` : "";
  for (const t of tasks) {
    if (t.findings.length)
      out.push(...t.findings);
    if (!t.hasFrontmatter)
      continue;
    if (t.id === void 0) {
      if (!t.findings.some((f) => f.code === "FRONTMATTER_PARSE_ERROR"))
        out.push(missingTaskId(t));
      continue;
    }
    if (!idPattern.test(t.id)) {
      out.push(invalidTaskId(t));
      continue;
    }
    const same = byId2.get(t.id);
    if (same.length > 1 && same[0] === t)
      out.push(duplicateTaskId(t.id, same.map(copyOf), input.introduced));
    if (!known)
      continue;
    const entry = hasOwn(known, t.id) ? known[t.id] : void 0;
    out.push(...frontmatterMismatch(t, entry, where2, syncTools(input.tools ?? {})));
    const fm = t.externalIds ?? {};
    for (const tool of TOOLS) {
      const m = entry?.[tool];
      const f = fm[tool];
      if (f !== void 0 || m !== void 0)
        continue;
      if (configured.includes(tool) && isSyncMode(input.tools, tool)) {
        if (syncCreates(t.status, input.syncStatuses))
          out.push(policyFinding("SYNC_PENDING", `${t.id} waits for its ${TOOL_LABEL[tool]} item; \`extids sync\` creates it`, { file: t.file, line: t.idLine }));
      } else if (configured.includes(tool))
        out.push(policyFinding("MISSING_EXTERNAL_ID", `${t.id} has no ${TOOL_LABEL[tool]} ID; \`extids assign\` gives it one`, { file: t.file, line: t.idLine }));
    }
  }
  if (mappings && tasks.length) {
    for (const id in mappings)
      if (!byId2.has(id))
        out.push(policyFinding("ORPHAN_MAPPING", `${id} has no task file; its numbers stay retired`, {
          file: mappingFile,
          line: mapLoc.line(["mappings", id])
        }));
  }
  return out;
}
var copyOf, missingTaskId, invalidTaskId;
var init_diagnose = __esm({
  "lib/core/diagnose.js"() {
    "use strict";
    init_import_meta_url();
    init_findings();
    init_ids();
    init_parse3();
    init_state();
    init_config();
    init_policy();
    init_tasks();
    init_content();
    copyOf = (t) => ({
      file: t.file,
      line: t.idLine,
      title: t.title,
      externalIds: t.externalIds
    });
    missingTaskId = (t) => policyFinding("MISSING_TASK_ID", t.idValue === "empty" ? `has frontmatter whose ${t.idField}: is empty, so this file is not treated as a task` : t.idValue === "not-single" ? `has frontmatter whose ${t.idField}: is not a single value (a list or a map), so this file is not treated as a task` : "has frontmatter but no id: field", { file: t.file, line: t.idLine ?? 1 });
    invalidTaskId = (t) => policyFinding("INVALID_TASK_ID", `id "${t.id}" is not a task ID of a known shape, so this file is not treated as a task: no IDs are assigned or adopted`, { file: t.file, line: t.idLine });
  }
});

// lib/core/canonical.js
function pyString(s) {
  if (!NEEDS_ESCAPE.test(s))
    return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== void 0)
      out += short;
    else if (c < 32 || c > 126)
      out += "\\u" + c.toString(16).padStart(4, "0");
    else
      out += s[i];
  }
  return out + '"';
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y)
      return x - y;
    if (x > 65535)
      i++;
  }
  return a.length - b.length;
}
function sortedKeys(o) {
  const keys = Object.keys(o);
  const ascii = keys.every((k) => !/[^ -~]/.test(k));
  return ascii ? keys.sort() : keys.sort(compareCodePoints);
}
function write(value, indent) {
  if (value === null)
    return "null";
  switch (typeof value) {
    case "string":
      return pyString(value);
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`cannot serialise ${value}`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      const inner = indent + "  ";
      if (Array.isArray(value)) {
        if (value.length === 0)
          return "[]";
        return `[
${value.map((v) => inner + write(v, inner)).join(",\n")}
${indent}]`;
      }
      const keys = sortedKeys(value).filter((k) => value[k] !== void 0);
      if (keys.length === 0)
        return "{}";
      const parts = keys.map((k) => `${inner}${pyString(k)}: ${write(value[k], inner)}`);
      return `{
${parts.join(",\n")}
${indent}}`;
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}
function pyDump(value) {
  return write(value, "");
}
function sortedCopy(value) {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError(`cannot serialise ${value}`);
  if (typeof value !== "object" || value === null)
    return value;
  if (Array.isArray(value)) {
    let changed2 = false;
    const out2 = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const c = sortedCopy(value[i]);
      if (c === CANNOT)
        return CANNOT;
      if (c !== value[i])
        changed2 = true;
      out2[i] = c;
    }
    return changed2 ? out2 : value;
  }
  const obj = value;
  const keys = Object.keys(obj);
  let changed = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const c0 = k.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(k))
      return CANNOT;
    if (i > 0 && !(keys[i - 1] < k))
      changed = true;
  }
  if (changed)
    keys.sort();
  const vals = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    const c = sortedCopy(v);
    if (c === CANNOT)
      return CANNOT;
    if (c !== v)
      changed = true;
    vals[i] = c;
  }
  if (!changed)
    return value;
  const out = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < keys.length; i++)
    out[keys[i]] = vals[i];
  return out;
}
function canonicalJson(value) {
  const fast = mappingFileJson(value);
  if (fast !== void 0)
    return fast;
  const copy = sortedCopy(value);
  if (copy === CANNOT)
    return pyDump(value);
  const text = JSON.stringify(copy, null, 2);
  if (!NON_ASCII.test(text))
    return text;
  if (ASTRAL.test(text))
    return pyDump(value);
  return asciiOnly(text);
}
function mappingFileJson(value) {
  if (typeof value !== "object" || value === null)
    return void 0;
  const { mappings, updated, version: version2, ...rest } = value;
  if (Object.keys(rest).length || typeof updated !== "string" || typeof version2 !== "string")
    return void 0;
  if (typeof mappings !== "object" || mappings === null || Array.isArray(mappings))
    return void 0;
  const m = mappings;
  const ids = Object.keys(m);
  let sorted = true;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (NEEDS_ESCAPE.test(id))
      return void 0;
    const c0 = id.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(id))
      return void 0;
    if (i > 0 && !(ids[i - 1] < id))
      sorted = false;
  }
  if (!sorted)
    ids.sort();
  let out = sorted ? m : /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const entry = inToolOrder(m[id]);
    if (entry === void 0)
      return void 0;
    if (out !== m)
      out[id] = entry;
    else if (entry !== m[id]) {
      out = /* @__PURE__ */ Object.create(null);
      for (let j = 0; j < i; j++)
        out[ids[j]] = m[ids[j]];
      out[id] = entry;
    }
  }
  const text = JSON.stringify({ mappings: out, updated, version: version2 }, null, 2);
  return NON_ASCII.test(text) ? asciiOnly(text) : text;
}
function inToolOrder(entry) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry))
    return void 0;
  const e = entry;
  let last = -1;
  let ordered = true;
  for (const k in e) {
    const v = e[k];
    if (v === void 0)
      continue;
    const at2 = TOOL_ORDER.indexOf(k);
    if (at2 === -1 || typeof v !== "string")
      return void 0;
    if (at2 < last)
      ordered = false;
    last = at2;
  }
  if (ordered)
    return e;
  const copy = {};
  for (const t of TOOL_ORDER)
    if (typeof e[t] === "string")
      copy[t] = e[t];
  return copy;
}
var SHORT_ESCAPES, NEEDS_ESCAPE, ARRAY_INDEX, CANNOT, ASTRAL, NON_ASCII, NON_ASCII_ALL, asciiOnly, TOOL_ORDER, isoStamp, fileStamp;
var init_canonical = __esm({
  "lib/core/canonical.js"() {
    "use strict";
    init_import_meta_url();
    SHORT_ESCAPES = {
      34: '\\"',
      92: "\\\\",
      10: "\\n",
      13: "\\r",
      9: "\\t",
      8: "\\b",
      12: "\\f"
    };
    NEEDS_ESCAPE = /["\\]|[^ -~]/;
    ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
    CANNOT = /* @__PURE__ */ Symbol("cannot");
    ASTRAL = /[\ud800-\udfff]/;
    NON_ASCII = /[\u007f-\uffff]/;
    NON_ASCII_ALL = /[\u007f-\uffff]/g;
    asciiOnly = (text) => text.replace(NON_ASCII_ALL, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
    TOOL_ORDER = ["azure_devops", "github", "jira", "linear"];
    isoStamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
    fileStamp = (d) => isoStamp(d).replace(/[-:]/g, "");
  }
});

// lib/core/atomic.js
function fsyncDir(dir, fs) {
  let fd;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch (err) {
    const code = err.code;
    if (code !== "EISDIR" && code !== "EINVAL" && code !== "EPERM" && code !== "EBADF")
      throw err;
  } finally {
    if (fd !== void 0)
      fs.closeSync(fd);
  }
}
function writeAll(fs, fd, data) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let off = 0; off < bytes.length; ) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off);
    if (n <= 0)
      throw Object.assign(new Error("short write: no bytes written"), { code: "EIO" });
    off += n;
  }
}
function keptOf(target) {
  let st;
  try {
    st = nodeFs3.lstatSync(target);
  } catch {
    return void 0;
  }
  if (st.isSymbolicLink())
    throw new ExtidsError("WRITE_FAILED", `${target} is a symbolic link: extids does not write through links or replace them; nothing was written`, { file: target });
  return { mode: st.mode & 4095, uid: st.uid, gid: st.gid };
}
function keepAttributes(fs, fd, kept, mode) {
  if (kept) {
    try {
      fs.fchownSync(fd, kept.uid, kept.gid);
    } catch (err) {
      const code = err.code;
      if (code !== "EPERM" && code !== "EINVAL")
        throw err;
      try {
        fs.fchownSync(fd, -1, kept.gid);
      } catch (e) {
        const c = e.code;
        if (c !== "EPERM" && c !== "EINVAL")
          throw e;
      }
    }
  }
  const wanted = mode ?? kept?.mode;
  if (wanted !== void 0)
    fs.fchmodSync(fd, wanted);
}
function writeFileAtomic(target, data, opts = {}) {
  const fs = opts.fs ?? realFs;
  const kept = keptOf(target);
  const tmp = tempName(target);
  let fd;
  try {
    fd = fs.openSync(tmp, "wx", createMode(kept, opts.mode));
    keepAttributes(fs, fd, kept, opts.mode);
    writeAll(fs, fd, data);
    fs.fsyncSync(fd);
    const closing = fd;
    fd = void 0;
    fs.closeSync(closing);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== void 0) {
      try {
        fs.closeSync(fd);
      } catch {
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    throw new ExtidsError("WRITE_FAILED", `could not write ${target}: ${describeFsError(err)}`, {
      file: target,
      cause: err
    });
  }
  if (opts.syncDir === false)
    return;
  try {
    fsyncDir((0, import_node_path5.dirname)(target), fs);
  } catch (err) {
    throw new ExtidsError("WRITE_FAILED", `wrote ${target} but could not flush its directory: ${describeFsError(err)}`, { file: target, cause: err });
  }
}
async function writeFilesAtomic(items, opts = {}) {
  const fs = opts.fs ?? realFs;
  const open = [];
  let current;
  const fail2 = (err) => {
    for (const o of open) {
      try {
        if (o.fd !== void 0)
          fs.closeSync(o.fd);
      } catch {
      }
      try {
        fs.unlinkSync(o.tmp);
      } catch {
      }
    }
    const file = current?.path ?? "?";
    throw new ExtidsError("WRITE_FAILED", `could not write ${file}: ${describeFsError(err)}`, {
      file,
      cause: err
    });
  };
  const kept = items.map((item) => keptOf(item.path));
  try {
    for (const [i, item] of items.entries()) {
      current = item;
      const o = { item, tmp: tempName(item.path) };
      o.fd = fs.openSync(o.tmp, "wx", createMode(kept[i], item.mode));
      open.push(o);
      keepAttributes(fs, o.fd, kept[i], item.mode);
      writeAll(fs, o.fd, item.data);
    }
    let next = 0;
    let failed;
    const flush = async () => {
      while (failed === void 0 && next < open.length) {
        const o = open[next++];
        try {
          await new Promise((res, rej) => fs.fsync(o.fd, (e) => e ? rej(e) : res()));
        } catch (err) {
          failed ??= { err, item: o.item };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 8, open.length) }, flush));
    if (failed) {
      current = failed.item;
      throw failed.err;
    }
    for (const o of open) {
      current = o.item;
      const fd = o.fd;
      o.fd = void 0;
      fs.closeSync(fd);
    }
  } catch (err) {
    fail2(err);
  }
  for (let i = 0; i < open.length; i++) {
    const o = open[i];
    current = o.item;
    try {
      fs.renameSync(o.tmp, o.item.path);
    } catch (err) {
      open.splice(0, i);
      fail2(err);
    }
  }
}
function keepCopy(file, copy, fs = realFs) {
  const tmp = tempName(copy);
  try {
    try {
      fs.linkSync(file, tmp);
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT")
        throw err;
      fs.copyFileSync(file, tmp);
    }
    fs.renameSync(tmp, copy);
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    throw new ExtidsError("WRITE_FAILED", `could not keep a copy of ${file} as ${copy}: ${describeFsError(err)}`, { file, cause: err });
  }
}
function freshName(file, label, stamp, fs = realFs) {
  for (let n = 1; ; n++) {
    const candidate = `${file}.${label}-${stamp}${n > 1 ? `-${n}` : ""}`;
    try {
      fs.statSync(candidate);
    } catch {
      return candidate;
    }
  }
}
function sweepTemps(dir, fs = realFs) {
  const removed = [];
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (name.startsWith(".") && name.includes(TEMP_MARK)) {
      try {
        try {
          fs.unlinkSync((0, import_node_path5.join)(dir, name));
        } catch (err) {
          const code = err.code;
          if (code !== "EISDIR" && code !== "EPERM")
            throw err;
          fs.rmdirSync((0, import_node_path5.join)(dir, name));
        }
        removed.push(name);
      } catch {
      }
    }
  }
  return removed;
}
var nodeFs3, import_node_path5, realFs, TEMP_MARK, tempName, createMode;
var init_atomic = __esm({
  "lib/core/atomic.js"() {
    "use strict";
    init_import_meta_url();
    nodeFs3 = __toESM(require("node:fs"), 1);
    import_node_path5 = require("node:path");
    init_findings();
    realFs = nodeFs3;
    TEMP_MARK = ".tmp-";
    tempName = (target) => (0, import_node_path5.join)((0, import_node_path5.dirname)(target), `.${(0, import_node_path5.basename)(target)}${TEMP_MARK}${process.pid}-${(Math.random() * 4294967296 >>> 0).toString(16).padStart(8, "0")}`);
    createMode = (kept, mode) => mode ?? kept?.mode ?? 438;
  }
});

// scripts/node-fs.cjs
var require_node_fs = __commonJS({
  "scripts/node-fs.cjs"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    module2.exports = require("node:fs");
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports2, module2) {
    init_import_meta_url();
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    module2.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(this._errors.length - 1, this._errors.length);
          this._timeouts = this._cachedTimeouts.slice(0);
          timeout = this._timeouts.shift();
        } else {
          return false;
        }
      }
      var self = this;
      var timer = setTimeout(function() {
        self._attempts++;
        if (self._operationTimeoutCb) {
          self._timeout = setTimeout(function() {
            self._operationTimeoutCb(self._attempts);
          }, self._operationTimeout);
          if (self._options.unref) {
            self._timeout.unref();
          }
        }
        self._fn(self._attempts);
      }, timeout);
      if (this._options.unref) {
        timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self._operationTimeoutCb();
        }, self._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error2 = this._errors[i];
        var message = error2.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error2;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports2) {
    init_import_meta_url();
    var RetryOperation = require_retry_operation();
    exports2.operation = function(options) {
      var timeouts = exports2.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports2.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b) {
        return a - b;
      });
      return timeouts;
    };
    exports2.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports2.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = function retryWrapper(original2) {
          var op = exports2.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports2, module2) {
    init_import_meta_url();
    module2.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports2, module2) {
    init_import_meta_url();
    module2.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (process.platform !== "win32") {
      module2.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      module2.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports2, module2) {
    init_import_meta_url();
    var process2 = global.process;
    var processOk = function(process3) {
      return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    };
    if (!processOk(process2)) {
      module2.exports = function() {
        return function() {
        };
      };
    } else {
      assert = require("assert");
      signals = require_signals();
      isWin = /^win/i.test(process2.platform);
      EE = require("events");
      if (typeof EE !== "function") {
        EE = EE.EventEmitter;
      }
      if (process2.__signal_exit_emitter__) {
        emitter = process2.__signal_exit_emitter__;
      } else {
        emitter = process2.__signal_exit_emitter__ = new EE();
        emitter.count = 0;
        emitter.emitted = {};
      }
      if (!emitter.infinite) {
        emitter.setMaxListeners(Infinity);
        emitter.infinite = true;
      }
      module2.exports = function(cb, opts) {
        if (!processOk(global.process)) {
          return function() {
          };
        }
        assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
        if (loaded === false) {
          load();
        }
        var ev = "exit";
        if (opts && opts.alwaysLast) {
          ev = "afterexit";
        }
        var remove = function() {
          emitter.removeListener(ev, cb);
          if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
            unload();
          }
        };
        emitter.on(ev, cb);
        return remove;
      };
      unload = function unload2() {
        if (!loaded || !processOk(global.process)) {
          return;
        }
        loaded = false;
        signals.forEach(function(sig) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch (er) {
          }
        });
        process2.emit = originalProcessEmit;
        process2.reallyExit = originalProcessReallyExit;
        emitter.count -= 1;
      };
      module2.exports.unload = unload;
      emit = function emit2(event, code, signal) {
        if (emitter.emitted[event]) {
          return;
        }
        emitter.emitted[event] = true;
        emitter.emit(event, code, signal);
      };
      sigListeners = {};
      signals.forEach(function(sig) {
        sigListeners[sig] = function listener() {
          if (!processOk(global.process)) {
            return;
          }
          var listeners = process2.listeners(sig);
          if (listeners.length === emitter.count) {
            unload();
            emit("exit", null, sig);
            emit("afterexit", null, sig);
            if (isWin && sig === "SIGHUP") {
              sig = "SIGINT";
            }
            process2.kill(process2.pid, sig);
          }
        };
      });
      module2.exports.signals = function() {
        return signals;
      };
      loaded = false;
      load = function load2() {
        if (loaded || !processOk(global.process)) {
          return;
        }
        loaded = true;
        emitter.count += 1;
        signals = signals.filter(function(sig) {
          try {
            process2.on(sig, sigListeners[sig]);
            return true;
          } catch (er) {
            return false;
          }
        });
        process2.emit = processEmit;
        process2.reallyExit = processReallyExit;
      };
      module2.exports.load = load;
      originalProcessReallyExit = process2.reallyExit;
      processReallyExit = function processReallyExit2(code) {
        if (!processOk(global.process)) {
          return;
        }
        process2.exitCode = code || /* istanbul ignore next */
        0;
        emit("exit", process2.exitCode, null);
        emit("afterexit", process2.exitCode, null);
        originalProcessReallyExit.call(process2, process2.exitCode);
      };
      originalProcessEmit = process2.emit;
      processEmit = function processEmit2(ev, arg) {
        if (ev === "exit" && processOk(global.process)) {
          if (arg !== void 0) {
            process2.exitCode = arg;
          }
          var ret = originalProcessEmit.apply(this, arguments);
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          return ret;
        } else {
          return originalProcessEmit.apply(this, arguments);
        }
      };
    }
    var assert;
    var signals;
    var isWin;
    var EE;
    var emitter;
    var unload;
    var emit;
    var sigListeners;
    var loaded;
    var load;
    var originalProcessReallyExit;
    var processReallyExit;
    var originalProcessEmit;
    var processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      const cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision) {
        return fs.stat(file, (err, stat) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs.stat(file, (err2, stat) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision });
          callback(null, stat.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      if (precision === "s") {
        now = Math.ceil(now / 1e3) * 1e3;
      }
      return new Date(now);
    }
    module2.exports.probe = probe;
    module2.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var path = require("path");
    var fs = require_node_fs();
    var retry = require_retry2();
    var onExit = require_signal_exit();
    var mtimePrecision = require_mtime_precision();
    var locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath) {
        return callback(null, path.resolve(file));
      }
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      const lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err) {
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2) {
              options.fs.rmdir(lockfilePath, () => {
              });
              return callback(err2);
            }
            callback(null, mtime, mtimePrecision2);
          });
        }
        if (err.code !== "EEXIST") {
          return callback(err);
        }
        if (options.stale <= 0) {
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        }
        options.fs.stat(lockfilePath, (err2, stat) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat, options)) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          removeLock(file, options, (err3) => {
            if (err3) {
              return callback(err3);
            }
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat, options) {
      return stat.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT") {
          return callback(err);
        }
        callback();
      });
    }
    function updateLock(file, options) {
      const lock2 = locks[file];
      if (lock2.updateTimeout) {
        return;
      }
      lock2.updateDelay = lock2.updateDelay || options.update;
      lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null;
        options.fs.stat(lock2.lockfilePath, (err, stat) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat.mtime.getTime();
          if (!isMtimeOurs) {
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          }
          const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (lock2.released) {
              return;
            }
            if (err2) {
              if (err2.code === "ENOENT" || isOverThreshold2) {
                return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            lock2.mtime = mtime;
            lock2.lastUpdate = Date.now();
            lock2.updateDelay = null;
            updateLock(file, options);
          });
        });
      }, lock2.updateDelay);
      if (lock2.updateTimeout.unref) {
        lock2.updateTimeout.unref();
      }
    }
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = true;
      if (lock2.updateTimeout) {
        clearTimeout(lock2.updateTimeout);
      }
      if (locks[file] === lock2) {
        delete locks[file];
      }
      lock2.options.onCompromised(err);
    }
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      };
      options.retries = options.retries || 0;
      options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
      options.stale = Math.max(options.stale || 0, 2e3);
      options.update = options.update == null ? options.stale / 2 : options.update || 0;
      options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2)) {
              return;
            }
            if (err2) {
              return callback(operation.mainError());
            }
            const lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options);
            callback(null, (releasedCallback) => {
              if (lock2.released) {
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              }
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: true,
        ...options
      };
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const lock2 = locks[file2];
        if (!lock2) {
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        }
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
        lock2.released = true;
        delete locks[file2];
        removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat, options));
        });
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (const file in locks) {
        const options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch (e) {
        }
      }
    });
    module2.exports.lock = lock;
    module2.exports.unlock = unlock;
    module2.exports.check = check;
    module2.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var fs = require_node_fs();
    function createSyncFs(fs2) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs2 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs2[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      });
      return newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve6, reject) => {
        args.push((err, result2) => {
          if (err) {
            reject(err);
          } else {
            resolve6(result2);
          }
        });
        method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err;
        let result2;
        args.push((_err, _result) => {
          err = _err;
          result2 = _result;
        });
        method(...args);
        if (err) {
          throw err;
        }
        return result2;
      };
    }
    function toSyncOptions(options) {
      options = { ...options };
      options.fs = createSyncFs(options.fs || fs);
      if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      }
      return options;
    }
    module2.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var lockfile2 = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release2 = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release2);
    }
    function lockSync(file, options) {
      const release2 = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release2);
    }
    function unlock(file, options) {
      return toPromise(lockfile2.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile2.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    module2.exports = lock;
    module2.exports.lock = lock;
    module2.exports.unlock = unlock;
    module2.exports.lockSync = lockSync;
    module2.exports.unlockSync = unlockSync;
    module2.exports.check = check;
    module2.exports.checkSync = checkSync;
  }
});

// lib/core/lock.js
function judgeLock(prev, stat, now, staleMs) {
  const unchanged2 = prev !== void 0 && sameLock(prev.seen, stat);
  const sighting = unchanged2 ? prev : { seen: stat, since: now.mono, changedAt: prev ? now.mono : void 0 };
  let abandonedAt = sighting.since + staleMs;
  const age = now.wall - stat.mtimeMs;
  if (age >= 0)
    abandonedAt = Math.min(abandonedAt, now.mono + staleMs - age);
  return { sighting, abandonedAt };
}
function lockTimeoutMessage(lockfilePath, o, mono) {
  const head = `timed out after ${secs(o.timeoutMs)} waiting for the lock ${lockfilePath}`;
  const changedAt = o.sighting?.changedAt;
  if (changedAt !== void 0)
    return `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago, so it is alive). Try again when it has finished; a lock whose holder is gone is taken over once it goes ${secs(o.staleMs)} without a refresh.`;
  return `${head}: nothing refreshed it while this command waited, so its holder may be gone. A command that waits ${secs(o.staleMs)} (the stale time) for it takes it over if nothing refreshes it meanwhile; this wait was shorter than that.`;
}
function lockWaitMessage(lockfilePath, o, mono) {
  const head = `waiting for the lock ${lockfilePath}`;
  const { changedAt, since } = o.sighting;
  if (changedAt !== void 0)
    return `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago); waiting up to ${secs(o.deadline - mono)} more`;
  const quiet2 = `${head}: nothing has refreshed it for ${secs(mono - since)}`;
  if (o.abandonedAt <= o.deadline)
    return `${quiet2}; if its holder is gone, it is taken over in ${secs(o.abandonedAt - mono)}`;
  return `${quiet2}; this command gives up in ${secs(o.deadline - mono)}, before it could call the lock abandoned (in ${secs(o.abandonedAt - mono)})`;
}
function statLock(path) {
  try {
    const { dev, ino, mtimeMs } = (0, import_node_fs3.statSync)(path);
    return { dev, ino, mtimeMs };
  } catch {
    return void 0;
  }
}
function takeOver(lockfilePath, abandoned) {
  const aside = tempName(lockfilePath);
  try {
    (0, import_node_fs3.renameSync)(lockfilePath, aside);
  } catch {
    return;
  }
  const moved = statLock(aside);
  if (moved && !sameLock(moved, abandoned)) {
    try {
      (0, import_node_fs3.renameSync)(aside, lockfilePath);
      return;
    } catch {
    }
  }
  (0, import_node_fs3.rmSync)(aside, { recursive: true, force: true });
}
async function withLock(dir, opts, fn) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK.timeoutMs;
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_LOCK.staleMs, 2e3);
  const lockfilePath = (0, import_node_path6.join)(dir, LOCK_NAME);
  let compromised;
  const started = import_node_perf_hooks.performance.now();
  const deadline = started + timeoutMs;
  let told = false;
  let delay = 5;
  let sighting;
  let abandonedAt;
  let release2;
  for (; ; ) {
    try {
      release2 = await import_proper_lockfile.default.lock(dir, {
        lockfilePath,
        // Node's fs, not graceful-fs: a lock makes a handful of calls, never enough to meet
        // EMFILE, and the CLI bundle then need not load graceful-fs at all (scripts/bundle.mjs).
        // The module object, not a namespace import: proper-lockfile caches a value on it.
        fs: import_node_fs3.default,
        // Staleness is judged here (judgeLock), never by proper-lockfile's timestamp rule; it
        // only refreshes the mtime, every staleMs / 2, while this process holds the lock.
        stale: Number.MAX_SAFE_INTEGER,
        update: staleMs / 2,
        realpath: false,
        retries: 0,
        onCompromised: (err) => {
          compromised = err;
        }
      });
      break;
    } catch (err) {
      const code = err.code;
      if (code !== "ELOCKED") {
        if (code === "ENOTDIR")
          throw new ExtidsError("NOT_A_DIRECTORY", `${dir} is not a directory`, { file: dir });
        throw new ExtidsError("UNREADABLE", `cannot lock ${dir}: ${describeFsError(err)}`, {
          file: dir,
          cause: err
        });
      }
    }
    const stat = statLock(lockfilePath);
    const mono = import_node_perf_hooks.performance.now();
    if (stat) {
      ({ sighting, abandonedAt } = judgeLock(sighting, stat, { mono, wall: Date.now() }, staleMs));
      if (mono >= abandonedAt) {
        takeOver(lockfilePath, stat);
        sighting = void 0;
        continue;
      }
      if (!told && mono - started >= QUIET_WAIT_MS && mono + delay <= deadline) {
        told = true;
        opts.onWait?.(lockWaitMessage(lockfilePath, { deadline, sighting, abandonedAt }, mono));
      }
    }
    if (mono + delay > deadline)
      throw new ExtidsError("LOCK_TIMEOUT", lockTimeoutMessage(lockfilePath, { timeoutMs, staleMs, sighting }, mono), { file: lockfilePath });
    const pause = delay * (0.5 + Math.random());
    await sleep(abandonedAt === void 0 ? pause : Math.min(pause, Math.max(1, abandonedAt - mono)));
    delay = Math.min(delay * 1.6, 250);
  }
  const acquired = Date.now();
  const mine = statLock(lockfilePath);
  const lost = `nothing more was written; run \`extids repair\`: it writes into any task file the external IDs the mapping file already holds for it (the files this command had not reached yet)`;
  const held = {
    assertHeld() {
      if (compromised)
        throw new ExtidsError("LOCK_COMPROMISED", `the lock ${lockfilePath} was lost (${compromised.message}); ${lost}`, { file: lockfilePath });
      const now = statLock(lockfilePath);
      if (!now || !mine || dirOf(now) !== dirOf(mine))
        throw new ExtidsError("LOCK_COMPROMISED", `the lock ${lockfilePath} ${now ? "was taken over by another process" : "disappeared"}; ${lost}`, { file: lockfilePath });
      if (Date.now() - Math.max(acquired, now.mtimeMs) > staleMs * 0.8)
        throw new ExtidsError("LOCK_COMPROMISED", `held the lock ${lockfilePath} too long without refreshing it; ${lost}`, { file: lockfilePath });
    }
  };
  try {
    return await fn(held);
  } finally {
    await release2().catch(() => {
    });
  }
}
var import_node_fs3, import_node_path6, import_node_perf_hooks, import_proper_lockfile, LOCK_NAME, DEFAULT_LOCK, QUIET_WAIT_MS, sameLock, secs, sleep, dirOf;
var init_lock = __esm({
  "lib/core/lock.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs3 = __toESM(require("node:fs"), 1);
    import_node_path6 = require("node:path");
    import_node_perf_hooks = require("node:perf_hooks");
    import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
    init_atomic();
    init_findings();
    LOCK_NAME = ".extids.lock";
    DEFAULT_LOCK = { timeoutMs: 15e3, staleMs: 5e3 };
    QUIET_WAIT_MS = 1e3;
    sameLock = (a, b) => a.dev === b.dev && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
    secs = (ms2) => `${(Math.max(0, ms2) / 1e3).toFixed(1)}s`;
    sleep = (ms2) => new Promise((r) => setTimeout(r, ms2));
    dirOf = (s) => `${s.dev}:${s.ino}`;
  }
});

// lib/core/ledger.js
var refKey, Ledger;
var init_ledger = __esm({
  "lib/core/ledger.js"() {
    "use strict";
    init_import_meta_url();
    init_findings();
    init_ids();
    init_state();
    refKey = (tool, externalId) => `${tool}\0${externalId}`;
    Ledger = class _Ledger {
      mappings;
      mappingsChanged = false;
      /** At least the highest number in use or retired, per tool and key: the next is always free. */
      counters;
      idPattern;
      index;
      constructor(mappings, counters, opts = {}) {
        this.mappings = mappings;
        this.idPattern = opts.idPattern ?? DEFAULT_INTERNAL_ID;
        this.counters = maxCounters(counters, opts.highest ?? highestUsed(mappings), highestOf(opts.retired ?? []));
      }
      /** The per-tool maximum of several counter sets. */
      static maxOf(all) {
        return maxCounters(...all);
      }
      get(internalId) {
        return hasOwn(this.mappings, internalId) ? this.mappings[internalId] : void 0;
      }
      /** Reverse lookup through an index built once per transaction. */
      find(tool, externalId) {
        return this.reverse().get(refKey(tool, externalId));
      }
      reverse() {
        if (!this.index) {
          this.index = /* @__PURE__ */ new Map();
          for (const id in this.mappings) {
            const entry = this.mappings[id];
            for (const t in entry) {
              const k = refKey(t, entry[t]);
              if (!this.index.has(k))
                this.index.set(k, id);
            }
          }
        }
        return this.index;
      }
      checkInternalId(internalId) {
        if (!this.idPattern.test(internalId))
          throw new ExtidsError("INVALID_ID", `"${internalId}" is not a task ID of a known shape (e.g. TASK-7A96, TASK-E01-b2c4, EPIC-001)`);
      }
      static normalizeKey(tool, key) {
        if (!isKeyedTool(tool))
          return void 0;
        const k = key?.trim().toUpperCase();
        if (!k || !PROJECT_KEY.test(k))
          throw new ExtidsError("INVALID_ID", `${TOOL_LABEL[tool]} needs a ${tool === "jira" ? "project" : "team"} key like PROJ${key ? `, not "${key}"` : ""}`);
        return k;
      }
      /** Idempotent: an existing mapping is returned, never re-allocated. */
      assign(internalId, tool, key) {
        this.checkInternalId(internalId);
        const k = _Ledger.normalizeKey(tool, key);
        const existing = this.get(internalId)?.[tool];
        if (existing !== void 0)
          return { internalId, tool, externalId: existing, created: false };
        const externalId = this.allocate(tool, k);
        this.record(internalId, tool, externalId, parseExternalId(tool, externalId));
        return { internalId, tool, externalId, created: true };
      }
      /**
       * A number never handed out before: advances the counter. The constructor raised the counters
       * to every number in use, so the next number is free without a lookup; the reverse index, once
       * built for other reasons, double-checks it for free.
       */
      allocate(tool, key) {
        const k = _Ledger.normalizeKey(tool, key);
        let externalId;
        do
          externalId = formatExternalId(tool, this.next(tool, k), k);
        while (this.index !== void 0 && this.find(tool, externalId) !== void 0);
        return externalId;
      }
      next(tool, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          const n = (hasOwn(c, key) ? c[key] : 0) + 1;
          c[key] = n;
          return n;
        }
        const t = tool;
        return ++this.counters[t];
      }
      /** Records an external ID decided elsewhere (adopted from frontmatter, renumbered by repair). */
      put(internalId, tool, externalId) {
        const parsed = parseExternalId(tool, externalId);
        if (!parsed)
          throw new ExtidsError("INVALID_ID", `"${externalId}" is not a ${TOOL_LABEL[tool]} ID`);
        const holder = this.find(tool, externalId);
        if (holder !== void 0 && holder !== internalId)
          throw new ExtidsError("INVALID_ID", `${externalId} (${TOOL_LABEL[tool]}) is already held by ${holder}`);
        this.record(internalId, tool, externalId, parsed);
      }
      /** Writes the mapping and raises the counter; the caller has made sure nobody else holds it. */
      record(internalId, tool, externalId, parsed) {
        if (!hasOwn(this.mappings, internalId))
          this.mappings[internalId] = {};
        const entry = this.mappings[internalId];
        const old = entry[tool];
        if (old === externalId)
          return;
        entry[tool] = externalId;
        this.index?.set(refKey(tool, externalId), internalId);
        this.raise(tool, parsed.number, parsed.key);
        this.mappingsChanged = true;
      }
      /** The last number handed out for `tool` (and its key): 0 before the first. */
      counter(tool, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          return hasOwn(c, key) ? c[key] : 0;
        }
        return this.counters[tool];
      }
      /** Raises a counter to at least `n`; never lowers it (a number once handed out stays used). */
      raiseCounter(tool, n, key) {
        this.raise(tool, n, _Ledger.normalizeKey(tool, key));
      }
      raise(tool, n, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          if (!hasOwn(c, key) || c[key] < n)
            c[key] = n;
        } else if (this.counters[tool] < n)
          this.counters[tool] = n;
      }
    };
  }
});

// lib/core/id-lines.js
function idGuesses(text) {
  const out = [];
  for (const m of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s]+?)["']?[ \t]*\r?$/gm))
    out.push(m[1]);
  return out;
}
var init_id_lines = __esm({
  "lib/core/id-lines.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// lib/core/git.js
function gitFailed(args, err) {
  const e = err;
  const why = e.stderr?.toString().split("\n").find((l) => l.trim()) ?? e.message.split("\n")[0];
  return new ExtidsError("GIT_FAILED", `git ${args[0]} failed: ${why.trim()}`, {
    cause: err,
    exitCode: e.status ?? void 0
  });
}
function batchQuestion(rev, paths) {
  const wanted = [...new Set(paths)];
  const asked = wanted.filter((p) => !p.includes("\n"));
  return {
    asked,
    alone: wanted.filter((p) => p.includes("\n")),
    input: asked.map((p) => objectName(rev, p)).join("\n") + "\n"
  };
}
function readBatch(buf, asked, out) {
  let at2 = 0;
  for (const p of asked) {
    const eol = buf.indexOf(10, at2);
    const header = buf.toString("utf8", at2, eol).split(" ");
    at2 = eol + 1;
    if (header.length === 3 && /^\d+$/.test(header[2])) {
      const size = Number(header[2]);
      out.set(p, header[1] === "blob" ? buf.toString("utf8", at2, at2 + size) : void 0);
      at2 += size + 1;
    } else
      out.set(p, void 0);
  }
  return out;
}
function grepArgs(rev, ids, pathspec) {
  const where2 = rev === "index" ? ["--cached"] : rev === "worktree" ? [] : [rev];
  return ["grep", "-F", "-I", "-z", ...ids.flatMap((id) => ["-e", id]), ...where2, "--", pathspec];
}
function idFilesAnswer(rev, ids, out) {
  const prefix = rev === "index" || rev === "worktree" ? "" : `${rev}:`;
  const wanted = new Set(ids);
  const files2 = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) {
    const nul = line.indexOf("\0");
    if (nul === -1)
      continue;
    const name = line.slice(0, nul);
    const file = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!files2.has(file) && idGuesses(line.slice(nul + 1)).some((id) => wanted.has(id)))
      files2.add(file);
  }
  return [...files2];
}
var import_node_child_process, MAX_BUFFER, TIMEOUT_MS, STAGED_DIFF, Git, objectName, CAT_FILE;
var init_git = __esm({
  "lib/core/git.js"() {
    "use strict";
    init_import_meta_url();
    import_node_child_process = require("node:child_process");
    init_findings();
    init_id_lines();
    MAX_BUFFER = 512 * 1024 * 1024;
    TIMEOUT_MS = 6e4;
    STAGED_DIFF = ["diff", "--cached", "--no-renames", "--diff-filter=ACM"];
    Git = class {
      cwd;
      env;
      /** `env` replaces the inherited environment (the action sets the bot identity this way). */
      constructor(cwd, env) {
        this.cwd = cwd;
        this.env = env;
      }
      /** Runs git and returns its stdout; throws GIT_FAILED with git's first stderr line. */
      run(args, input, env) {
        return this.bytes(args, input, env).toString("utf8");
      }
      /** `run`, answering git's stdout as bytes (`cat-file --batch` counts its sizes in bytes). */
      bytes(args, input, env) {
        try {
          return (0, import_node_child_process.execFileSync)("git", args, {
            ...this.options(env),
            input,
            stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
          });
        } catch (err) {
          throw gitFailed(args, err);
        }
      }
      options(env) {
        return { cwd: this.cwd, env: env ?? this.env, maxBuffer: MAX_BUFFER, timeout: TIMEOUT_MS };
      }
      /** `run` without waiting: git works in its own process while this one goes on. */
      runLater(args, input) {
        return new Promise((resolve6, reject) => {
          const child = (0, import_node_child_process.execFile)("git", args, { ...this.options(), encoding: "buffer" }, (err, stdout, stderr) => err ? reject(gitFailed(args, Object.assign(err, { stderr }))) : resolve6(stdout));
          child.stdin?.end(input);
        });
      }
      /** `run`, with a failure answered as undefined. */
      query(args) {
        try {
          return this.run(args);
        } catch {
          return void 0;
        }
      }
      /** The work tree's top level, or undefined outside a repository. */
      topLevel() {
        return this.query(["rev-parse", "--show-toplevel"])?.trim() || void 0;
      }
      /** Whether git's ignore rules (.gitignore, info/exclude, core.excludesFile) ignore `path`. */
      ignores(path) {
        return this.query(["check-ignore", "-q", "--no-index", path]) !== void 0;
      }
      isRepository() {
        return this.query(["rev-parse", "--git-dir"]) !== void 0;
      }
      /** Whether a ref (HEAD, MERGE_HEAD…) names a commit. */
      verify(ref) {
        return this.query(["rev-parse", "-q", "--verify", `${ref}^{commit}`]) !== void 0;
      }
      mergeBase(a, b) {
        return this.query(["merge-base", a, b])?.trim() || void 0;
      }
      /** A file's text in a commit (`rev` = HEAD, a sha…) or, with `rev` = 'index', as staged. */
      show(rev, path) {
        return this.query(["show", objectName(rev, path)]);
      }
      /**
       * Several files' texts from one commit (or the index) with one `git cat-file --batch`: each
       * path maps to its text, or to undefined when it is not there. One process instead of one per
       * file is what keeps the pre-commit hook near Node's own start-up time.
       */
      showAll(rev, paths) {
        const q = batchQuestion(rev, paths);
        const out = new Map(q.alone.map((p) => [p, this.show(rev, p)]));
        if (q.asked.length === 0)
          return out;
        const buf = this.bytes(CAT_FILE, q.input);
        return readBatch(buf, q.asked, out);
      }
      /**
       * `showAll` started now and answered later, so git reads while Node does something else (the
       * hook loads the core meanwhile). Paths with a newline are left out (ask `show` for them).
       */
      showAllLater(rev, paths) {
        const q = batchQuestion(rev, paths);
        return this.runLater(CAT_FILE, q.input).then((buf) => readBatch(buf, q.asked, /* @__PURE__ */ new Map()));
      }
      /**
       * Tracked files under `pathspec` with a line that declares one of `ids` (`id: X`, see
       * id-lines.ts): in a commit, in the index, or (`worktree`, much faster: no blobs to inflate) in
       * the work tree's copies. git searches for the ids as fixed strings, which is a third faster
       * than a regular expression over thousands of files; the lines it finds are then checked here.
       */
      idFiles(rev, ids, pathspec) {
        return idFilesAnswer(rev, ids, this.query(grepArgs(rev, ids, pathspec)) ?? "");
      }
      /** `idFiles` started now and answered later (a failure answers no files, as `idFiles`). */
      idFilesLater(rev, ids, pathspec) {
        return this.runLater(grepArgs(rev, ids, pathspec)).then((buf) => idFilesAnswer(rev, ids, buf.toString("utf8")), () => []);
      }
      /** For each path, the Unix time of the first commit (reachable from `rev`) that added it. */
      firstAdded(paths, rev = "HEAD") {
        const out = /* @__PURE__ */ new Map();
        if (paths.length === 0)
          return out;
        const log = this.query([
          "log",
          rev,
          "--diff-filter=A",
          "--format=%x00%ct",
          "--name-only",
          "--",
          ...paths
        ]);
        for (const chunk of log?.split("\0").slice(1) ?? []) {
          const [stamp, ...names] = chunk.split("\n").filter(Boolean);
          for (const n of names)
            out.set(n, Number(stamp));
        }
        return out;
      }
      /**
       * Paths a range adds, relative to `cwd` and under it, or undefined when git cannot tell:
       * `base...HEAD` (from where HEAD forked off `base`: needs their history) or, with `trees`,
       * `base HEAD` (the two trees compared: needs only the two commits).
       */
      addedSince(base, o = {}) {
        return this.query([
          "diff",
          "--name-only",
          "-z",
          "--relative",
          "--no-renames",
          "--diff-filter=A",
          ...o.trees ? [base, "HEAD"] : [`${base}...HEAD`]
        ])?.split("\0").filter(Boolean);
      }
      /**
       * A commit's parents as its object records them, which a shallow clone keeps even where it
       * cuts the history off (`HEAD^1` does not resolve there); [] when `rev` is not a commit here.
       */
      parents(rev) {
        const raw = this.query(["cat-file", "commit", rev]) ?? "";
        const head = raw.slice(0, raw.indexOf("\n\n"));
        return [...head.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
      }
      /** The full sha `rev` names, or undefined. */
      sha(rev) {
        return this.query(["rev-parse", "-q", "--verify", `${rev}^{commit}`])?.trim() || void 0;
      }
      /**
       * Fetches one commit by its sha, without its history (`--depth=1`), as actions/checkout does;
       * false when the remote would not give it. GitHub serves any commit of the repository by sha.
       */
      fetchCommit(remote, sha) {
        if (this.verify(sha))
          return true;
        return this.query(["fetch", "-q", "--no-tags", "--depth=1", remote, sha]) !== void 0;
      }
      /** The path of the work tree's top level relative to `cwd`'s: '' at the top, `sub/dir/` below. */
      prefix() {
        return this.run(["rev-parse", "--show-prefix"]).trim();
      }
      /** The blob id of `path` (from the top level) in commit `rev`, or undefined when it has none. */
      blob(rev, path) {
        const line = this.query(["ls-tree", "-z", "--full-tree", rev, "--", path])?.split("\0")[0];
        const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(line ?? "");
        return m ? { mode: m[1], id: m[2] } : void 0;
      }
      /** The blob id of `text` as committed (no filters), written to the store. */
      hashText(text) {
        return this.run(["hash-object", "-w", "--stdin"], text).trim();
      }
      /** The blob id the work-tree file `path` (relative to `cwd`) would have, written to the store. */
      hashFile(path) {
        return this.run(["hash-object", "-w", "--", path]).trim();
      }
      /**
       * A commit on top of `parent` whose tree is the parent's with `files` (paths from the top level)
       * set to the given blobs and modes; its sha. Built from objects alone (ls-tree, mktree,
       * commit-tree): the work tree, the index and HEAD of the checkout stay as they are. `env`
       * carries the commit's identity (default: this Git's environment).
       */
      commitOnto(parent, files2, message, env) {
        const tree = this.treeWith(this.run(["rev-parse", `${parent}^{tree}`]).trim(), files2);
        return this.run(["commit-tree", tree, "-p", parent, "-F", "-"], message, env).trim();
      }
      /** `tree` with each of `files` (paths relative to it) set; the new tree's sha. */
      treeWith(tree, files2) {
        const entries = /* @__PURE__ */ new Map();
        for (const line of tree ? this.run(["ls-tree", "-z", tree]).split("\0") : []) {
          const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(line);
          if (m)
            entries.set(m[4], { mode: m[1], type: m[2], sha: m[3] });
        }
        const below = /* @__PURE__ */ new Map();
        for (const f of files2) {
          const slash = f.path.indexOf("/");
          if (slash === -1)
            entries.set(f.path, { mode: f.mode, type: "blob", sha: f.id });
          else {
            const dir = f.path.slice(0, slash);
            if (!below.has(dir))
              below.set(dir, []);
            below.get(dir).push({ ...f, path: f.path.slice(slash + 1) });
          }
        }
        for (const [dir, inside] of below) {
          const was = entries.get(dir);
          const sha = this.treeWith(was?.type === "tree" ? was.sha : void 0, inside);
          entries.set(dir, { mode: "040000", type: "tree", sha });
        }
        const input = [...entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}	${name}\0`);
        return this.run(["mktree", "-z"], input.join("")).trim();
      }
      /**
       * Paths a range of commits deletes (`base...HEAD`; with `trees`, `base HEAD`), from the top
       * level, or undefined when git cannot tell.
       */
      deletedSince(base, o = {}) {
        return this.query([
          "diff",
          "--name-only",
          "-z",
          "--no-renames",
          "--diff-filter=D",
          ...o.trees ? [base, "HEAD"] : [`${base}...HEAD`]
        ])?.split("\0").filter(Boolean);
      }
      /** Paths changed between `rev` and HEAD (added, copied or modified). */
      changedSince(rev) {
        return this.run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACM", rev, "HEAD"]).split("\0").filter(Boolean);
      }
      /**
       * Paths staged for commit, added, copied or modified (renames as add + delete), each with its
       * status letter (A, C or M), from one `git diff --cached`.
       */
      stagedPaths() {
        const fields = this.run([...STAGED_DIFF, "--name-status", "-z"]).split("\0");
        const out = /* @__PURE__ */ new Map();
        for (let i = 0; i + 1 < fields.length; i += 2)
          out.set(fields[i + 1], fields[i].charAt(0));
        return out;
      }
      /** Paths under `pathspec` that the staged commit deletes (a rename is a delete and an add). */
      stagedDeletions(pathspec) {
        return this.run([
          "diff",
          "--cached",
          "--name-only",
          "-z",
          "--no-renames",
          "--diff-filter=D",
          "--",
          pathspec
        ]).split("\0").filter(Boolean);
      }
      /** Which of `paths` have changes in the work tree that are not staged. */
      unstagedPaths(paths) {
        return this.run(["diff", "--name-only", "--", ...paths]).split("\n").filter(Boolean);
      }
      /** Paths git reports as changed or untracked in the work tree (porcelain status). */
      dirtyPaths() {
        return this.run(["status", "--porcelain", "-z", "--untracked-files=all"]).split("\0").filter(Boolean).map((l) => l.slice(3));
      }
      /** Which of `paths` differ from HEAD in the work tree or the index, untracked ones included. */
      changedPaths(paths) {
        if (paths.length === 0)
          return [];
        return this.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", ...paths]).split("\0").filter((l) => l.length > 3).map((l) => l.slice(3));
      }
      /**
       * Stages the work-tree files `paths` (git's filters apply, as with `git add`). update-index, not
       * add: it touches only the entries named, where add also scans their directories and stats the
       * index on threads (a 5,000-task index: 6.5 → 4.4 ms a call).
       */
      add(paths) {
        if (paths.length)
          this.run(["update-index", "--add", "--", ...paths]);
      }
      /**
       * Copies the entries of `paths` from the index git runs with into the index file `other`
       * (whose own lock git holds: update-index writes it through `other`.lock and a rename).
       */
      copyEntries(paths, other, env) {
        const entries = this.run(["ls-files", "-s", "-z", "--", ...paths]);
        if (entries)
          this.run(["update-index", "-z", "--index-info"], entries, { ...env, GIT_INDEX_FILE: other });
      }
      /** Which of `paths` the index file `other` stages changes to, against HEAD (none without one). */
      stagedIn(other, paths, env) {
        if (!this.verify("HEAD"))
          return [];
        const e = { ...env, GIT_INDEX_FILE: other };
        return this.run(["diff", "--cached", "--name-only", "-z", "HEAD", "--", ...paths], void 0, e).split("\0").filter(Boolean);
      }
      /** Stages `text` as the index version of `path`, leaving the work-tree file alone. */
      stageText(path, text) {
        const blob = this.run(["hash-object", "-w", "--stdin", "--path", path], text).trim();
        const mode = this.run(["ls-files", "-s", "--", path]).split(" ")[0] || "100644";
        this.run(["update-index", "--cacheinfo", `${mode},${blob},${path}`]);
      }
      /** Commits exactly `paths` (whatever else is staged stays out of the commit). */
      commitPaths(paths, message) {
        this.run(["add", "--", ...paths]);
        this.run(["commit", "-q", "--no-verify", "-m", message, "--only", "--", ...paths]);
      }
      /**
       * Replaces HEAD with a commit of the index that keeps HEAD's parents, author and message (an
       * amend that also works while git still runs a merge's hooks), and moves the branch to it.
       * `env` is the environment git runs in (the door's); the author is set on top of it.
       */
      recommitHead(env) {
        const old = this.run(["rev-parse", "HEAD"]).trim();
        const tree = this.run(["write-tree"]).trim();
        const sha = this.recommit(old, tree, this.parents(old), env);
        this.moveHead(old, sha, "extids: finish the merge of the ID ledger");
        return sha;
      }
      /** Each commit's parents, first parent first, from one git call. */
      parentsOf(shas) {
        const out = /* @__PURE__ */ new Map();
        if (shas.length === 0)
          return out;
        for (const line of this.run(["rev-list", "--no-walk=unsorted", "--parents", ...shas]).split("\n")) {
          const [sha, ...parents] = line.trim().split(" ");
          if (sha)
            out.set(sha, parents);
        }
        return out;
      }
      /** Whether any commit from `from` (excluded) to `to` changes a path under `pathspecs`. */
      touchedBetween(from, to, pathspecs) {
        const range = from ? [`${from}..${to}`] : [to];
        return this.run(["rev-list", "-n", "1", ...range, "--", ...pathspecs]).trim() !== "";
      }
      /** The commit's tree. */
      tree(sha) {
        return this.run(["rev-parse", `${sha}^{tree}`]).trim();
      }
      /**
       * A copy of commit `sha` with `tree` and `parents`: author, committer (names and dates) and
       * message kept, so the copy reads as the commit it replaces. `env` is the door's environment.
       */
      recommit(sha, tree, parents, env) {
        const [an, ae, ad, cn, ce, cd, message] = this.run([
          "log",
          "-1",
          "--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B",
          sha
        ]).split("\0");
        const who = {
          ...env,
          GIT_AUTHOR_NAME: an,
          GIT_AUTHOR_EMAIL: ae,
          GIT_AUTHOR_DATE: ad,
          GIT_COMMITTER_NAME: cn,
          GIT_COMMITTER_EMAIL: ce,
          GIT_COMMITTER_DATE: cd
        };
        const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p])];
        return this.run(args, message.replace(/\n+$/, "\n"), who).trim();
      }
      /** Moves HEAD (the branch it names) from `old` to `sha`; fails if HEAD is no longer `old`. */
      moveHead(old, sha, why) {
        this.run(["update-ref", "-m", why, "HEAD", sha, old]);
      }
      /** Paths under `pathspecs` that differ between two commits. */
      changedBetween(a, b, pathspecs) {
        return this.run(["diff", "--name-only", "-z", "--no-renames", a, b, "--", ...pathspecs]).split("\0").filter(Boolean);
      }
      /**
       * A private index (`indexFile`) holding commit `sha`, with its files under `pathspecs` written
       * into the folder `dir`: a work tree of just those files, for a command to run on. `env` is
       * the door's environment; the private index is named in it, never the repository's own.
       */
      checkoutInto(sha, pathspecs, dir, indexFile, env) {
        const e = { ...env, GIT_INDEX_FILE: indexFile };
        this.run(["read-tree", sha], void 0, e);
        const files2 = this.run(["ls-files", "-z", "--", ...pathspecs], void 0, e);
        this.run(["--work-tree", dir, "checkout-index", "-u", "-z", "--stdin"], files2, e);
      }
      /** The tree of the private index after staging `paths` from `dir` (see checkoutInto). */
      treeFrom(dir, indexFile, env, pathspecs) {
        const e = { ...env, GIT_INDEX_FILE: indexFile };
        const w = ["--work-tree", dir];
        const changed = this.run([...w, "diff-files", "--name-only", "-z", "--", ...pathspecs], void 0, e).split("\0").filter(Boolean);
        if (changed.length)
          this.run([...w, "update-index", "-z", "--stdin"], changed.join("\0") + "\0", e);
        return { tree: this.run(["write-tree"], void 0, e).trim(), changed };
      }
      push(remote, refspec) {
        this.run(["push", remote, refspec]);
      }
      /**
       * Pushes `refspec` without force: 'rejected' when the remote moved on (someone else pushed
       * first), which is how two runs learn that only one of them may go ahead.
       */
      pushUnlessMoved(remote, refspec) {
        try {
          this.run(["push", "--porcelain", remote, refspec]);
          return "pushed";
        } catch (err) {
          const out = String(err.details.cause?.stdout ?? "");
          const why = err.message;
          if (/\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(?:lock|failed to update)/.test(out + why))
            return "rejected";
          throw err;
        }
      }
      /** Fetches one ref of `remote` into `local`; false when the remote has no such ref. */
      fetchRef(remote, ref, local) {
        try {
          this.run(["fetch", "-q", "--no-tags", remote, `+${ref}:${local}`]);
          return true;
        } catch (err) {
          if (/couldn't find remote ref|no such ref/i.test(err.message)) {
            this.query(["update-ref", "-d", local]);
            return false;
          }
          throw err;
        }
      }
      /**
       * A commit whose tree holds exactly `files` (name → text), on top of `parent`; its sha.
       * `identity` is the commit's author and committer where the environment names none.
       */
      commitFiles(files2, parent, message, identity) {
        const entries = Object.entries(files2).map(([name, text]) => {
          const blob = this.run(["hash-object", "-w", "--stdin"], text).trim();
          return `100644 blob ${blob}	${name}
`;
        });
        const tree = this.run(["mktree"], entries.join("")).trim();
        return this.run([
          "-c",
          `user.name=${identity.name}`,
          "-c",
          `user.email=${identity.email}`,
          "commit-tree",
          tree,
          ...parent ? ["-p", parent] : [],
          "-m",
          message
        ]).trim();
      }
      /** The branch HEAD is on (`main`), or undefined when HEAD is detached. */
      branch() {
        return this.query(["symbolic-ref", "-q", "--short", "HEAD"])?.trim() || void 0;
      }
      /** The blob sha of `path` in `rev` (a commit, or 'index'), or undefined when it has none. */
      blobOf(rev, path) {
        return this.query(["rev-parse", "-q", "--verify", objectName(rev, path)])?.trim() || void 0;
      }
      /** Points the index entry of `path` at `blob` (keeping its mode), the work-tree file untouched. */
      setIndexBlob(path, blob) {
        const mode = this.run(["ls-files", "-s", "--", path]).split(" ")[0] || "100644";
        this.run(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`]);
      }
      /** Moves `ref` from `old` to `sha`; false when it no longer points at `old` (someone moved it). */
      moveRef(ref, sha, old, why) {
        return this.query(["update-ref", "-m", why, ref, sha, old]) !== void 0;
      }
      /** The current branch and its upstream (remote and branch), or undefined without one. */
      upstream() {
        const branch = this.query(["symbolic-ref", "-q", "--short", "HEAD"])?.trim();
        if (!branch)
          return void 0;
        const remote = this.configGet(`branch.${branch}.remote`);
        const merge2 = this.configGet(`branch.${branch}.merge`);
        if (!remote || !merge2 || remote === ".")
          return void 0;
        return { branch, remote, remoteBranch: merge2.replace(/^refs\/heads\//, "") };
      }
      /** How many commits `a` has that `b` lacks, and the reverse. */
      aheadBehind(a, b) {
        const [ahead, behind] = this.run(["rev-list", "--left-right", "--count", `${a}...${b}`]).trim().split(/\s+/).map(Number);
        return { ahead, behind };
      }
      configGet(key) {
        return this.query(["config", "--get", key])?.trim();
      }
      configSet(key, value) {
        this.run(["config", key, value]);
      }
      /** git merge-file: a three-way text merge into `ours`, leaving conflict markers where needed. */
      mergeFile(ours, base, theirs) {
        this.query(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs]);
      }
    };
    objectName = (rev, path) => rev === "index" ? `:${path}` : `${rev}:${path}`;
    CAT_FILE = ["cat-file", "--batch"];
  }
});

// lib/core/root.js
function refuseOutside(what, dir, root) {
  if (!isInside(root, dir))
    throw new ExtidsError("OUTSIDE_ROOT", `the ${what} ${dir} is outside the repository ${root}; extids reads and writes only inside the repository, whose tasks and ledger are committed together`, { file: dir });
}
function checkTopLevel(s, top, door = {}) {
  const ownState = (0, import_node_fs4.existsSync)(s.configFile) || (0, import_node_fs4.existsSync)(s.stateDir);
  if (top && real(top) !== real(s.root) && !ownState)
    throw new ExtidsError("NOT_TOP_LEVEL", `${s.root} is not the repository's top level; its top level is ${top} (run extids there, or ${(door.rootInput ?? cliRootInput)(top)})`, { file: s.root });
}
function checkRoot(s, door = {}, top = new Git(s.root).topLevel()) {
  checkTopLevel(s, top, door);
  refuseOutside("tasks directory", s.tasksDir, s.root);
  if (!hasExtidsFiles(s))
    throw new ExtidsError("NOTHING_HERE", `found neither a tasks directory (${relPath(s.root, s.tasksDir) || "."}) nor state files (${relPath(s.root, s.stateDir)}) nor a config (${CONFIG_FILE}) in ${s.root}${door.hint ?? ""}`, { file: s.root });
}
var import_node_fs4, import_node_path7, hasExtidsFiles, real, cliRootInput;
var init_root = __esm({
  "lib/core/root.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs4 = require("node:fs");
    import_node_path7 = require("node:path");
    init_findings();
    init_git();
    init_paths();
    hasExtidsFiles = (s) => (0, import_node_fs4.existsSync)(s.tasksDir) || (0, import_node_fs4.existsSync)(s.configFile) || Object.values(STATE_FILE).some((f) => (0, import_node_fs4.existsSync)((0, import_node_path7.join)(s.stateDir, f)));
    real = (p) => {
      try {
        return (0, import_node_fs4.realpathSync)(p);
      } catch {
        return p;
      }
    };
    cliRootInput = (top) => `pass --root ${top}`;
  }
});

// lib/core/store.js
function readStateFile(kind, path, opts = {}) {
  const file = displayPath(path, opts.root);
  const now = isoStamp((opts.now ?? (() => /* @__PURE__ */ new Date()))());
  const unreadable2 = (message) => ({
    kind,
    file,
    status: "unreadable",
    steps: [],
    enveloped: true,
    findings: [finding("error", "UNREADABLE", message, { file })]
  });
  let st;
  try {
    st = nodeFs5.lstatSync(path);
  } catch (err) {
    if (err.code === "ENOENT")
      return missingStateFile(kind, file);
    return unreadable2(`cannot be read: ${describeFsError(err)}`);
  }
  if (st.isSymbolicLink()) {
    let target = "?";
    try {
      target = nodeFs5.realpathSync(path);
    } catch {
    }
    return unreadable2(`is a symbolic link (to ${target}); extids reads and writes only regular files in the state directory, so it leaves it alone. Replace it with the file itself.`);
  }
  if (!st.isFile())
    return unreadable2(`is not a regular file${st.isDirectory() ? " (it is a directory)" : ""}`);
  if (st.size > MAX_STATE_BYTES)
    return unreadable2(`is ${(st.size / 1048576).toFixed(0)} MiB, over the ${MAX_STATE_BYTES / 1048576} MiB extids reads`);
  let text;
  try {
    text = utf8.decode((opts.fs ?? realFs).readFileSync(path));
  } catch (err) {
    if (err instanceof TypeError) {
      return {
        kind,
        file,
        status: "corrupt",
        steps: [],
        enveloped: true,
        findings: [finding("error", "PARSE_ERROR", "is not valid UTF-8 text", { file })]
      };
    }
    return unreadable2(`cannot be read: ${describeFsError(err)}`);
  }
  const known = opts.parsed?.find((p) => p.kind === kind && p.status === "valid" && p.file === file && p.text === text);
  return known ?? parseStateText(kind, text, file, now);
}
function checkStateDir(dir, root) {
  const show = displayPath(dir, root);
  if (root)
    refuseOutside("state directory", dir, root);
  try {
    const st = nodeFs5.statSync(dir);
    if (!st.isDirectory())
      throw new ExtidsError("NOT_A_DIRECTORY", `the state directory ${show} is not a directory`, {
        file: dir
      });
    if (root && isInside(root, dir) && !isInside(nodeFs5.realpathSync(root), nodeFs5.realpathSync(dir)))
      throw new ExtidsError("OUTSIDE_ROOT", `the state directory ${show} leads outside the repository (to ${nodeFs5.realpathSync(dir)}); extids reads and writes state only inside ${root}`, { file: dir });
    return "ok";
  } catch (err) {
    if (err instanceof ExtidsError)
      throw err;
    if (err.code === "ENOENT")
      return "missing";
    if (err.code === "ENOTDIR")
      throw new ExtidsError("NOT_A_DIRECTORY", `the state directory ${show} is not a directory (a file is in its path)`, {
        file: dir
      });
    throw new ExtidsError("UNREADABLE", `cannot read the state directory ${show}: ${describeFsError(err)}`, { file: dir });
  }
}
function readState(opts) {
  checkStateDir(opts.stateDir, opts.root);
  const paths = statePaths(opts.stateDir);
  return {
    paths,
    mapping: readStateFile("mapping", paths.mapping, opts),
    counters: readStateFile("counters", paths.counters, opts)
  };
}
function blockingFindings(s) {
  return [s.mapping, s.counters].filter((f) => !usable.has(f.status)).flatMap((f) => f.findings.filter((x) => x.severity === "error"));
}
function writeStateFile(ctx, plan2) {
  const text = canonicalJson(plan2.data);
  const { before } = plan2;
  if (before.text === text)
    return;
  const show = (p) => displayPath(p, ctx.opts.root);
  const stamp = fileStamp(ctx.now);
  ctx.lock.assertHeld();
  if (before.status === "valid" || before.status === "legacy")
    keepCopy(plan2.path, `${plan2.path}.bak`, ctx.fs);
  if (before.status === "legacy") {
    const orig = freshName(plan2.path, "pre-migration", stamp, ctx.fs);
    keepCopy(plan2.path, orig, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(orig), why: "pre-migration" });
  }
  if (before.status === "corrupt") {
    const q = freshName(plan2.path, "corrupt", stamp, ctx.fs);
    keepCopy(plan2.path, q, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(q), why: "corrupt" });
  }
  ctx.lock.assertHeld();
  writeFileAtomic(plan2.path, text, { fs: ctx.fs });
  ctx.changes.push({
    kind: "state-written",
    file: show(plan2.path),
    how: before.status === "missing" ? "created" : before.status === "legacy" ? "migrated" : before.status === "corrupt" ? "rebuilt" : "updated"
  });
}
async function locked(opts, body) {
  if (checkStateDir(opts.stateDir, opts.root) === "missing") {
    try {
      nodeFs5.mkdirSync(opts.stateDir, { recursive: true });
    } catch (err) {
      throw new ExtidsError("UNREADABLE", `cannot create the state directory ${opts.stateDir}: ${describeFsError(err)}`, { file: opts.stateDir });
    }
  }
  const fs = opts.fs ?? realFs;
  return withLock(opts.stateDir, opts.lock ?? {}, async (lock) => {
    sweepTemps(opts.stateDir, fs);
    const ctx = {
      snapshot: readState(opts),
      lock,
      now: (opts.now ?? (() => /* @__PURE__ */ new Date()))(),
      fs,
      changes: [],
      opts
    };
    const value = await body(ctx);
    return { value, changes: ctx.changes };
  });
}
async function transaction(opts, fn) {
  const { value, changes } = await locked(opts, async (ctx) => {
    const blocking = blockingFindings(ctx.snapshot);
    if (blocking.length)
      throw new ExtidsError("STATE_INVALID", `the state files cannot be used as they are (${blocking[0].file}: ${blocking[0].message}); run \`extids repair\``, { findings: blocking });
    const { mapping, counters } = ctx.snapshot;
    const fileCounters = counters.data?.counters ?? emptyCounters();
    const ledger = new Ledger(mapping.data?.mappings ?? {}, fileCounters, {
      highest: mapping.analysis?.highest
    });
    const pending = [];
    const result2 = await fn(ledger, { writeAfter: (w) => pending.push(w) });
    commitLedger(ctx, ledger, fileCounters);
    await writePending(ctx, pending);
    return result2;
  });
  return { value, changes };
}
async function writePending(ctx, writes) {
  const dirs = /* @__PURE__ */ new Set();
  for (let i = 0; i < writes.length; i += 64) {
    const batch = writes.slice(i, i + 64);
    await new Promise((r) => setImmediate(r));
    ctx.lock.assertHeld();
    await writeFilesAtomic(batch.map((w) => ({ path: w.path, data: w.text })), { fs: ctx.fs });
    for (const w of batch) {
      dirs.add((0, import_node_path8.dirname)(w.path));
      ctx.changes.push({
        kind: "task-written",
        file: displayPath(w.path, ctx.opts.root),
        task: w.task,
        externalIds: w.externalIds
      });
    }
  }
  for (const d of dirs) {
    try {
      fsyncDir(d, ctx.fs);
    } catch (err) {
      throw new ExtidsError("WRITE_FAILED", `wrote the task files in ${displayPath(d, ctx.opts.root)} but could not flush the directory: ${describeFsError(err)}`, { file: d, cause: err });
    }
  }
}
function commitLedger(ctx, ledger, fileCounters) {
  const { mapping, counters } = ctx.snapshot;
  const stamp = isoStamp(ctx.now);
  const countersChanged = !countersEqual(fileCounters, ledger.counters);
  if (countersChanged)
    writeStateFile(ctx, {
      kind: "counters",
      path: ctx.snapshot.paths.counters,
      before: counters,
      data: { counters: cloneCounters(ledger.counters), updated: stamp, version: FORMAT_VERSION }
    });
  if (ledger.mappingsChanged)
    writeStateFile(ctx, {
      kind: "mapping",
      path: ctx.snapshot.paths.mapping,
      before: mapping,
      data: { mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION }
    });
}
var nodeFs5, import_node_path8, statePaths, MAX_STATE_BYTES, utf8, usable;
var init_store = __esm({
  "lib/core/store.js"() {
    "use strict";
    init_import_meta_url();
    nodeFs5 = __toESM(require("node:fs"), 1);
    import_node_path8 = require("node:path");
    init_canonical();
    init_findings();
    init_parse3();
    init_atomic();
    init_lock();
    init_schema();
    init_ledger();
    init_state();
    init_paths();
    init_root();
    statePaths = (dir) => ({
      dir,
      mapping: (0, import_node_path8.join)(dir, MAPPING_FILE),
      counters: (0, import_node_path8.join)(dir, COUNTERS_FILE)
    });
    MAX_STATE_BYTES = 256 * 1024 * 1024;
    utf8 = new TextDecoder("utf-8", { fatal: true });
    usable = /* @__PURE__ */ new Set(["missing", "valid", "legacy"]);
  }
});

// lib/core/renumber.js
function renumberDuplicates(ledger, seniority) {
  const out = [];
  for (const d of findDuplicateExternalIds(ledger.mappings)) {
    const [keptBy, ...others] = [...d.holders].sort(seniority);
    for (const internalId of others) {
      const to = ledger.allocate(d.tool, parseExternalId(d.tool, d.externalId)?.key);
      ledger.put(internalId, d.tool, to);
      out.push({ internalId, tool: d.tool, from: d.externalId, to, keptBy });
    }
  }
  return out;
}
var init_renumber = __esm({
  "lib/core/renumber.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    init_state();
  }
});

// lib/core/merge.js
function mergeState(input) {
  const { ours, theirs } = input;
  const base = input.base ?? {};
  const notes = [];
  const conflicts = [];
  const retired = [];
  const mappings = {};
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  for (const id of ids) {
    const a = hasOwn(ours, id) ? ours[id] : {};
    const b = hasOwn(theirs, id) ? theirs[id] : {};
    const o = hasOwn(base, id) ? base[id] : {};
    const entry = {};
    for (const tool of TOOLS) {
      const x = a[tool];
      const y = b[tool];
      const was = o[tool];
      if (x === y || y === void 0) {
        if (x !== void 0)
          entry[tool] = x;
      } else if (x === void 0)
        entry[tool] = y;
      else if (x === was || y === was) {
        entry[tool] = x === was ? y : x;
        notes.push({ kind: "took-change", task: id, tool, value: entry[tool], was });
      } else if (was !== void 0) {
        conflicts.push({ task: id, tool, was, values: [x, y].sort() });
        entry[tool] = [x, y].sort(byNumber(tool))[0];
      } else {
        const [kept, dropped] = [x, y].sort(byNumber(tool));
        entry[tool] = kept;
        notes.push({ kind: "kept-lower", task: id, tool, kept, retired: dropped });
      }
      for (const side of [x, y])
        if (side !== void 0 && side !== entry[tool])
          retired.push({ tool, externalId: side });
    }
    mappings[id] = entry;
  }
  const used = [base, ours, theirs].map(highestUsed);
  const ledger = new Ledger(mappings, Ledger.maxOf([...input.counters, ...used]), { retired });
  const renumbered = renumberDuplicates(ledger, input.seniority);
  return { mappings, counters: ledger.counters, notes, renumbered, conflicts };
}
function mergedFiles(r, ours, theirs) {
  const updated = laterStamp(ours.updated, theirs.updated);
  return {
    mapping: { mappings: r.mappings, updated, version: FORMAT_VERSION },
    counters: { counters: r.counters, updated, version: FORMAT_VERSION }
  };
}
var byNumber, laterStamp;
var init_merge = __esm({
  "lib/core/merge.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    init_ledger();
    init_renumber();
    init_schema();
    init_state();
    byNumber = (tool) => (a, b) => {
      const x = parseExternalId(tool, a);
      const y = parseExternalId(tool, b);
      return (x?.number ?? 0) - (y?.number ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
    };
    laterStamp = (...stamps) => stamps.filter((s) => !!s).sort().at(-1) ?? (/* @__PURE__ */ new Date(0)).toISOString();
  }
});

// lib/core/sync/links.js
function migrateLinks(json) {
  const o = json;
  if (o?.version !== FORMAT_VERSION || typeof o.links !== "object" || o.links === null)
    return { json, migrated: false };
  const links = {};
  for (const [task, l] of Object.entries(o.links)) {
    const g = l?.github;
    if (g && typeof g.id === "number" && typeof g.number === "number") {
      const { id, number: number2, ...rest } = g;
      links[task] = { ...l, github: { ...rest, id: String(id), key: String(number2) } };
    } else
      links[task] = l;
  }
  return { json: { ...o, links, version: LINKS_VERSION }, migrated: true };
}
function parseLinksText(text, file) {
  const read2 = readJsonText(text, file, LINKS_FIXES);
  const findings = read2.findings;
  if (read2.json === void 0)
    return { status: "corrupt", links: noLinks(), findings };
  const raw = { json: read2.json, duplicates: read2.duplicates };
  const loc = new Locator(read2.body, true, 4);
  const links = noLinks();
  const { json, migrated } = migrateLinks(read2.json);
  const body = json?.links;
  if (typeof body === "object" && body !== null) {
    for (const key of Object.keys(body))
      if (UNSAFE_KEYS.has(key)) {
        findings.push(finding("error", "UNSAFE_KEY", `has the key "${key}" at links, refused to prevent prototype pollution; ${REBUILD}`, { file, line: loc.line(["links", key]) }));
        delete body[key];
      }
  }
  const r = LinksFileSchema.safeParse(json);
  if (!r.success) {
    for (const issue2 of r.error.issues.slice(0, 10)) {
      const path = issue2.path.map((p) => typeof p === "symbol" ? String(p) : p);
      findings.push(finding("error", "SCHEMA_INVALID", `${path.join(".") || "the top level"}: ${issue2.message}; ${REBUILD}`, { file, line: loc.line(path) }));
    }
    return { status: "corrupt", links, findings, ...raw };
  }
  Object.assign(links, r.data.links);
  const corrupt = findings.some((f) => f.severity === "error");
  return {
    status: corrupt ? "corrupt" : "valid",
    links,
    updated: r.data.updated,
    findings,
    ...migrated && { migrated },
    ...raw
  };
}
function loadLinks(stateDir, file = (0, import_node_path9.join)(stateDir, LINKS_FILE)) {
  const path = (0, import_node_path9.join)(stateDir, LINKS_FILE);
  let text;
  try {
    text = nodeFs6.readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT")
      return { status: "missing", links: noLinks(), findings: [] };
    throw new ExtidsError("UNREADABLE", `cannot read ${file}: ${err.message}`, {
      file
    });
  }
  return parseLinksText(text, file);
}
function linkFindings(links, mappings, file) {
  const out = [];
  for (const [task, byTool] of Object.entries(links))
    for (const tool of TOOLS) {
      const l = byTool[tool];
      if (!l)
        continue;
      const mapped = hasOwn(mappings, task) ? mappings[task][tool] : void 0;
      if (mapped === l.key)
        continue;
      const name = TOOL_LABEL[tool];
      out.push(finding("warning", "LINK_MISMATCH", mapped === void 0 ? `${task}: links to ${name} ${itemText(tool, l.key)}, but the mapping has no ${name} ${tool === "github" ? "number" : "key"} for it; the next \`extids sync\` records it` : `${task}: links to ${name} ${itemText(tool, l.key)}, but the mapping says ${tool} ${mapped}; the next \`extids sync\` relinks it`, { file }));
    }
  return out;
}
function predictedFindings(links, mappings, syncTools2, file) {
  const out = [];
  if (syncTools2.length === 0)
    return out;
  for (const [task, entry] of Object.entries(mappings))
    for (const tool of syncTools2) {
      const key = predictedKey(entry[tool], hasOwn(links, task) ? links[task][tool] : void 0);
      if (key !== void 0)
        out.push(policyFinding("SYNC_PENDING", `${task}: ${tool} ${key} is in the mapping without a link to a ${TOOL_LABEL[tool]} item (a key counter mode predicted, or one whose link the links file lost); \`extids sync\` reads it: the task's own item is kept and linked, anything else is replaced by the task's real item`, { file }));
    }
  return out;
}
function mergeLinks(base, ours, theirs) {
  const o = base?.links ?? noLinks();
  const links = noLinks();
  const dropped = [];
  const tasks = [.../* @__PURE__ */ new Set([...Object.keys(ours.links), ...Object.keys(theirs.links)])].sort();
  for (const task of tasks)
    for (const tool of TOOLS) {
      const x = ours.links[task]?.[tool];
      const y = theirs.links[task]?.[tool];
      const was = o[task]?.[tool];
      let kept;
      if (sameLink(x, y) || y === void 0)
        kept = x;
      else if (x === void 0)
        kept = y;
      else if (sameLink(x, was))
        kept = y;
      else if (sameLink(y, was))
        kept = x;
      else
        dropped.push({ task, tool });
      if (kept)
        links[task] = { ...links[task], [tool]: kept };
    }
  return { links, updated: laterStamp(ours.updated, theirs.updated), dropped };
}
function asLink(l) {
  const g = l;
  const v = g && typeof g.id === "number" && typeof g.number === "number" ? (({ number: n, ...rest }) => ({ ...rest, id: String(g.id), key: String(n) }))(g) : l;
  const r = LinkSchema.safeParse(v);
  return r.success ? r.data : void 0;
}
function copiesByTool(dups) {
  const out = /* @__PURE__ */ new Map();
  const whole = dups.find((d) => d.path.length === 2);
  for (const tool of TOOLS) {
    const inTool = dups.filter((d) => d.path.length >= 3 && d.path[2] === tool);
    const broken = inTool.some((d) => d.path.length > 3);
    const copies = whole ? whole.occurrences.flatMap((o) => {
      const v = o.value;
      return v && typeof v === "object" && hasOwn(v, tool) ? [{ line: o.line, value: v[tool] }] : [];
    }) : inTool.find((d) => d.path.length === 3)?.occurrences ?? inTool[0]?.occurrences.map((o) => ({ line: o.line, value: void 0 })) ?? [];
    if (copies.length === 0)
      continue;
    out.set(tool, copies.map((c) => ({ line: c.line, ...!broken && { link: asLink(c.value) } })));
  }
  return out;
}
function settleLink(copies, mapped) {
  if (mapped !== void 0)
    return copies.find((c) => c.link?.key === mapped);
  const last = copies[copies.length - 1];
  const same = copies.every((c) => c.link && c.link.id === last.link?.id && c.link.key === last.link.key);
  return same ? last : void 0;
}
function repairLinks(parsed, mappings, file) {
  if (parsed.status !== "corrupt")
    return void 0;
  const restart = { links: noLinks(), changes: [{ kind: "links-restarted", file }] };
  const json = parsed.json;
  if (typeof json?.links !== "object" || json.links === null)
    return restart;
  const body = Object.assign(/* @__PURE__ */ Object.create(null), json.links);
  const changes = [];
  const byTask = /* @__PURE__ */ new Map();
  for (const d of parsed.duplicates ?? []) {
    if (d.path[0] !== "links" || d.path.length < 2)
      continue;
    byTask.set(d.path[1], [...byTask.get(d.path[1]) ?? [], d]);
  }
  for (const [task, dups] of byTask) {
    const read2 = body[task];
    const entry = Object.assign(/* @__PURE__ */ Object.create(null), read2 && typeof read2 === "object" ? read2 : {});
    const mapped = hasOwn(mappings, task) ? mappings[task] : {};
    for (const [tool, copies] of copiesByTool(dups)) {
      const kept = settleLink(copies, mapped[tool]);
      if (kept)
        entry[tool] = kept.link;
      else
        delete entry[tool];
      const dropped = copies.filter((c) => c !== kept);
      if (kept && dropped.every((c) => sameLink(c.link, kept.link)))
        continue;
      changes.push({
        kind: "link-settled",
        file,
        task,
        tool,
        ...kept && { kept: { key: kept.link.key, line: kept.line } },
        mapped: mapped[tool] !== void 0,
        dropped: dropped.map((c) => ({ ...c.link && { key: c.link.key }, line: c.line }))
      });
    }
    if (Object.keys(entry).length)
      body[task] = entry;
    else
      delete body[task];
  }
  for (const key of UNSAFE_KEYS)
    delete body[key];
  const r = LinksFileSchema.safeParse(migrateLinks({ ...json, links: body }).json);
  if (!r.success)
    return restart;
  return { links: Object.assign(noLinks(), r.data.links), changes };
}
var nodeFs6, import_node_path9, LinkSchema, LINKS_VERSION, LinksFileSchema, REBUILD, LINKS_FIXES, noLinks, linksText, predictedKey, itemText, sameLink;
var init_links = __esm({
  "lib/core/sync/links.js"() {
    "use strict";
    init_import_meta_url();
    nodeFs6 = __toESM(require("node:fs"), 1);
    import_node_path9 = require("node:path");
    init_mini();
    init_canonical();
    init_findings();
    init_atomic();
    init_merge();
    init_parse3();
    init_paths();
    init_ids();
    init_schema();
    init_state();
    init_policy();
    LinkSchema = strictObject({
      /** The tracker's permanent id (survives moves and renames: a moved Jira issue keeps it). */
      id: string2().check(_minLength(1)),
      /** The key the mapping holds (GitHub `12`, Jira `PROJ-58`, Linear `TEAM-21`, Azure `4123`). */
      key: string2().check(_minLength(1)),
      url: string2(),
      /** The item's content hash as the tracker showed it after extids's last write. */
      hash: string2(),
      /** The content hash of what extids last sent (absent in files written before it existed). */
      sent: optional(string2()),
      /**
       * Each field's hash as the tracker showed it after extids's last write (content.ts
       * `fieldHashes`); a field a person edited keeps the hash from before their edit, so it stays
       * theirs until task and item agree. Absent in files written before it existed.
       */
      fields: optional(strictObject({ title: string2(), body: string2(), state: _enum(["open", "closed"]) }))
    });
    LINKS_VERSION = "2.0";
    LinksFileSchema = strictObject({
      links: record(string2().check(_minLength(1)), partialRecord(_enum(TOOLS), LinkSchema)),
      updated: string2(),
      version: literal(LINKS_VERSION)
    });
    REBUILD = "`extids repair` keeps the links the mapping file agrees with and quarantines the original (the next `extids sync` links the rest again)";
    LINKS_FIXES = { bom: REBUILD, conflict: REBUILD, duplicate: REBUILD };
    noLinks = () => /* @__PURE__ */ Object.create(null);
    linksText = (links, updated) => canonicalJson({ links, updated, version: LINKS_VERSION });
    predictedKey = (mapped, link) => mapped !== void 0 && link === void 0 ? mapped : void 0;
    itemText = (tool, key) => tool === "github" ? `issue #${key}` : key;
    sameLink = (a, b) => a === b || a !== void 0 && b !== void 0 && canonicalJson(a) === canonicalJson(b);
  }
});

// lib/core/commands/common.js
function unique(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.severity}\0${f.code}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && seen.add(key) !== void 0;
  });
}
async function scan(s, o) {
  if (!(0, import_node_fs5.existsSync)(s.tasksDir))
    return void 0;
  return scanTasks(s.tasksDir, {
    root: s.root,
    exclude: s.exclude,
    onProgress: o.onProgress && ((d, t) => o.onProgress("reading tasks", d, t)),
    readAheadFrom: o.readAheadFrom
  });
}
function missingButCommitted(s, snap, tasks = []) {
  const out = [];
  const carrying = tasks.filter((t) => Object.keys(t.externalIds ?? {}).length > 0).length;
  if (snap.mapping.status === "missing" && carrying && s.stateDirGiven)
    out.push(finding("error", "MISSING_FILE", `does not exist, but ${carrying} task file${carrying === 1 ? "" : "s"} already carry external IDs: is the state directory right? (\`extids repair\` rebuilds it from them)`, { file: snap.mapping.file }));
  const git = new Git(s.root);
  for (const f of [snap.mapping, snap.counters]) {
    if (f.status !== "missing")
      continue;
    const rel = relPath(s.root, f.kind === "mapping" ? snap.paths.mapping : snap.paths.counters);
    if (git.show("HEAD", rel) !== void 0)
      out.push(finding("error", "MISSING_FILE", "is missing but committed in git; `extids repair` restores it", { file: f.file }));
  }
  return out;
}
var import_node_fs5, storeOptions, report, countTasks, countMappings, stats;
var init_common = __esm({
  "lib/core/commands/common.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs5 = require("node:fs");
    init_findings();
    init_git();
    init_paths();
    init_tasks();
    storeOptions = (s, o) => ({
      stateDir: s.stateDir,
      root: s.root,
      lock: o.lock,
      now: o.now,
      fs: o.fs
    });
    report = (command, findings, extra = {}) => ({
      ok: !hasErrors(findings),
      command,
      findings: unique(findings),
      changes: [],
      assigned: [],
      stats: { mappings: 0, tasks: 0 },
      ...extra
    });
    countTasks = (tasks) => tasks?.filter((t) => t.hasFrontmatter).length ?? 0;
    countMappings = (m) => m.analysis?.ids.length ?? Object.keys(m.data?.mappings ?? m.salvage?.data.mappings ?? {}).length;
    stats = (m, tasks) => ({
      mappings: countMappings(m),
      tasks: countTasks(tasks)
    });
  }
});

// lib/core/commands/validate.js
async function validate2(s, o = {}) {
  const scanning = scan(s, o);
  let early;
  try {
    early = readState(storeOptions(s, o));
  } catch {
  }
  const tasks = await scanning;
  const snap = readState({
    ...storeOptions(s, o),
    parsed: early && [early.mapping, early.counters]
  });
  const linksFile = displayPath((0, import_node_path10.join)(s.stateDir, LINKS_FILE), s.root);
  const links = loadLinks(s.stateDir, linksFile);
  const findings = [
    ...missingButCommitted(s, snap),
    ...diagnose({
      mapping: snap.mapping,
      counters: snap.counters,
      tasks,
      tools: s.tools,
      syncStatuses: s.config.sync?.statuses,
      idPattern: s.idPattern,
      introduced: o.introduced
    }),
    ...links.findings,
    ...links.status === "valid" && snap.mapping.data ? linkFindings(links.links, snap.mapping.data.mappings, linksFile) : [],
    ...links.status !== "corrupt" && snap.mapping.data ? predictedFindings(links.links, snap.mapping.data.mappings, syncTools(s.tools), displayPath(snap.paths.mapping, s.root)) : []
  ];
  return report("validate", findings, { stats: stats(snap.mapping, tasks) });
}
var import_node_path10;
var init_validate = __esm({
  "lib/core/commands/validate.js"() {
    "use strict";
    init_import_meta_url();
    import_node_path10 = require("node:path");
    init_config();
    init_diagnose();
    init_paths();
    init_store();
    init_links();
    init_common();
  }
});

// lib/core/commands/migrate.js
async function migrate(s, o = {}) {
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const changes2 = legacy(snap).map((f) => ({
      kind: "migrated",
      file: f.file,
      steps: f.steps
    }));
    const v2 = await validate2(s, quiet(o));
    return report("migrate", remaining(v2.findings, snap), {
      changes: changes2,
      dryRun: true,
      stats: v2.stats
    });
  }
  const { changes } = await locked(storeOptions(s, o), (ctx) => {
    for (const f of legacy(ctx.snapshot))
      writeStateFile(ctx, {
        kind: f.kind,
        path: ctx.snapshot.paths[f.kind],
        before: f,
        data: { ...f.data, updated: isoStamp(ctx.now) }
      });
  });
  const v = await validate2(s, quiet(o));
  return report("migrate", remaining(v.findings, readState(storeOptions(s, o))), {
    changes,
    stats: v.stats
  });
}
function remaining(validated, snap) {
  const stateFiles = /* @__PURE__ */ new Set([snap.mapping.file, snap.counters.file]);
  const own2 = [snap.mapping, snap.counters].flatMap((f) => f.findings);
  const tasks = validated.filter((f) => f.file && !stateFiles.has(f.file));
  return [...own2, ...tasks].filter((f) => f.code !== "LEGACY_VERSION" && f.severity !== "info");
}
var legacy, quiet;
var init_migrate2 = __esm({
  "lib/core/commands/migrate.js"() {
    "use strict";
    init_import_meta_url();
    init_canonical();
    init_store();
    init_common();
    init_validate();
    legacy = (snap) => [snap.counters, snap.mapping].filter((f) => f.status === "legacy");
    quiet = (o) => ({ ...o, onProgress: void 0 });
  }
});

// lib/core/repair-plan.js
function planRepair(input) {
  const plan2 = { changes: [], renumbered: [], frontmatter: [], findings: [] };
  const blocked = [input.mapping, input.counters].filter((f) => f.status === "unsupported" || f.status === "unreadable");
  if (blocked.length) {
    plan2.findings.push(...blocked.flatMap((f) => f.findings.filter((x) => x.severity === "error")));
    return plan2;
  }
  const settled = settleDuplicates(input, plan2);
  if (settled.undecided.length) {
    plan2.findings.push(...settled.undecided);
    return plan2;
  }
  const { mappings, retired } = recoverMappings(input, plan2, settled);
  const claims = adoptFrontmatter(input, mappings, plan2);
  const { counters, sources } = recoverCounters(input, plan2, settled.counters);
  const ledger = new Ledger(mappings, counters, {
    retired: [...retired, ...claims]
  });
  reportRaisedCounters(input.counters, settled.counters, ledger.counters, plan2);
  renumber(input, ledger, plan2);
  alignFrontmatter(input, ledger, plan2);
  decideWrites(input, ledger, sources, plan2);
  return plan2;
}
function recoverMappings(input, plan2, settled) {
  const { mapping } = input;
  const sources = [];
  const own2 = mapping.data ?? mapping.salvage?.data;
  if (own2)
    sources.push({
      name: mapping.status === "corrupt" ? `what ${mapping.file} still held` : mapping.file,
      mappings: settled.mappings(own2.mappings)
    });
  for (const f of mapping.salvage?.lost ?? [])
    plan2.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (kept in its quarantined copy)`, { file: mapping.file }));
  if (mapping.status === "corrupt" || mapping.status === "missing") {
    const bak = input.backups?.mapping;
    if (usable2(bak))
      sources.push({ name: `${mapping.file}.bak`, mappings: bak.data.mappings });
    const head = input.committed?.mapping;
    if (usable2(head))
      sources.push({
        name: `the committed ${mapping.file} (git HEAD)`,
        mappings: head.data.mappings
      });
  }
  const union = unionMappings(sources.map((s) => ({ name: s.name, mappings: cloneMappings(s.mappings) })));
  const file = mapping.file;
  if (mapping.status === "corrupt")
    plan2.changes.push({
      kind: "mapping-rebuilt",
      file,
      sources: sources.map((s, i) => ({
        name: s.name,
        added: i === 0 ? 0 : union.added.find((a) => a.source === s.name)?.count ?? 0
      }))
    });
  else if (mapping.status === "missing" && sources.length)
    plan2.changes.push({ kind: "mapping-restored", file, sources: sources.map((s) => s.name) });
  for (const c of union.conflicts)
    plan2.changes.push({
      kind: "source-disagreed",
      file,
      task: c.internalId,
      tool: c.tool,
      kept: c.kept,
      other: c.other,
      source: c.source
    });
  return {
    mappings: union.mappings,
    retired: [
      ...union.conflicts.map((c) => ({ tool: c.tool, externalId: c.other })),
      ...settled.retired
    ]
  };
}
function settleDuplicates(input, plan2) {
  const settled = { mappings: (m) => m, counters: [], retired: [], undecided: [] };
  const keep2 = /* @__PURE__ */ new Map();
  const byId2 = tasksById(input.tasks ?? []);
  const frontmatter = (id, tool) => {
    const copies = (byId2.get(id) ?? []).filter((t) => !t.findings.some((f) => f.severity === "error"));
    const values = new Set(copies.map((t) => t.externalIds?.[tool]).filter((v) => v !== void 0));
    return values.size === 1 ? [...values][0] : void 0;
  };
  for (const file of [input.mapping, input.counters]) {
    for (const d of file.duplicates ?? []) {
      const path = file.enveloped ? d.path : [file.kind === "mapping" ? "mappings" : "counters", ...d.path];
      const held = d.occurrences.flatMap((o) => flattenHeld(file.kind, path, o.value, o.line));
      const groups = /* @__PURE__ */ new Map();
      for (const h of held)
        groups.set(`${h.owner}\0${h.tool}`, [
          ...groups.get(`${h.owner}\0${h.tool}`) ?? [],
          h
        ]);
      if (d.same)
        plan2.changes.push({
          kind: "duplicate-key-settled",
          file: file.file,
          key: d.path.join("."),
          kept: "one copy",
          keptLine: d.occurrences[0].line,
          dropped: d.occurrences.slice(1).map((o) => ({ value: "a copy", line: o.line })),
          why: "same"
        });
      for (const hs of groups.values()) {
        const { owner, tool } = hs[0];
        const distinct = [...new Set(hs.map((h) => h.value))];
        const label = file.kind === "mapping" ? `${owner}'s ${TOOL_LABEL[tool]} ID` : `the ${tool}${owner ? ` ${owner}` : ""} counter`;
        let kept;
        if (distinct.length === 1)
          kept = hs[0];
        else if (file.kind === "counters")
          kept = hs.reduce((a, b) => Number(b.value) > Number(a.value) ? b : a);
        else {
          const agreed2 = frontmatter(owner, tool);
          kept = hs.find((h) => h.value === agreed2);
          if (!kept) {
            settled.undecided.push(finding("error", "DUPLICATE_JSON_KEY", `${label} is written ${hs.map((h) => `${h.value} (line ${h.line})`).join(" and ")}, and no task frontmatter says which is right; repair leaves the file as it is: keep one by hand (the other number is never reused once it is in a commit), then run \`extids repair\``, { file: file.file, line: hs[0].line }));
            continue;
          }
        }
        if (file.kind === "mapping")
          keep2.set(`${owner}\0${tool}`, kept);
        else {
          const c = emptyCounters();
          if (tool === "jira" || tool === "linear")
            c[tool][owner] = Number(kept.value);
          else
            c[tool] = Number(kept.value);
          settled.counters.push(c);
        }
        const dropped = hs.filter((h) => h.value !== kept.value);
        if (!dropped.length)
          continue;
        if (file.kind === "mapping")
          settled.retired.push(...dropped.map((h) => ({ tool, externalId: h.value })));
        plan2.changes.push({
          kind: "duplicate-key-settled",
          file: file.file,
          key: label,
          kept: kept.value,
          keptLine: kept.line,
          dropped: dropped.map((h) => ({ value: h.value, line: h.line })),
          why: file.kind === "mapping" ? "frontmatter" : "highest"
        });
      }
    }
  }
  if (keep2.size)
    settled.mappings = (read2) => {
      const out = cloneMappings(read2);
      for (const h of keep2.values())
        (out[h.owner] ??= {})[h.tool] = h.value;
      return out;
    };
  return settled;
}
function flattenHeld(kind, path, value, line) {
  const out = [];
  const add = (owner, tool, v) => {
    if (!isTool(tool))
      return;
    if (kind === "mapping" && typeof v === "string" && EXTERNAL_ID_PATTERN[tool].test(v))
      out.push({ owner, tool, value: v, line });
    if (kind === "counters" && typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
      out.push({ owner, tool, value: String(v), line });
  };
  const [top, a, b] = path;
  if (kind === "mapping" && top === "mappings") {
    const entries = (id, e) => {
      if (isObj3(e))
        for (const t in e)
          add(id, t, e[t]);
    };
    if (path.length === 1 && isObj3(value))
      for (const id in value)
        entries(id, value[id]);
    else if (path.length === 2)
      entries(a, value);
    else if (path.length === 3)
      add(a, b, value);
  }
  if (kind === "counters" && top === "counters") {
    const counter = (tool, v) => {
      if (isObj3(v))
        for (const k in v)
          add(k, tool, v[k]);
      else
        add("", tool, v);
    };
    if (path.length === 1 && isObj3(value))
      for (const t in value)
        counter(t, value[t]);
    else if (path.length === 2)
      counter(a, value);
    else if (path.length === 3)
      add(b, a, value);
  }
  return out;
}
function adoptFrontmatter(input, mappings, plan2) {
  const tasks = input.tasks ?? [];
  const unique2 = writableTasks(input);
  const seen = [];
  let adopted = 0;
  for (const t of tasks) {
    if (!t.externalIds)
      continue;
    for (const tool of TOOLS) {
      const externalId = t.externalIds[tool];
      if (externalId === void 0)
        continue;
      seen.push({ tool, externalId });
      if (!unique2(t) || handWritten(tool, input.syncTools ?? []))
        continue;
      const entry = hasOwn(mappings, t.id) ? mappings[t.id] : mappings[t.id] = {};
      if (entry[tool] !== void 0)
        continue;
      entry[tool] = externalId;
      adopted++;
    }
  }
  if (adopted)
    plan2.changes.push({ kind: "frontmatter-adopted", file: input.mapping.file, count: adopted });
  return seen;
}
function writableTasks(input) {
  const byId2 = tasksById(input.tasks ?? []);
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const agreeing = /* @__PURE__ */ new Map();
  return (t) => {
    if (t.id === void 0 || !idPattern.test(t.id))
      return false;
    if (t.findings.some((f) => f.severity === "error"))
      return false;
    let ok = agreeing.get(t.id);
    if (ok === void 0)
      agreeing.set(t.id, ok = contradictions(byId2.get(t.id).map(copyOf)).length === 0);
    return ok;
  };
}
function recoverCounters(input, plan2, repeated) {
  const { counters } = input;
  const sources = [...repeated];
  const own2 = counters.data?.counters ?? counters.salvage?.data.counters;
  if (own2)
    sources.push(own2);
  for (const f of counters.salvage?.lost ?? [])
    plan2.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (rebuilt from the numbers in use)`, { file: counters.file }));
  if (counters.status === "corrupt" || counters.status === "missing") {
    if (usable2(input.backups?.counters))
      sources.push(input.backups.counters.data.counters);
    if (usable2(input.committed?.counters))
      sources.push(input.committed.counters.data.counters);
  }
  return { counters: Ledger.maxOf(sources), sources: sources.length };
}
function reportRaisedCounters(file, settled, now, plan2) {
  if (file.status === "missing")
    return;
  const read2 = file.data?.counters ?? file.salvage?.data.counters;
  const before = read2 && Ledger.maxOf([read2, ...settled]);
  const was = (tool, key) => {
    if (!before)
      return 0;
    if (tool === "jira" || tool === "linear")
      return hasOwn(before[tool], key) ? before[tool][key] : 0;
    return before[tool];
  };
  for (const tool of TOOLS) {
    const current = now[tool];
    const entries = typeof current === "number" ? [[void 0, current]] : Object.entries(current);
    for (const [key, to] of entries) {
      const from = was(tool, key);
      if (to > from)
        plan2.changes.push({ kind: "counter-raised", file: file.file, tool, key, from, to });
    }
  }
}
function renumber(input, ledger, plan2) {
  plan2.renumbered = renumberDuplicates(ledger, input.seniority);
  for (const r of plan2.renumbered)
    plan2.changes.push({
      kind: "renumbered",
      file: input.mapping.file,
      task: r.internalId,
      tool: r.tool,
      from: r.from,
      to: r.to,
      keptBy: r.keptBy
    });
}
function alignFrontmatter(input, ledger, plan2) {
  const unique2 = writableTasks(input);
  for (const task of input.tasks ?? []) {
    if (!unique2(task))
      continue;
    const want = ledger.get(task.id);
    if (!want || TOOLS.every((tool) => want[tool] === void 0 || task.externalIds?.[tool] === want[tool]))
      continue;
    const externalIds = { ...want };
    plan2.frontmatter.push({ task, externalIds });
    plan2.changes.push({
      kind: "frontmatter-aligned",
      file: task.file,
      task: task.id,
      externalIds
    });
  }
}
function restoredStamp(input, ledger) {
  const head = input.committed?.counters?.data;
  return input.counters.status === "missing" && head && countersEqual(head.counters, ledger.counters) ? head.updated : void 0;
}
function decideWrites(input, ledger, sources, plan2) {
  const { mapping, counters, now } = input;
  const mappings = ledger.mappings;
  const mappingChanged = !mapping.data || !mappingsEqual(mapping.data.mappings, mappings);
  if (mapping.status !== "missing" || Object.keys(mappings).length) {
    const data = {
      mappings,
      updated: mappingChanged ? now : mapping.data.updated,
      version: FORMAT_VERSION
    };
    if (mappingChanged || mapping.status !== "valid" || canonicalJson(data) !== mapping.text) {
      plan2.mapping = data;
      if (!mappingChanged && mapping.status === "valid")
        plan2.changes.push({ kind: "canonical-rewrite", file: mapping.file });
      if (mapping.status === "legacy")
        plan2.changes.push({ kind: "migrated", file: mapping.file, steps: mapping.steps });
    }
  }
  const countersChanged = !counters.data || !countersEqual(counters.data.counters, ledger.counters);
  const restore = sources > 0 || Object.keys(mappings).length > 0 || plan2.mapping;
  if (counters.status !== "missing" || restore) {
    const data = {
      counters: cloneCounters(ledger.counters),
      updated: countersChanged ? restoredStamp(input, ledger) ?? now : counters.data.updated,
      version: FORMAT_VERSION
    };
    if (countersChanged || counters.status !== "valid" || canonicalJson(data) !== counters.text) {
      plan2.counters = data;
      const file = counters.file;
      if (counters.status === "corrupt" || counters.status === "missing" && sources > 0)
        plan2.changes.push({ kind: "counters-rebuilt", file, fromSurvivors: sources > 0 });
      else if (counters.status === "missing")
        plan2.changes.push({ kind: "counters-created", file });
      if (!countersChanged && counters.status === "valid")
        plan2.changes.push({ kind: "canonical-rewrite", file });
      if (counters.status === "legacy")
        plan2.changes.push({ kind: "migrated", file, steps: counters.steps });
    }
  }
}
var usable2, isObj3;
var init_repair_plan = __esm({
  "lib/core/repair-plan.js"() {
    "use strict";
    init_import_meta_url();
    init_canonical();
    init_findings();
    init_ids();
    init_ledger();
    init_renumber();
    init_schema();
    init_state();
    init_tasks();
    init_diagnose();
    init_policy();
    usable2 = (p) => p?.data !== void 0;
    isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
});

// lib/core/seniority.js
function seniorityOf(ageOf) {
  const cache = /* @__PURE__ */ new Map();
  const age = (id) => {
    let a = cache.get(id);
    if (!a)
      cache.set(id, a = ageOf(id) ?? {});
    return a;
  };
  const cmp = (x, y) => x === y ? 0 : x === void 0 ? 1 : y === void 0 ? -1 : x - y;
  return (a, b) => {
    const p = age(a);
    const q = age(b);
    const recorded2 = (p.recorded ? 0 : 1) - (q.recorded ? 0 : 1);
    return cmp(p.created, q.created) || cmp(p.added, q.added) || recorded2 || byId(a, b);
  };
}
function seniorityFromTasks(root, tasks, recorded2 = () => false) {
  const files2 = /* @__PURE__ */ new Map();
  for (const t of tasks)
    if (t.id !== void 0)
      files2.set(t.id, [...files2.get(t.id) ?? [], t]);
  let added;
  return seniorityOf((id) => {
    const copies = files2.get(id) ?? [];
    const created = oldest(copies.map(createdMs));
    if (created !== void 0 || copies.length === 0)
      return { created, recorded: recorded2(id) };
    added ??= new Git(root).firstAdded(tasks.map((t) => t.file));
    return { added: oldest(copies.map((t) => added.get(t.file))), recorded: recorded2(id) };
  });
}
function seniorityFromCommits(root, revs, tasksRel) {
  const git = new Git(root);
  return seniorityOf((id) => {
    const ages = [];
    for (const rev of revs)
      for (const file of git.idFiles(rev, [id], tasksRel)) {
        const text = git.show(rev, file);
        const rec = text === void 0 ? void 0 : readTaskText(text, file, file);
        if (rec?.id !== id)
          continue;
        const created = createdMs(rec);
        ages.push(created !== void 0 ? { created } : { added: git.firstAdded([file], rev).get(file) });
      }
    return {
      created: oldest(ages.map((a) => a.created)),
      added: oldest(ages.map((a) => a.added))
    };
  });
}
function oldest(values) {
  const known = values.filter((v) => v !== void 0);
  return known.length ? Math.min(...known) : void 0;
}
var byId, createdMs;
var init_seniority = __esm({
  "lib/core/seniority.js"() {
    "use strict";
    init_import_meta_url();
    init_git();
    init_tasks();
    byId = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    createdMs = (t) => {
      const ms2 = t?.created ? Date.parse(t.created) : NaN;
      return Number.isNaN(ms2) ? void 0 : ms2;
    };
  }
});

// lib/core/commands/repair.js
async function repair(s, o = {}) {
  if (o.dryRun)
    return previewRepair(s, o);
  const { value: plan2, changes } = await locked(storeOptions(s, o), async (ctx) => {
    const { plan: plan3 } = await planFor(s, o, ctx.snapshot, ctx.now);
    await applyRepair(ctx, plan3);
    const links = linksPlan(s, ctx.snapshot, plan3);
    if (links)
      writeRepairedLinks(ctx, links, plan3);
    return plan3;
  });
  const after = await validate2(s, { ...o, onProgress: void 0 });
  return report("repair", [...plan2.findings, ...after.findings.filter((f) => f.severity !== "info")], {
    // The plan says which task files were aligned; the transaction's own task-written records repeat it.
    changes: [...plan2.changes, ...changes.filter((c) => c.kind !== "task-written")],
    renumbered: plan2.renumbered,
    stats: after.stats
  });
}
async function previewRepair(s, o) {
  const snap = readState(storeOptions(s, o));
  const { tasks, plan: plan2 } = await planFor(s, o, snap, (o.now ?? (() => /* @__PURE__ */ new Date()))());
  const links = linksPlan(s, snap, plan2);
  for (const { task, externalIds } of [...plan2.frontmatter])
    alignedText(plan2, task, externalIds, (0, import_node_fs6.readFileSync)(task.path, "utf8"), task.file);
  return report("repair", [...plan2.findings, ...diagnoseAfter(s, o, snap, plan2, tasks)], {
    dryRun: true,
    changes: [...plan2.changes, ...links?.changes ?? []],
    renumbered: plan2.renumbered,
    stats: {
      mappings: Object.keys(plan2.mapping?.mappings ?? snap.mapping.data?.mappings ?? {}).length,
      tasks: countTasks(tasks)
    }
  });
}
async function planFor(s, o, snap, now) {
  const tasks = await scan(s, o) ?? [];
  const plan2 = planRepair({
    mapping: snap.mapping,
    counters: snap.counters,
    ...otherSources(s, snap, isoStamp(now)),
    tasks,
    idPattern: s.idPattern,
    syncTools: syncTools(s.tools),
    seniority: seniorityFromTasks(s.root, tasks, (id) => Object.hasOwn(snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {}, id)),
    now: isoStamp(now)
  });
  return { tasks, plan: plan2 };
}
function otherSources(s, snap, now) {
  const o = { root: s.root };
  const backups = {
    mapping: readStateFile("mapping", `${snap.paths.mapping}.bak`, o),
    counters: readStateFile("counters", `${snap.paths.counters}.bak`, o)
  };
  const committed = {};
  const git = new Git(s.root);
  for (const kind of ["mapping", "counters"]) {
    const f = snap[kind];
    if (f.status !== "corrupt" && f.status !== "missing")
      continue;
    const rel = relPath(s.root, snap.paths[kind]);
    const text = git.show("HEAD", rel);
    if (text === void 0)
      continue;
    if (kind === "mapping")
      committed.mapping = parseStateText("mapping", text, `${rel} (HEAD)`, now);
    else
      committed.counters = parseStateText("counters", text, `${rel} (HEAD)`, now);
  }
  return { backups, committed };
}
function linksPlan(s, snap, plan2) {
  const mappings = plan2.mapping?.mappings ?? snap.mapping.data?.mappings;
  if (!mappings || plan2.findings.some((f) => f.severity === "error"))
    return void 0;
  const path = (0, import_node_path11.join)(s.stateDir, LINKS_FILE);
  const file = displayPath(path, s.root);
  const fixed = repairLinks(loadLinks(s.stateDir, file), mappings, file);
  return fixed && { ...fixed, path, file };
}
function writeRepairedLinks(ctx, links, plan2) {
  ctx.lock.assertHeld();
  const q = freshName(links.path, "corrupt", fileStamp(ctx.now), ctx.fs);
  keepCopy(links.path, q, ctx.fs);
  plan2.changes.push(...links.changes);
  ctx.changes.push({ kind: "original-kept", file: displayPath(q, ctx.opts.root), why: "corrupt" });
  writeFileAtomic(links.path, linksText(links.links, isoStamp(ctx.now)), { fs: ctx.fs });
  ctx.changes.push({ kind: "state-written", file: links.file, how: "rebuilt" });
}
async function applyRepair(ctx, plan2) {
  const { paths, mapping, counters } = ctx.snapshot;
  if (plan2.counters)
    writeStateFile(ctx, {
      kind: "counters",
      path: paths.counters,
      before: counters,
      data: plan2.counters
    });
  if (plan2.mapping)
    writeStateFile(ctx, {
      kind: "mapping",
      path: paths.mapping,
      before: mapping,
      data: plan2.mapping
    });
  const writes = [];
  for (const { task, externalIds } of plan2.frontmatter) {
    const text = (0, import_node_fs6.readFileSync)(task.path, "utf8");
    const next = alignedText(plan2, task, externalIds, text, displayPath(task.path, ctx.opts.root));
    if (next !== text)
      writes.push({ path: task.path, text: next, task: task.id, externalIds });
  }
  await writePending(ctx, writes);
}
function alignedText(plan2, task, externalIds, text, file) {
  const before = plan2.findings.length;
  const next = setExternalIdsOrReport(text, externalIds, file, plan2.findings);
  if (plan2.findings.length === before)
    return next;
  const i = plan2.changes.findIndex((c) => c.kind === "frontmatter-aligned" && c.file === task.file);
  if (i !== -1)
    plan2.changes.splice(i, 1);
  plan2.frontmatter = plan2.frontmatter.filter((f) => f.task !== task);
  return text;
}
function diagnoseAfter(s, o, snap, p, tasks) {
  const asParsed = (kind, data, was) => data ? parseStateText(kind, canonicalJson(data), was.file, "") : was;
  const updated = new Map(p.frontmatter.map((f) => [f.task.path, f.externalIds]));
  const virtualTasks = tasks.map((t) => updated.has(t.path) ? {
    ...t,
    externalIds: updated.get(t.path),
    findings: t.findings.filter((f) => f.code !== "FRONTMATTER_MISMATCH")
  } : t);
  return diagnose({
    mapping: asParsed("mapping", p.mapping, snap.mapping),
    counters: asParsed("counters", p.counters, snap.counters),
    tasks: virtualTasks,
    tools: s.tools,
    syncStatuses: s.config.sync?.statuses,
    idPattern: s.idPattern,
    introduced: o.introduced
  });
}
var import_node_fs6, import_node_path11;
var init_repair = __esm({
  "lib/core/commands/repair.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs6 = require("node:fs");
    import_node_path11 = require("node:path");
    init_atomic();
    init_canonical();
    init_config();
    init_diagnose();
    init_git();
    init_parse3();
    init_paths();
    init_repair_plan();
    init_seniority();
    init_store();
    init_tasks();
    init_links();
    init_validate();
    init_common();
  }
});

// lib/core/commands/assign.js
function configuredTools(s) {
  const tools = TOOLS.filter((t) => s.tools[t]);
  if (tools.length === 0)
    throw new ExtidsError("NOT_CONFIGURED", `no tools are configured, so there is nothing to assign. Add them to ${relPath(s.root, s.configFile)}, e.g. {"tools": {"jira": {"key": "PROJ"}, "github": {}}}, or pass --tools jira:PROJ,github`);
  return tools;
}
function assignTask(ledger, t, s) {
  const assigned = [];
  const fm = t.externalIds ?? {};
  for (const tool of configuredTools(s)) {
    if (isSyncMode(s.tools, tool))
      continue;
    const f = fm[tool];
    if (ledger.get(t.id)?.[tool] === void 0 && f !== void 0 && ledger.find(tool, f) === void 0) {
      ledger.put(t.id, tool, f);
      continue;
    }
    const a = ledger.assign(t.id, tool, s.tools[tool]?.key);
    if (a.created)
      assigned.push({ task: t.id, tool, externalId: a.externalId, file: t.file });
  }
  return { want: { ...ledger.get(t.id) ?? {} }, assigned };
}
async function assign(s, o = {}) {
  configuredTools(s);
  if (!o.all && !o.files?.length)
    throw new ExtidsError("USAGE", "name the task files to assign, or pass --all for every task that lacks IDs");
  const findings = [];
  const read2 = o.all ? await scan(s, o) ?? [] : o.files.map((f) => readTask(f, s.root));
  const tasks = countTasks(read2);
  const groups = o.all ? groupsOf(read2.filter((t) => assignable(s, t, findings)), findings, o.introduced) : groupsOfFiles(s, read2, findings, o.introduced);
  const work = (ledger, tx) => {
    const assigned = [];
    groups.forEach((copies, i) => {
      const first = copies[0];
      const { want, assigned: mine } = assignTask(ledger, { ...first, externalIds: agreed(copies) }, s);
      assigned.push(...mine);
      for (const t of copies) {
        const fm = t.externalIds ?? {};
        if (!tx || TOOLS.every((tool) => want[tool] === void 0 || fm[tool] === want[tool]))
          continue;
        const text = (0, import_node_fs7.readFileSync)(t.path, "utf8");
        const next = setExternalIdsOrReport(text, want, t.file, findings);
        if (next !== text)
          tx.writeAfter({ path: t.path, text: next, task: t.id, externalIds: want });
      }
      if (o.onProgress && (i % 250 === 249 || i === groups.length - 1))
        o.onProgress("assigning", i + 1, groups.length);
    });
    return assigned;
  };
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const blocking = [...blockingFindings(snap), ...missingButCommitted(s, snap, groups.flat())];
    if (blocking.length)
      return report("assign", [...findings, ...blocking], { dryRun: true });
    const m = snap.mapping.data?.mappings ?? {};
    const ledger = new Ledger(structuredClone(m), snap.counters.data?.counters ?? emptyCounters(), {
      idPattern: s.idPattern,
      highest: snap.mapping.analysis?.highest
    });
    const assigned = work(ledger);
    return report("assign", findings, {
      dryRun: true,
      assigned,
      stats: { mappings: Object.keys(ledger.mappings).length, tasks }
    });
  }
  const pre = readState(storeOptions(s, o));
  const missing = missingButCommitted(s, pre, groups.flat());
  if (missing.length)
    return report("assign", [...findings, ...missing]);
  try {
    const { value, changes } = await transaction(storeOptions(s, o), (ledger, tx) => ({
      assigned: work(ledger, tx),
      mappings: Object.keys(ledger.mappings).length
    }));
    return report("assign", findings, {
      assigned: value.assigned,
      changes,
      stats: { mappings: value.mappings, tasks }
    });
  } catch (err) {
    if (err instanceof ExtidsError && err.code === "STATE_INVALID")
      return report("assign", [...findings, ...err.details.findings ?? []]);
    throw err;
  }
}
function agreed(copies) {
  const out = {};
  for (const t of copies)
    for (const tool of TOOLS)
      if (t.externalIds?.[tool] !== void 0)
        out[tool] ??= t.externalIds[tool];
  return out;
}
function assignable(s, t, findings) {
  const errors = t.findings.filter((f) => f.severity === "error");
  findings.push(...t.findings);
  if (errors.length || !t.hasFrontmatter)
    return false;
  if (t.id === void 0) {
    findings.push(missingTaskId(t));
    return false;
  }
  if (s.idPattern.test(t.id))
    return true;
  findings.push(invalidTaskId(t));
  return false;
}
function groupsOf(tasks, findings, introduced) {
  const groups = [];
  for (const [id, copies] of tasksById(tasks)) {
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf), introduced);
      findings.push(f);
      if (f.severity === "error")
        continue;
    }
    groups.push(copies);
  }
  return groups;
}
function notATaskUnder(s, path) {
  const rel = relPath(s.tasksDir, path);
  if (!isInside(s.tasksDir, path) || rel === "")
    return void 0;
  return notATask(rel, s.exclude)?.why;
}
function groupsOfFiles(s, tasks, findings, introduced) {
  const ok = tasks.filter((t) => {
    const refuse = (code, message) => {
      findings.push(finding("error", code, message, { file: t.file }));
      return false;
    };
    if (!(0, import_node_fs7.existsSync)(t.path))
      return refuse("UNREADABLE", "no such task file");
    if ((0, import_node_fs7.lstatSync)(t.path).isSymbolicLink()) {
      findings.push(linkedTask(t.path, t.file, s.tasksDir));
      return false;
    }
    const not = notATaskUnder(s, t.path);
    if (not) {
      findings.push(notATaskFinding(t.file, not));
      return false;
    }
    if (!t.hasFrontmatter || t.id === void 0) {
      findings.push(policyFinding("MISSING_TASK_ID", "has no frontmatter id: to assign external IDs to", {
        file: t.file
      }));
      return false;
    }
    return assignable(s, t, findings);
  });
  return groupsOf(ok, findings, introduced);
}
var import_node_fs7;
var init_assign = __esm({
  "lib/core/commands/assign.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs7 = require("node:fs");
    init_config();
    init_findings();
    init_ids();
    init_ledger();
    init_paths();
    init_schema();
    init_store();
    init_tasks();
    init_diagnose();
    init_policy();
    init_common();
  }
});

// lib/core/commands/lookup.js
function lookup(s, id, tool) {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  const blocking = blockingFindings(snap);
  const m = snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {};
  const ledger = new Ledger(m, emptyCounters(), { idPattern: s.idPattern });
  const results = [];
  const direct = ledger.get(id);
  if (direct)
    results.push({ internalId: id, externalIds: tool ? { [tool]: direct[tool] } : direct });
  else
    for (const t of tool ? [tool] : TOOLS) {
      const holder = ledger.find(t, t === "jira" || t === "linear" ? id.toUpperCase() : id);
      if (holder && !results.some((r2) => r2.internalId === holder))
        results.push({ internalId: holder, externalIds: ledger.get(holder) });
    }
  const findings = [...blocking];
  if (results.length === 0 && blocking.length === 0)
    findings.push(finding("error", "NOT_FOUND", `nothing maps ${id}${tool ? ` in ${TOOL_LABEL[tool]}` : ""}`, {
      file: snap.mapping.file
    }));
  const r = report("lookup", findings, { stats: { mappings: Object.keys(m).length, tasks: 0 } });
  return { ...r, ok: results.length > 0, results };
}
var init_lookup = __esm({
  "lib/core/commands/lookup.js"() {
    "use strict";
    init_import_meta_url();
    init_findings();
    init_ids();
    init_ledger();
    init_schema();
    init_store();
    init_common();
  }
});

// lib/core/commands/next.js
function ledgerOf(s) {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  return new Ledger(snap.mapping.data?.mappings ?? {}, snap.counters.data?.counters ?? emptyCounters(), { highest: snap.mapping.analysis?.highest });
}
function nextSteps(s, validated, commit) {
  const configured = TOOLS.filter((t) => s.tools[t]);
  const counter = configured.filter((t) => !isSyncMode(s.tools, t));
  const notTasks = files(validated, NOT_A_TASK);
  const ledger = ledgerOf(s);
  const name = (t) => s.tools[t]?.key ? `${t}:${s.tools[t].key}` : t;
  const tasksRel = relPath(s.root, s.tasksDir);
  const inTasks = (f) => tasksRel ? f.slice(tasksRel.length + 1) : f;
  return {
    noTools: configured.length === 0,
    unassigned: files(validated, /* @__PURE__ */ new Set(["MISSING_EXTERNAL_ID"])),
    pending: files(validated, /* @__PURE__ */ new Set(["SYNC_PENDING"])),
    notTasks,
    exclude: [...s.config.exclude ?? DEFAULT_EXCLUDE, ...notTasks.map(inTasks)],
    counterMode: counter.map(name),
    unstarted: counter.filter((t) => ledger.counter(t, s.tools[t]?.key?.toUpperCase()) === 0).map(name),
    canSync: counter.filter((t) => t === "github"),
    commit,
    damaged: validated.some((f) => f.severity === "error")
  };
}
var NOT_A_TASK, files;
var init_next = __esm({
  "lib/core/commands/next.js"() {
    "use strict";
    init_import_meta_url();
    init_config();
    init_ids();
    init_ledger();
    init_schema();
    init_store();
    init_paths();
    NOT_A_TASK = /* @__PURE__ */ new Set(["NO_FRONTMATTER", "MISSING_TASK_ID", "INVALID_TASK_ID"]);
    files = (findings, codes) => [
      ...new Set(findings.filter((f) => codes.has(f.code) && f.file).map((f) => f.file))
    ];
  }
});

// lib/core/commands/start.js
function parseStarts(spec) {
  const out = [];
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_-]+)(?::([A-Za-z][A-Za-z0-9_]*))?=(.*)$/.exec(part);
    const tool = m?.[1].toLowerCase().replace(/-/g, "_");
    if (!m || !tool || !TOOLS.includes(tool))
      throw new ExtidsError("USAGE", `--start "${part}": expected TOOL[:KEY]=NUMBER, the first number to hand out (${EXAMPLE})`);
    if (isKeyedTool(tool) !== (m[2] !== void 0))
      throw new ExtidsError("USAGE", `--start "${part}": ${tool} ${isKeyedTool(tool) ? "needs its key, e.g. " + tool + (tool === "jira" ? ":PROJ" : ":TEAM") + "=58" : "takes no key, e.g. " + tool + "=58"}`);
    if (!/^[1-9][0-9]{0,14}$/.test(m[3]))
      throw new ExtidsError("USAGE", `--start "${part}": "${m[3]}" is not a whole number from 1 (at most 15 digits)`);
    const key = m[2]?.toUpperCase();
    if (out.some((s) => s.tool === tool))
      throw new ExtidsError("USAGE", `--start "${spec}" names ${tool} twice`);
    out.push({ tool, key, next: Number(m[3]) });
  }
  if (!out.length)
    throw new ExtidsError("USAGE", `--start needs at least one counter (${EXAMPLE})`);
  return out;
}
function checkStarts(s, starts) {
  for (const st of starts) {
    const conf = s.tools[st.tool];
    const name = `${st.tool}${st.key ? `:${st.key}` : ""}`;
    if (!conf)
      throw new ExtidsError("USAGE", `--start ${name}: ${TOOL_LABEL[st.tool]} is not among the tools this repository tracks; add it with --tools`);
    if (isSyncMode(s.tools, st.tool))
      throw new ExtidsError("USAGE", `--start ${name}: ${TOOL_LABEL[st.tool]} is in sync mode, so the tracker numbers its own items and there is no counter to start`);
    if (isKeyedTool(st.tool) && conf.key?.toUpperCase() !== st.key)
      throw new ExtidsError("USAGE", `--start ${name}: this repository tracks ${st.tool}:${conf.key}, not ${name}`);
  }
}
function plan(ledger, starts, file) {
  const out = [];
  for (const st of starts) {
    const from = ledger.counter(st.tool, st.key);
    const to = st.next - 1;
    if (from > to)
      throw new ExtidsError("USAGE", `--start ${st.tool}${st.key ? `:${st.key}` : ""}=${st.next}: the counter already handed out ${formatExternalId(st.tool, from, st.key)}, so the next ID is ${formatExternalId(st.tool, from + 1, st.key)}; a counter never goes backwards`);
    if (from < to)
      out.push({
        kind: "counter-started",
        file,
        tool: st.tool,
        key: st.key,
        from,
        to,
        next: formatExternalId(st.tool, st.next, st.key)
      });
  }
  return out;
}
async function startCounters(s, starts, o = {}) {
  checkStarts(s, starts);
  const opts = storeOptions(s, o);
  const file = displayPath(statePaths(s.stateDir).counters, s.root);
  if (o.dryRun) {
    const snap = readState(opts);
    const blocking = blockingFindings(snap);
    if (blocking.length)
      throw new ExtidsError("STATE_INVALID", `the state files cannot be used as they are (${blocking[0].file}: ${blocking[0].message}); run \`extids repair\``, { findings: blocking });
    const ledger = new Ledger(snap.mapping.data?.mappings ?? {}, snap.counters.data?.counters ?? emptyCounters(), { highest: snap.mapping.analysis?.highest });
    return plan(ledger, starts, file);
  }
  const { value, changes } = await transaction(opts, (ledger) => {
    const started = plan(ledger, starts, file);
    for (const c of started)
      if (c.kind === "counter-started")
        ledger.raiseCounter(c.tool, c.to, c.key);
    return started;
  });
  return [...value, ...changes];
}
var EXAMPLE;
var init_start = __esm({
  "lib/core/commands/start.js"() {
    "use strict";
    init_import_meta_url();
    init_config();
    init_findings();
    init_ids();
    init_ledger();
    init_paths();
    init_schema();
    init_store();
    init_common();
    EXAMPLE = "e.g. jira:PROJ=58,github=120";
  }
});

// lib/core/sync/committed.js
function committedTasks(s, git, rev) {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : "";
  const listing = git.query(["ls-tree", "-r", "-z", "--full-tree", rev, "--", tasksRel || "."]);
  const files2 = [];
  const links = [];
  for (const entry of (listing ?? "").split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0)
      continue;
    const [mode, type] = entry.slice(0, tab).split(" ");
    const file = entry.slice(tab + 1);
    const rel = file.slice(prefix.length);
    if (type !== "blob" || !file.startsWith(prefix) || skipped(rel))
      continue;
    if (s.exclude?.test(rel))
      continue;
    if (mode === "120000")
      links.push(file);
    else if (isMarkdown(file))
      files2.push(file);
  }
  const texts = /* @__PURE__ */ new Map();
  const out = [];
  for (const [file, text] of git.showAll(rev, files2.sort()))
    if (text !== void 0) {
      texts.set(file, text);
      out.push(readTaskText(text, (0, import_node_path12.join)(s.root, file), file));
    }
  for (const file of links)
    out.push({
      file,
      path: (0, import_node_path12.join)(s.root, file),
      hasFrontmatter: false,
      findings: [linkedTask((0, import_node_path12.join)(s.root, file), file, s.tasksDir)]
    });
  return { tasks: out, texts };
}
function committedState(s, git, rev, now) {
  const stamp = isoStamp(now);
  const at2 = (name) => `${relPath(s.root, s.stateDir)}/${name}`;
  const parse2 = (kind, name) => {
    const text = git.show(rev, at2(name));
    return text === void 0 ? missingStateFile(kind, at2(name)) : parseStateText(kind, text, at2(name), stamp);
  };
  const mapping = parse2("mapping", MAPPING_FILE);
  const counters = parse2("counters", COUNTERS_FILE);
  const blocking = [mapping, counters].filter((f) => !["missing", "valid", "legacy"].includes(f.status)).flatMap((f) => f.findings.filter((x) => x.severity === "error"));
  if (blocking.length)
    throw new ExtidsError("STATE_INVALID", "the state files need `extids repair` first", {
      findings: blocking
    });
  const linksText2 = git.show(rev, at2(LINKS_FILE));
  if (linksText2 === void 0)
    return { mapping, links: /* @__PURE__ */ Object.create(null) };
  const parsed = parseLinksText(linksText2, at2(LINKS_FILE));
  const errors = parsed.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new ExtidsError("STATE_INVALID", `${at2(LINKS_FILE)} is damaged (${errors.map((f) => f.message).join("; ")}); it is left as it is`, { file: at2(LINKS_FILE), findings: errors });
  return { mapping, links: parsed.links };
}
function lostLinks(s, git, rev, wanted, depth = 100) {
  const out = /* @__PURE__ */ Object.create(null);
  if (wanted.length === 0)
    return out;
  const file = `${relPath(s.root, s.stateDir)}/${LINKS_FILE}`;
  const commits = (git.query(["log", "--full-history", `-n${depth}`, "--format=%H", rev, "--", file]) ?? "").split("\n").filter(Boolean);
  let left = [...wanted];
  for (const commit of commits) {
    const text = git.show(commit, file) ?? git.show(`${commit}^`, file);
    if (text === void 0)
      continue;
    const parsed = parseLinksText(text, file);
    if (parsed.findings.some((f) => f.severity === "error"))
      continue;
    left = left.filter(({ task, tool, key }) => {
      const link = parsed.links[task]?.[tool];
      if (link?.key.toUpperCase() !== key.toUpperCase())
        return true;
      out[task] = { ...out[task], [tool]: link };
      return false;
    });
    if (left.length === 0)
      break;
  }
  return out;
}
function uncommittedTasks(s, git) {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : "";
  const status = git.query([
    "status",
    "--porcelain",
    "-z",
    "--untracked-files=all",
    "--",
    tasksRel || "."
  ]);
  const out = [];
  for (const line of (status ?? "").split("\0")) {
    if (line.length <= 3)
      continue;
    const file = line.slice(3);
    const rel = file.slice(prefix.length);
    if (!isMarkdown(file) || !file.startsWith(prefix) || skipped(rel) || s.exclude?.test(rel))
      continue;
    const untracked = line.startsWith("??");
    if (line[0] === "D" || line[1] === "D")
      continue;
    out.push(finding("warning", "SYNC_LEFT", untracked ? "is not committed yet, so sync left it out; commit and push it, and the next sync creates its items" : "has changes that are not committed, so sync used the committed text; commit and push them, and the next sync sends them", { file }));
  }
  return out;
}
var import_node_path12, skipped;
var init_committed = __esm({
  "lib/core/sync/committed.js"() {
    "use strict";
    init_import_meta_url();
    import_node_path12 = require("node:path");
    init_canonical();
    init_findings();
    init_parse3();
    init_paths();
    init_store();
    init_tasks();
    init_links();
    skipped = (rel) => rel.split("/").some((part, i, all) => i < all.length - 1 && (part.startsWith(".") || part === "node_modules")) || rel.split("/").pop().startsWith(".");
  }
});

// lib/core/sync/intents.js
function fetchIntents(git, remote) {
  if (!git.fetchRef(remote, INTENTS_REF, LOCAL_REF))
    return { intents: /* @__PURE__ */ Object.create(null) };
  const head = git.run(["rev-parse", LOCAL_REF]).trim();
  const text = git.show(head, FILE);
  const intents = /* @__PURE__ */ Object.create(null);
  try {
    const parsed = JSON.parse(text ?? "{}");
    if (parsed.intents && typeof parsed.intents === "object")
      for (const [key, intent] of Object.entries(parsed.intents))
        intents[key.includes(":") ? key : `github:${key}`] = intent;
  } catch {
  }
  return { head, intents };
}
function pushIntents(git, remote, base, intents, message) {
  const sorted = Object.fromEntries(Object.entries(intents).sort(([a], [b]) => a < b ? -1 : 1));
  const text = `${JSON.stringify({ intents: sorted, version: "2.0" }, null, 2)}
`;
  const sha = git.commitFiles({ [FILE]: text }, base.head, message, IDENTITY);
  return git.pushUnlessMoved(remote, `${sha}:${INTENTS_REF}`);
}
var INTENTS_REF, LOCAL_REF, FILE, DEFAULT_LEASE_MS, SEND_MARGIN_MS, holds, holderText, IDENTITY, Lease;
var init_intents = __esm({
  "lib/core/sync/intents.js"() {
    "use strict";
    init_import_meta_url();
    init_canonical();
    init_findings();
    INTENTS_REF = "refs/extids/intents";
    LOCAL_REF = "refs/extids/fetched-intents";
    FILE = "intents.json";
    DEFAULT_LEASE_MS = 6e4;
    SEND_MARGIN_MS = 1e3;
    holds = (i, nowMs) => Date.parse(i.expires) > nowMs;
    holderText = (i) => `held by a sync run that started at ${i.started ?? i.since}, not heard from since ${i.heard ?? i.since}; if that run is gone, the next run after ${i.expires} takes it over`;
    IDENTITY = { name: "extids", email: "extids@users.noreply.github.com" };
    Lease = class {
      o;
      ms;
      /** The tasks this run holds, each with the `since` of its intent. */
      mine = /* @__PURE__ */ new Map();
      /** When the intents this run holds end (epoch ms); 0 before the claim. */
      expiresAt = 0;
      constructor(o) {
        this.o = o;
        this.ms = o.leaseMs ?? DEFAULT_LEASE_MS;
      }
      /** Whether a fresh lease outlasts a request that may take `requestMs` (else none is sent). */
      covers(requestMs) {
        return this.ms > requestMs + SEND_MARGIN_MS;
      }
      /** The tasks this run holds now. */
      get tasks() {
        return [...this.mine.keys()];
      }
      intent(since, t) {
        return {
          run: this.o.run,
          started: isoStamp(this.o.started),
          since,
          heard: isoStamp(t),
          expires: isoStamp(new Date(t.getTime() + this.ms))
        };
      }
      /**
       * Records this run's intent for each of `tasks` that no other live run holds; `done(task)`
       * says a task's number already reached the branch (its leftover intent is dropped); `sent(task)`
       * is the hash of what this run's create will send. Throws SYNC_REFUSED when other runs keep
       * pushing first.
       */
      claim(tasks, done, sent = () => void 0) {
        for (let attempt = 1; ; attempt++) {
          const base = fetchIntents(this.o.git, this.o.remote);
          const next = Object.assign(/* @__PURE__ */ Object.create(null), base.intents);
          for (const task of Object.keys(next))
            if (done(task))
              delete next[task];
          const t = this.o.now();
          const claim2 = { mine: [], taken: /* @__PURE__ */ new Map(), held: /* @__PURE__ */ new Map() };
          for (const task of tasks) {
            const was = base.intents[task];
            if (was && was.run !== this.o.run && holds(was, t.getTime())) {
              claim2.held.set(task, was);
              continue;
            }
            if (was)
              claim2.taken.set(task, was);
            const hash = sent(task);
            next[task] = { ...this.intent(isoStamp(t), t), ...hash && { sent: hash } };
            claim2.mine.push(task);
          }
          if (claim2.mine.length === 0)
            return claim2;
          const message = `extids sync: intend ${claim2.mine.length}`;
          if (pushIntents(this.o.git, this.o.remote, base, next, message) === "pushed") {
            for (const task of claim2.mine)
              this.mine.set(task, next[task].since);
            this.expiresAt = t.getTime() + this.ms;
            return claim2;
          }
          if (attempt >= (this.o.attempts ?? 8))
            throw new ExtidsError("SYNC_REFUSED", `other sync runs keep recording intents on ${this.o.remote}; try again in a minute`);
        }
      }
      /**
       * Pushes a later end for every intent this run still holds. A task whose intent is no longer
       * this run's (its lease ended and another run took it over, or it was recorded) is dropped:
       * this run must not create it. False when the renewal could not be pushed.
       */
      renew() {
        for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
          let base;
          try {
            base = fetchIntents(this.o.git, this.o.remote);
          } catch {
            return false;
          }
          const next = Object.assign(/* @__PURE__ */ Object.create(null), base.intents);
          const t = this.o.now();
          for (const [task, since] of [...this.mine]) {
            const was = base.intents[task];
            if (was?.run !== this.o.run)
              this.mine.delete(task);
            else
              next[task] = { ...was, ...this.intent(since, t) };
          }
          if (this.mine.size === 0)
            return true;
          let pushed;
          try {
            pushed = pushIntents(this.o.git, this.o.remote, base, next, "extids sync: renew");
          } catch {
            return false;
          }
          if (pushed === "pushed") {
            this.expiresAt = t.getTime() + this.ms;
            return true;
          }
        }
        return false;
      }
      /**
       * Whether a request that may take `requestMs` can be sent for `task` now and be answered
       * before this run's lease ends: renews first when less than half the lease (or less than the
       * request needs) is left. The check before each create: sent only while the lease holds.
       */
      ready(task, requestMs) {
        const need = requestMs + SEND_MARGIN_MS;
        const left = () => this.expiresAt - this.o.now().getTime();
        if (this.mine.has(task) && (left() < this.ms / 2 || left() < need))
          this.renew();
        return this.mine.has(task) && left() > need;
      }
      /**
       * Removes the intents of tasks whose numbers are on the branch (`recorded`, whichever run
       * held them) and this run's intents for tasks it never sent a create for (`unstarted`), so no
       * other run waits for them; `restore` puts back the expired intents of tasks taken over but left
       * waiting (a look-up not yet believable), so the next run knows when their create may have been
       * sent. Best effort: an intent left behind ends with its short lease.
       */
      release(recorded2, unstarted, restore = /* @__PURE__ */ new Map()) {
        for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
          const base = fetchIntents(this.o.git, this.o.remote);
          const keep2 = /* @__PURE__ */ Object.create(null);
          let removed = 0;
          for (const [task, intent] of Object.entries(base.intents))
            if (recorded2.has(task) || intent.run === this.o.run && unstarted.has(task))
              removed++;
            else if (intent.run === this.o.run && restore.has(task)) {
              keep2[task] = restore.get(task);
              removed++;
            } else
              keep2[task] = intent;
          if (removed === 0)
            break;
          const message = `extids sync: release ${removed}`;
          if (pushIntents(this.o.git, this.o.remote, base, keep2, message) === "pushed")
            break;
        }
        for (const task of [...recorded2, ...unstarted, ...restore.keys()])
          this.mine.delete(task);
      }
    };
  }
});

// lib/core/sync/record.js
async function record2(t, found) {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  for (let attempt = 1; ; attempt++) {
    t.git.run(["fetch", "-q", t.remote, t.remoteBranch]);
    const base = t.git.sha(upstream);
    if (!base)
      throw new ExtidsError("SYNC_REFUSED", `${upstream} names no commit after a fetch`);
    const { changes, mappings } = recordedFiles(t, base, found);
    if (changes.size === 0)
      return { mappings, files: [], findings: [], changes: [], assigned: [] };
    const tools = [...new Set(found.map((f) => TOOL_LABEL[f.tool]))].join(", ");
    const message = `extids sync: ${tools} items for ${new Set(found.map((f) => f.task)).size} task(s)`;
    const files2 = [...changes].map(([path, c]) => ({
      path,
      id: t.git.hashText(c.after),
      mode: t.git.blob(base, path)?.mode ?? "100644"
    }));
    const sha = t.git.commitOnto(base, files2, message);
    t.say(`pushing the numbers to ${upstream}`);
    if (t.git.pushUnlessMoved(t.remote, `${sha}:refs/heads/${t.remoteBranch}`) === "pushed") {
      t.git.query(["update-ref", `refs/remotes/${upstream}`, sha]);
      const findings = await updateCheckout(t, base, sha, changes);
      return { mappings, files: [...changes.keys()], findings, ...reported(changes) };
    }
    if (attempt >= 5)
      throw new ExtidsError("SYNC_REFUSED", `${upstream} keeps moving; the items exist and the next run records them from their markers`);
    t.say(`${upstream} moved on; recording again on top of it`);
  }
}
function reported(changes) {
  const out = { changes: [], assigned: [] };
  for (const [file, c] of changes) {
    if (!c.task) {
      out.changes.push({
        kind: "state-written",
        file,
        how: c.before === void 0 ? "created" : "updated"
      });
      continue;
    }
    out.changes.push({
      kind: "task-written",
      file,
      task: c.task.id,
      externalIds: c.task.externalIds
    });
    for (const { tool, key } of c.task.numbers)
      out.assigned.push({ task: c.task.id, tool, externalId: key, file });
  }
  return out;
}
function recordedFiles(t, base, found) {
  const stamp = isoStamp(t.now());
  const stateRel = relPath(t.root, t.stateDir);
  const at2 = (name) => `${stateRel}/${name}`;
  const show = (file) => t.git.show(base, file);
  const mappingText = show(at2(MAPPING_FILE));
  const countersText = show(at2(COUNTERS_FILE));
  const mapping = mappingText === void 0 ? missingStateFile("mapping", at2(MAPPING_FILE)) : parseStateText("mapping", mappingText, at2(MAPPING_FILE), stamp);
  const counters = countersText === void 0 ? missingStateFile("counters", at2(COUNTERS_FILE)) : parseStateText("counters", countersText, at2(COUNTERS_FILE), stamp);
  const linksBefore = show(at2(LINKS_FILE));
  const links = linksBefore === void 0 ? void 0 : parseLinksText(linksBefore, at2(LINKS_FILE));
  const damaged = [mapping, counters, links].flatMap((p) => p && !["missing", "valid", "legacy"].includes(p.status) ? p.findings.filter((f) => f.severity === "error") : []);
  if (damaged.length)
    throw new ExtidsError("STATE_INVALID", `the state files on ${t.remote}/${t.remoteBranch} need \`extids repair\` first (${damaged[0].file}: ${damaged[0].message}); the items exist and the next run records them from their markers`, { findings: damaged });
  const fileCounters = counters.data?.counters ?? emptyCounters();
  const mappings = mapping.data?.mappings ?? {};
  dropPredicted(mappings, links?.links ?? {}, found);
  const ledger = new Ledger(mappings, fileCounters, {
    highest: mapping.analysis?.highest
  });
  const nextLinks = Object.assign(/* @__PURE__ */ Object.create(null), links?.links ?? {});
  for (const [task, byTool] of Object.entries(t.restore ?? {}))
    for (const [tool, link] of Object.entries(byTool))
      if (!nextLinks[task]?.[tool] && ledger.get(task)?.[tool] === link.key)
        nextLinks[task] = { ...nextLinks[task], [tool]: link };
  const keys = /* @__PURE__ */ new Map();
  for (const { tool, task, item, written: w } of found) {
    if (ledger.get(task)?.[tool] !== item.key)
      ledger.put(task, tool, item.key);
    const link = {
      id: item.id,
      key: item.key,
      url: item.url,
      hash: w?.seen ?? contentHash(item),
      ...w && { sent: w.sent },
      fields: w?.fields ?? fieldHashes(item)
    };
    nextLinks[task] = { ...nextLinks[task], [tool]: link };
    keys.set(task, { ...keys.get(task), [tool]: item.key });
  }
  const changes = /* @__PURE__ */ new Map();
  const change = (file, before, after, task) => {
    if (after !== before)
      changes.set(file, { before, after, task });
  };
  if (!countersEqual(fileCounters, ledger.counters) || counters.status === "legacy")
    change(at2(COUNTERS_FILE), countersText, canonicalJson({ counters: ledger.counters, updated: stamp, version: FORMAT_VERSION }));
  if (ledger.mappingsChanged || mapping.status === "legacy")
    change(at2(MAPPING_FILE), mappingText, canonicalJson({ mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION }));
  if (links?.migrated || canonicalJson(nextLinks) !== canonicalJson(links?.links ?? {}))
    change(at2(LINKS_FILE), linksBefore, linksText(nextLinks, stamp));
  const tasksRel = relPath(t.root, t.tasksDir);
  const isTask = (file) => !notATask(tasksRel ? file.slice(tasksRel.length + 1) : file, t.exclude);
  for (const file of t.git.idFiles(base, [...keys.keys()], tasksRel || ".")) {
    if (!isTask(file))
      continue;
    const text = show(file);
    if (text === void 0)
      continue;
    const rec = readTaskText(text, (0, import_node_path13.join)(t.root, file), file);
    const mine = rec.id === void 0 ? void 0 : keys.get(rec.id);
    if (!mine)
      continue;
    const want = { ...rec.externalIds ?? {}, ...mine };
    const numbers = Object.entries(mine).filter(([tool, key]) => rec.externalIds?.[tool] !== key).map(([tool, key]) => ({ tool, key }));
    change(file, text, setExternalIds(text, want, file), {
      id: rec.id,
      externalIds: want,
      numbers
    });
  }
  return { changes, mappings: Object.keys(ledger.mappings).length };
}
function dropPredicted(mappings, links, found) {
  const holder = /* @__PURE__ */ new Map();
  for (const [task, entry] of Object.entries(mappings))
    for (const [tool, key] of Object.entries(entry))
      holder.set(`${tool} ${key}`, task);
  const drop = (task, tool) => {
    const entry = hasOwn(mappings, task) ? mappings[task] : void 0;
    if (entry?.[tool] === void 0 || predictedKey(entry[tool], links[task]?.[tool]) === void 0)
      return;
    delete entry[tool];
    if (Object.keys(entry).length === 0)
      delete mappings[task];
  };
  for (const { tool, task, item } of found) {
    if (mappings[task]?.[tool] !== item.key)
      drop(task, tool);
    const other = holder.get(`${tool} ${item.key}`);
    if (other !== void 0 && other !== task)
      drop(other, tool);
  }
}
async function updateCheckout(t, base, sha, changes) {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  const head = t.git.query(["symbolic-ref", "-q", "HEAD"])?.trim();
  if (!t.branch)
    return [];
  const ref = `refs/heads/${t.branch}`;
  if (head !== ref || !t.git.moveRef(ref, sha, base, "extids sync: record the numbers"))
    return [
      finding("warning", "SYNC_LEFT", `${upstream} moved on while sync ran, so this checkout was left as it is; the numbers are on ${upstream}: pull to get them`)
    ];
  const kept = [];
  await locked(t.store, () => {
    for (const [file, c] of changes) {
      const path = (0, import_node_path13.join)(t.root, file);
      let now;
      try {
        now = (0, import_node_fs8.readFileSync)(path, "utf8");
      } catch {
        now = void 0;
      }
      if (now !== c.before) {
        kept.push(file);
        continue;
      }
      const isState = file.startsWith(`${relPath(t.root, t.stateDir)}/`);
      if (isState && now !== void 0)
        keepCopy(path, `${path}.bak`);
      writeFileAtomic(path, c.after);
      if (t.git.blobOf("index", file) === t.git.blobOf(base, file)) {
        const blob = t.git.blobOf(sha, file);
        if (blob)
          t.git.setIndexBlob(file, blob);
      }
    }
  });
  return kept.map((file) => finding("warning", "SYNC_LEFT", `changed while sync ran, so it was left as it is; the commit on ${upstream} has its numbers (\`git diff HEAD -- ${file}\` shows both)`, { file }));
}
var import_node_fs8, import_node_path13;
var init_record = __esm({
  "lib/core/sync/record.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs8 = require("node:fs");
    import_node_path13 = require("node:path");
    init_canonical();
    init_atomic();
    init_findings();
    init_ledger();
    init_parse3();
    init_paths();
    init_schema();
    init_state();
    init_store();
    init_tasks();
    init_content();
    init_ids();
    init_links();
  }
});

// lib/core/commands/sync.js
function halt(p, tool, err) {
  if (err.scope === "tracker")
    p.halted.set(tool, err.message);
  else
    p.stopped ??= err.message;
}
function fail(p, err) {
  if (p.failure === void 0)
    p.failure = err;
  else if (p.failure instanceof ExtidsError && err instanceof ExtidsError)
    p.failure = new ExtidsError(p.failure.code, `${p.failure.message}; ${err.message}`, {
      ...p.failure.details
    });
}
async function sync(s, o) {
  const lanes = lanesOf(s, o);
  const ctx = contextOf(o);
  const rev = o.dryRun ? "HEAD" : `${o.remote}/${o.remoteBranch}`;
  const { tasks: all, texts } = committedTasks(s, o.git, rev);
  const tasks = all.filter((t) => t.hasFrontmatter && t.id !== void 0);
  const state = committedState(s, o.git, rev, ctx.now());
  const mappings = state.mapping.data?.mappings ?? {};
  const recovered = o.rebuildLinks ? /* @__PURE__ */ Object.create(null) : lostLinks(s, o.git, rev, unlinkedKeys(s, tasks, mappings, state.links));
  const links = o.rebuildLinks ? /* @__PURE__ */ Object.create(null) : withLinks(state.links, recovered);
  const plan2 = planSync(s, o, lanes, tasks, texts, mappings, links, recovered);
  refuseUnknownRecreate(o, plan2.items);
  let tooMany;
  try {
    refuseTooMany(lanes, plan2.items, o.maxCreates ?? 25);
  } catch (err) {
    if (!o.dryRun || !(err instanceof ExtidsError))
      throw err;
    tooMany = err;
  }
  const p = {
    findings: [
      ...notSynced(s, all),
      ...uncommittedTasks(s, o.git),
      ...plan2.findings,
      ...tooMany ? [finding("warning", "SYNC_LEFT", `apply refuses this plan: ${tooMany.message}`)] : []
    ],
    changes: [],
    assigned: [],
    synced: [],
    found: [],
    attempted: /* @__PURE__ */ new Set(),
    unlooked: /* @__PURE__ */ new Set(),
    restore: /* @__PURE__ */ new Map(),
    settled: /* @__PURE__ */ new Set(),
    halted: /* @__PURE__ */ new Map()
  };
  if (o.dryRun && !o.rebuildLinks)
    await checkCredentials(ctx, lanes, plan2, p);
  await checkPredicted(ctx, lanes, plan2, p);
  const creates = plan2.items.filter((x) => x.action === "create");
  const result2 = (mappingCount2) => ({
    ...report("sync", p.findings, {
      dryRun: o.dryRun,
      changes: p.changes,
      assigned: p.assigned,
      stats: { mappings: mappingCount2, tasks: countTasks(all) }
    }),
    plan: plan2.items,
    synced: p.synced,
    requests: lanes.reduce((n, l) => n + l.t.requests, 0)
  });
  if (o.dryRun && !o.rebuildLinks) {
    await preview(ctx, lanes, plan2, links, o, p);
    if (p.failure)
      throw withReport(p.failure, result2(Object.keys(mappings).length));
    return result2(Object.keys(mappings).length);
  }
  if (!o.dryRun)
    refuseUncommitted(s, o.git, writesOf(s, plan2.items, tasks, o.rebuildLinks));
  const target = { ...recordTarget(s, o, ctx), restore: recovered };
  if (o.rebuildLinks) {
    await rebuildLinks(ctx, lanes, tasks, mappings, (rec) => desiredOf(o, rec, texts), p);
    if (o.dryRun)
      return result2(Object.keys(mappings).length);
    const done = await record2(target, p.found);
    keep(p, done);
    return result2(done.mappings);
  }
  const lease = new Lease({
    git: o.git,
    remote: o.remote,
    run: (0, import_node_crypto3.randomUUID)(),
    started: ctx.now(),
    leaseMs: o.leaseMs,
    now: ctx.now
  });
  refuseShortLease(lease, lanes, creates);
  let claim2;
  try {
    if (creates.length) {
      claim2 = claimIntents(lease, creates, linked(mappings, links), plan2, lanes, p, ctx);
      settleRecordedElsewhere(s, o, claim2, links, ctx, p);
    }
    for (const lane of lanes)
      await runLane(ctx, lane, lease, claim2, plan2, links, p);
  } catch (err) {
    if (err instanceof Stop)
      p.stopped ??= err.message;
    else
      fail(p, err);
  }
  noteStopped(plan2.items, p);
  let mappingCount = Object.keys(mappings).length;
  let recorded2 = false;
  try {
    if (p.found.length) {
      const done = await record2(target, p.found);
      keep(p, done);
      mappingCount = done.mappings;
    }
    recorded2 = true;
  } catch (err) {
    fail(p, err);
  } finally {
    if (claim2)
      release(lease, claim2, p, recorded2);
  }
  if (o.signal?.aborted)
    throw new SyncFailed(cancelled(o.signal, lanes, p), result2(mappingCount));
  if (p.failure)
    throw withReport(p.failure, result2(mappingCount));
  return result2(mappingCount);
}
async function runLane(c, lane, lease, claim2, plan2, links, p) {
  if (p.stopped)
    return;
  try {
    if (claim2?.mine.some((key) => splitKey(key)[0] === lane.tool)) {
      await lookUpTaken(c, lane, claim2, plan2, p);
      await createItems(c, lane, lease, claim2, plan2, p);
    }
    await reconcile(c, lane, plan2, links, p);
  } catch (err) {
    if (err instanceof Stop)
      halt(p, lane.tool, err);
    else
      fail(p, err);
  }
}
function keep(p, done) {
  p.findings.push(...done.findings);
  p.changes.push(...done.changes);
  p.assigned.push(...done.assigned);
}
function notSynced(s, all) {
  const out = [];
  for (const t of all) {
    if (t.hasFrontmatter && t.id !== void 0 && s.idPattern.test(t.id)) {
      if (t.findings.some((f) => f.severity === "error"))
        out.push(...t.findings);
      continue;
    }
    out.push(...t.findings);
    if (!t.hasFrontmatter)
      continue;
    if (t.id === void 0) {
      if (!t.findings.some((f) => f.code === "FRONTMATTER_PARSE_ERROR"))
        out.push(missingTaskId(t));
    } else
      out.push(invalidTaskId(t));
  }
  return out;
}
function lanesOf(s, o) {
  const config2 = relPath(s.root, s.configFile);
  for (const tool of o.tools ?? [])
    if (!isSyncMode(s.tools, tool))
      throw new ExtidsError("USAGE", `--tools names ${TOOL_LABEL[tool]}, which is not in sync mode in ${config2}`);
  const tools = o.tools ?? TOOLS.filter((t) => isSyncMode(s.tools, t));
  if (tools.length === 0)
    throw new ExtidsError("SYNC_REFUSED", `no tool is in sync mode in ${config2}; set e.g. "tools": {"github": {"mode": "sync"}}`);
  return tools.map((tool) => {
    const t = o.trackers[tool];
    if (!t)
      throw new ExtidsError("SYNC_REFUSED", `${TOOL_LABEL[tool]} is in sync mode in ${config2}, but no tracker was given for it`);
    return { tool, t, marker: (task) => markerFor(o.repo, tool, task) };
  });
}
function contextOf(o) {
  const signal = o.signal;
  const timer = (ms2) => new Promise((r) => {
    const t = setTimeout(r, ms2);
    signal?.addEventListener("abort", () => (clearTimeout(t), r()), { once: true });
  });
  return {
    now: o.now ?? (() => /* @__PURE__ */ new Date()),
    say: o.onStep ?? (() => {
    }),
    sleep: o.sleep ?? timer,
    signal,
    maxWaitMs: o.maxWaitMs ?? 6e4
  };
}
function recordTarget(s, o, ctx) {
  return {
    git: o.git,
    root: s.root,
    stateDir: s.stateDir,
    tasksDir: s.tasksDir,
    exclude: s.exclude,
    remote: o.remote,
    remoteBranch: o.remoteBranch,
    branch: o.branch,
    store: storeOptions(s, o),
    now: ctx.now,
    say: ctx.say
  };
}
function unlinkedKeys(s, tasks, mappings, links) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rec of tasks) {
    const task = rec.id;
    if (seen.has(task))
      continue;
    seen.add(task);
    for (const tool of TOOLS) {
      if (!isSyncMode(s.tools, tool) || links[task]?.[tool])
        continue;
      const key = mappings[task]?.[tool] ?? rec.externalIds?.[tool];
      if (key !== void 0)
        out.push({ task, tool, key });
    }
  }
  return out;
}
function withLinks(links, more) {
  const out = Object.assign(/* @__PURE__ */ Object.create(null), links);
  for (const [task, byTool] of Object.entries(more))
    out[task] = { ...out[task], ...byTool };
  return out;
}
function planSync(s, o, lanes, tasks, texts, mappings, links, recovered = /* @__PURE__ */ Object.create(null)) {
  const info = /* @__PURE__ */ new Map();
  const desired = /* @__PURE__ */ new Map();
  const textOf = (rec) => texts.get(rec.file) ?? "";
  const content = (rec) => {
    let d = desired.get(rec.id);
    if (!d)
      desired.set(rec.id, d = desiredOf(o, rec, texts));
    return d;
  };
  const statuses = s.config.sync?.statuses;
  const items = [];
  const findings = [];
  for (const { tool, t, marker } of lanes) {
    const seen = /* @__PURE__ */ new Set();
    const linkedTo = /* @__PURE__ */ new Map();
    for (const [task, byTool] of Object.entries(links))
      if (byTool[tool])
        linkedTo.set(byTool[tool].key, task);
    const handWrittenBy = /* @__PURE__ */ new Map();
    for (const rec of tasks) {
      const written = rec.externalIds?.[tool];
      if (written === void 0 || mappings[rec.id]?.[tool] !== void 0)
        continue;
      if (links[rec.id]?.[tool])
        continue;
      handWrittenBy.set(written, /* @__PURE__ */ new Set([...handWrittenBy.get(written) ?? [], rec.id]));
    }
    for (const rec of tasks) {
      const task = rec.id;
      if (!s.idPattern.test(task) || seen.has(task))
        continue;
      seen.add(task);
      if (rec.findings.some((f) => f.severity === "error"))
        continue;
      const link = links[task]?.[tool];
      const mapped = mappings[task]?.[tool];
      const written = rec.externalIds?.[tool];
      const key = mapped ?? written ?? link?.key;
      const at2 = { tool, task, file: rec.file };
      const holder = linkedTo.get(written ?? "");
      const twins = [...handWrittenBy.get(written ?? "") ?? []].filter((x) => x !== task);
      const handOnly = mapped === void 0 && !link && written !== void 0;
      if (handOnly && (holder && holder !== task || twins.length)) {
        const why = holder && holder !== task ? `${tool} ${t.keyText(written)} is the ${t.name} ${t.noun} of ${holder} (linked to it), not this task's; remove the key from the task and sync creates its ${t.noun}, or write its own key` : `${tool} ${t.keyText(written)} is named by ${twins.join(", ")} too, and a ${t.name} ${t.noun} is one task's: fix the key in the task it is not for (remove it, and sync creates that task's ${t.noun})`;
        const x = { ...at2, action: "conflict", key: written, why };
        items.push(x);
        findings.push(finding("error", "SYNC_CONFLICT", `${task}: ${why}`, keyAt(x, { text: textOf(rec) })));
        continue;
      }
      const predicted = predictedKey(mapped, link);
      const recreates = key !== void 0 && link !== void 0 && o.recreate?.includes(task);
      if ((predicted !== void 0 || recreates) && !o.rebuildLinks) {
        info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: content(rec) });
        items.push({
          ...at2,
          action: "create",
          replaces: predicted ?? key,
          ...recreates && { recreates }
        });
        continue;
      }
      if (key === void 0) {
        if (o.rebuildLinks || !syncCreates(rec.status, statuses))
          continue;
        info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: content(rec) });
        items.push({ ...at2, action: "create" });
        continue;
      }
      if (o.rebuildLinks)
        continue;
      const d = content(rec);
      const linked2 = link?.key === key && mappings[task]?.[tool] === key;
      const unchanged2 = linked2 && unchangedSince(t, link, d, marker(task));
      if (unchanged2 && !recovered[task]?.[tool])
        continue;
      info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: d });
      const handWritten2 = mapped === void 0 && written === key;
      items.push({
        ...at2,
        action: linked2 && !unchanged2 ? stateAction(d) : "link",
        key,
        ...handWritten2 && { handWritten: handWritten2 }
      });
    }
  }
  return { items, info, findings };
}
async function checkPredicted(c, lanes, plan2, p) {
  for (const lane of lanes) {
    const predicted = plan2.items.filter((x) => x.tool === lane.tool && x.replaces !== void 0);
    if (predicted.length === 0)
      continue;
    c.say(`reading the ${predicted.length} predicted ${lane.t.name} key(s) before replacing them`);
    try {
      await keepOwnItems(c, lane, plan2, predicted);
    } catch (err) {
      const unread = new Set(predicted.filter((x) => x.replaces !== void 0));
      plan2.items = plan2.items.filter((x) => !unread.has(x));
      if (err instanceof Stop)
        halt(p, lane.tool, err);
      else
        fail(p, err);
    }
  }
}
async function keepOwnItems(c, lane, plan2, predicted) {
  for (const x of predicted) {
    const current = await read(c, lane, { ...x, key: x.replaces });
    if (!current || current.foreign)
      continue;
    const d = plan2.info.get(infoKey(x.tool, x.task)).desired;
    const marker = lane.marker(x.task);
    const ours = current.marker ? current.marker.digest === marker.digest : current.title === lane.t.render(d.content, marker).title || footerNames(current, x.task);
    if (!ours)
      continue;
    x.action = "link";
    x.key = x.replaces;
    delete x.replaces;
  }
}
function footerNames(item, task) {
  const at2 = item.body.lastIndexOf("Task file");
  return at2 >= 0 && item.body.indexOf(task, at2) > at2;
}
function settleRecordedElsewhere(s, o, claim2, read2, c, p) {
  const upstream = `${o.remote}/${o.remoteBranch}`;
  o.git.run(["fetch", "-q", o.remote, o.remoteBranch]);
  const { links } = committedState(s, o.git, upstream, c.now());
  for (const key of claim2.mine) {
    const [tool, task] = splitKey(key);
    const now = links[task]?.[tool];
    if (now === void 0 || now.id === read2[task]?.[tool]?.id)
      continue;
    p.settled.add(key);
    p.unlooked.delete(key);
    c.say(`${task}: another run recorded its ${TOOL_LABEL[tool]} item meanwhile; left to it`);
  }
}
function recorded(t, d, m, item, link, kept, written) {
  if (kept?.written)
    return kept.written;
  const w = wrote(t, d, m, item);
  if (!link?.fields)
    return w;
  const now = fieldHashes(item);
  const want = fieldHashes({ ...t.render(d.content, m), state: d.target });
  const fields = { ...now };
  for (const f of ["title", "body", "state"])
    if (!written.includes(f) && now[f] !== want[f] && now[f] !== link.fields[f])
      fields[f] = link.fields[f];
  return { sent: kept ? link.sent ?? "" : w.sent, seen: w.seen, fields };
}
function refuseTooMany(lanes, plan2, max) {
  const creates = plan2.filter((x) => x.action === "create");
  if (creates.length <= max)
    return;
  const replacing = creates.filter((x) => x.replaces !== void 0).length;
  const parts = lanes.map(({ tool, t }) => [creates.filter((c) => c.tool === tool).length, t]).filter(([n]) => n > 0).map(([n, t]) => `${n} ${t.name} ${t.noun}s`);
  throw new ExtidsError("SYNC_REFUSED", `the plan creates ${replacing ? "up to " : ""}${parts.join(" and ")}${replacing ? ` (${replacing} of them to replace predicted keys)` : ""}, more than --max-creates ${max}; pass --max-creates ${creates.length} to go ahead (or --dry-run to see them)`);
}
function refuseUnknownRecreate(o, plan2) {
  const unknown = (o.recreate ?? []).filter((id) => !plan2.some((x) => x.task === id && x.recreates));
  if (unknown.length)
    throw new ExtidsError("USAGE", `--recreate ${unknown.join(",")}: no task with ${unknown.length > 1 ? "these IDs" : "that ID"} is linked to an item in the tools synced (${o.tools?.join(", ") ?? "every tool in sync mode"}); nothing was sent`);
}
function refuseShortLease(lease, lanes, creates) {
  for (const { tool, t } of lanes)
    if (creates.some((c) => c.tool === tool) && !lease.covers(t.timeoutMs))
      throw new ExtidsError("USAGE", `the lease (${lease.ms} ms) must outlast a request's time-out (${t.timeoutMs} ms) by more than ${SEND_MARGIN_MS} ms, or no create could be sent`);
}
function writesOf(s, plan2, tasks, rebuild) {
  const state = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map((f) => `${relPath(s.root, s.stateDir)}/${f}`);
  if (rebuild)
    return [...state, relPath(s.root, s.tasksDir)];
  const copies = tasksById(tasks);
  const keyed = plan2.filter((x) => x.action === "create" || x.action === "link");
  return [...state, ...keyed.flatMap((x) => (copies.get(x.task) ?? []).map((r) => r.file))];
}
function refuseUncommitted(s, git, files2) {
  const top = git.topLevel();
  if (!top || (0, import_node_fs9.realpathSync)(top) !== (0, import_node_fs9.realpathSync)(s.root))
    throw new ExtidsError("SYNC_REFUSED", `sync records at the repository's top level (${top ?? "none found"}), not ${s.root}; run it there`);
  const { changed, untracked } = uncommitted(git, files2);
  const list2 = (l) => `${l.slice(0, 3).join(", ")}${l.length > 3 ? ` and ${l.length - 3} more` : ""}`;
  const them = (l) => l.length > 1 ? "them" : "it";
  if (changed.length)
    throw new ExtidsError("SYNC_REFUSED", `${list2(changed)} ${changed.length > 1 ? "have" : "has"} uncommitted changes, and sync writes ${them(changed)}; commit or stash ${them(changed)} first (nothing was sent)`);
  if (untracked.length)
    throw new ExtidsError("SYNC_REFUSED", `${list2(untracked)} ${untracked.length > 1 ? "are" : "is"} not committed yet, and sync writes ${them(untracked)}; commit ${them(untracked)} (or move ${them(untracked)} aside) first (nothing was sent)`);
}
function uncommitted(git, files2) {
  const lines = files2.length ? git.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", ...files2]).split("\0").filter((l) => l.length > 3) : [];
  return {
    changed: lines.filter((l) => !l.startsWith("??")).map((l) => l.slice(3)),
    untracked: lines.filter((l) => l.startsWith("??")).map((l) => l.slice(3))
  };
}
async function call(c, t, send, o) {
  for (let attempt = 1; ; attempt++) {
    const b = t.budget;
    if (b?.remaining === 0 && b.resetAt) {
      const wait = b.resetAt.getTime() - c.now().getTime() + 1e3;
      if (wait > c.maxWaitMs)
        throw new Stop(`the ${t.name} API rate limit is spent until ${b.resetAt.toISOString()}`, "tracker");
      if (wait > 0) {
        if (wait >= 2e3)
          c.say(`waiting ${Math.ceil(wait / 1e3)} s for the ${t.name} API rate limit`);
        await c.sleep(wait);
      }
    }
    if (c.signal?.aborted)
      throw new Stop(cancelReason(c.signal));
    if (o.maySend && !o.maySend())
      throw new NotSent();
    try {
      return await send();
    } catch (err) {
      if (isTrackerError(err, "rate-limited")) {
        if (attempt >= RETRIES + 2)
          throw err;
        const wait = err.info.retryAfterMs ?? 6e4;
        if (wait > c.maxWaitMs)
          throw new Stop(`the ${t.name} API rate limit is spent until ${new Date(c.now().getTime() + wait).toISOString()}`, "tracker");
        if (wait >= 2e3)
          c.say(`waiting ${Math.ceil(wait / 1e3)} s for the ${t.name} API rate limit`);
        await c.sleep(wait);
        continue;
      }
      if (isTrackerError(err, "unknown-outcome") && o.repeatable) {
        if (c.signal?.aborted)
          throw new Stop(cancelReason(c.signal));
        if (attempt >= RETRIES)
          throw err;
        await c.sleep(250 * 2 ** attempt);
        continue;
      }
      throw err;
    }
  }
}
function claimIntents(lease, creates, done, plan2, lanes, p, c) {
  c.say(`recording the intent to create ${creates.length} item(s)`);
  const byKey = new Map(creates.map((x) => [intentKey(x.tool, x.task), x]));
  const claim2 = lease.claim(
    [...byKey.keys()],
    (key) => done(...splitKey(key)),
    // its key reached the branch
    (key) => {
      const [tool, task] = splitKey(key);
      const lane = lanes.find((l) => l.tool === tool);
      const i = plan2.info.get(infoKey(tool, task));
      return lane && i && createdHash(lane.t, i.desired, lane.marker(task));
    }
  );
  for (const [key, x] of byKey) {
    const held = claim2.held.get(key);
    if (held)
      p.findings.push(finding("warning", "SYNC_LEFT", `${x.task}${whose(lanes, x.tool)}: ${holderText(held)}`, {
        file: x.file
      }));
  }
  for (const key of claim2.taken.keys())
    p.unlooked.add(key);
  return claim2;
}
async function findAllByMarker(c, lane, tasks, since) {
  const markers = tasks.map(lane.marker);
  const items = await call(c, lane.t, () => lane.t.lookup(markers, since ? { since } : {}), {
    repeatable: true
  });
  const taskOf = new Map(markers.map((m) => [m.digest, m.task]));
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const task = item.marker && taskOf.get(item.marker.digest);
    if (task !== void 0)
      out.set(task, [...out.get(task) ?? [], item]);
  }
  return out;
}
async function findByMarker(c, lane, tasks, since) {
  const all = await findAllByMarker(c, lane, tasks, since);
  return new Map([...all].map(([task, items]) => [task, items[0]]));
}
function adopt(p, tool, task, item, sent) {
  p.found.push({ tool, task, item, ...sent && { written: { sent, seen: contentHash(item) } } });
}
async function lookUpTaken(c, lane, claim2, plan2, p) {
  const taken = [...claim2.taken].filter(([key]) => splitKey(key)[0] === lane.tool && !p.settled.has(key));
  if (taken.length === 0)
    return;
  const since = Math.min(...taken.map(([, v]) => Date.parse(v.since))) - LOOKUP_SLACK_MS;
  c.say(`looking up ${taken.length} ${lane.t.name} item(s) an earlier run may have created`);
  const hits = await findByMarker(c, lane, taken.map(([key]) => splitKey(key)[1]), new Date(Math.max(0, since)));
  for (const [key, intent] of taken) {
    const task = splitKey(key)[1];
    p.unlooked.delete(key);
    const hit = hits.get(task);
    if (hit) {
      adopt(p, lane.tool, task, hit, intent.sent);
      continue;
    }
    const at2 = believableAt(lane.t, intent);
    if (c.now().getTime() >= at2)
      continue;
    p.restore.set(key, intent);
    p.findings.push(finding("warning", "SYNC_LEFT", `${task}: an earlier run may have created its ${lane.t.name} item, and ${lane.t.name}'s search can show it up to ${Math.round(lane.t.lookupConsistency.boundMs / 1e3)} s late; it is looked up again, and created only if none shows, by a run after ${isoStamp(new Date(at2))}`, { file: plan2.info.get(infoKey(lane.tool, task))?.rec.file }));
  }
}
async function createItems(c, lane, lease, claim2, plan2, p) {
  const { tool, t } = lane;
  for (const key of claim2.mine) {
    const [kTool, task] = splitKey(key);
    if (kTool !== tool || p.restore.has(key) || p.settled.has(key))
      continue;
    const i = plan2.info.get(infoKey(tool, task));
    const adopted = p.found.find((f) => f.tool === tool && f.task === task);
    if (adopted) {
      p.synced.push({ tool, task, action: "adopt", key: adopted.item.key, url: adopted.item.url });
      continue;
    }
    if (c.signal?.aborted)
      p.stopped ??= cancelReason(c.signal);
    if (stoppedFor(p, tool))
      break;
    p.attempted.add(key);
    const marker = lane.marker(task);
    const sentAt = c.now().getTime();
    c.say(`creating the ${t.name} ${t.noun} for ${task}`);
    let created;
    try {
      const answer = await call(c, t, () => t.create(i.desired.content, marker), {
        repeatable: false,
        maySend: () => lease.ready(key, t.timeoutMs)
      });
      created = answer.item ?? {
        ...answer,
        ...t.render(i.desired.content, marker),
        state: "todo"
      };
    } catch (err) {
      if (err instanceof NotSent || err instanceof Stop) {
        p.attempted.delete(key);
        if (err instanceof Stop)
          halt(p, tool, err);
        else if (!lease.tasks.includes(key))
          p.findings.push(finding("warning", "SYNC_LEFT", `${task}: this run's lease on it ended and another run took it over; that run creates the item`, { file: i.rec.file }));
        else
          p.stopped = "this run could not renew its lease on the tasks in time";
        continue;
      }
      if (!isTrackerError(err, "unknown-outcome")) {
        p.attempted.delete(key);
        throw err;
      }
      if (c.signal?.aborted) {
        p.stopped = cancelReason(c.signal);
        continue;
      }
      c.say(`no answer for ${task}'s create (${err.message}); looking for its marker`);
      const hit = (await findByMarker(c, lane, [task], new Date(sentAt - LOOKUP_SLACK_MS))).get(task);
      if (hit) {
        adopt(p, tool, task, hit, createdHash(t, i.desired, marker));
        p.synced.push({ tool, task, action: "adopt", key: hit.key, url: hit.url });
      } else
        p.findings.push(finding("warning", "SYNC_LEFT", `${task}: ${t.name} did not answer its create and shows no item with its marker yet; a run after this one's lease ends${t.lookupConsistency.kind === "eventual" ? ` (and ${Math.round(t.lookupConsistency.boundMs / 1e3)} s more, the time ${t.name}'s search may lag)` : ""} looks again, and creates it only if there is none`, { file: i.rec.file }));
      continue;
    }
    let item = created;
    p.synced.push({ tool, task, action: "create", key: created.key, url: created.url });
    if (i.desired.target !== "todo") {
      try {
        item = await call(c, t, () => t.transition(created, i.desired.target), {
          repeatable: true
        });
      } catch (err) {
        const sent = createdHash(t, i.desired, marker);
        p.found.push({ tool, task, item: created, written: { sent, seen: contentHash(created) } });
        throw err;
      }
    }
    p.found.push({ tool, task, item, written: wrote(t, i.desired, marker, item) });
  }
}
function relink(lane, task, d, current) {
  const marker = lane.marker(task);
  const want = { ...lane.t.render(d.content, marker), state: d.target };
  const fields = changedFields(current, want, d.target);
  const sent = sentHash(lane.t, d, marker);
  const now = fieldHashes(current);
  const task_ = fieldHashes(want);
  const kept = Object.fromEntries(["title", "body", "state"].map((f) => [f, fields.includes(f) ? task_[f] : now[f]]));
  return {
    fields,
    written: { sent, seen: fields.length ? sent : contentHash(current), fields: kept }
  };
}
function editedFields(current, link) {
  const now = fieldHashes(current);
  if (link.fields)
    return ["title", "body", "state"].filter((f) => now[f] !== link.fields[f]);
  return contentHash(current) !== link.hash ? ["title", "body", "state"] : [];
}
function decide(lane, x, d, current, link) {
  const { t } = lane;
  const marker = lane.marker(x.task);
  const mark = current.marker;
  if (current.foreign || mark && mark.digest !== marker.digest)
    return {
      kind: "conflict",
      severity: "error",
      why: `${lane.tool} ${x.key} is ${current.foreign ?? `the ${t.name} ${t.noun} of ${mark.task || "another task"}`}, not this task's ${t.noun}; ${x.handWritten ? `fix the key in the task (or remove it, and sync creates the ${t.noun})` : "fix the mapping (`extids sync --rebuild-links` reads the markers)"}`
    };
  if (!link) {
    const { written, fields: fields2 } = relink(lane, x.task, d, current);
    if (!fields2.length)
      return { kind: "write", action: "link", fields: [] };
    const how = mark !== void 0 ? "was found by its marker, without the link extids keeps (the links file lost it, or --rebuild-links)" : footerNames(current, x.task) ? "is linked as it is (extids made it; a person removed its marker)" : "is linked as it is (a person made it)";
    return {
      kind: "write",
      action: "link",
      fields: [],
      kept: { fields: fields2, why: keptText(t, x.key, fields2, how), written }
    };
  }
  const changed = unchangedSince(t, link, d, marker) ? [] : changedFields(current, t.render(d.content, marker), d.target);
  const edited = editedFields(current, link);
  const kept = changed.filter((f) => edited.includes(f));
  const fields = changed.filter((f) => !edited.includes(f));
  const action = fields.length ? stateAction(d, fields) : "link";
  if (!kept.length)
    return { kind: "write", action, fields };
  const why = keptText(t, x.key, kept, `was edited in ${t.name} since extids last wrote it`);
  if (!fields.length)
    return { kind: "conflict", severity: "warning", why };
  return { kind: "write", action, fields, kept: { fields: kept, why } };
}
function keyAt(x, i) {
  const esc2 = (v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const entry = new RegExp(`^\\s*["']?${esc2(x.tool)}["']?\\s*:\\s*["']?${esc2(x.key)}["']?\\s*(#.*)?\\r?$`, "i");
  const at2 = i.text.split("\n").findIndex((l) => entry.test(l));
  return { file: x.file, ...at2 >= 0 && { line: at2 + 1 } };
}
function missingKey(lane, x, i, link) {
  const { t } = lane;
  const fix = link ? `its ${t.noun} was deleted in ${t.name}, or these credentials cannot see it; if it was deleted, \`extids sync --recreate ${x.task}\` makes a new one and replaces the key` : `fix the key in the task (or remove it, and sync creates the ${t.noun})`;
  return finding("error", "SYNC_CONFLICT", `${x.task}: ${lane.tool} ${x.key} names no ${t.name} ${t.noun} these credentials can see; ${fix}`, keyAt(x, i));
}
async function reconcile(c, lane, plan2, links, p) {
  const { tool, t } = lane;
  for (const x of plan2.items.filter((y) => y.tool === tool && y.action !== "create" && y.action !== "conflict")) {
    if (c.signal?.aborted)
      p.stopped ??= cancelReason(c.signal);
    if (stoppedFor(p, tool))
      break;
    const i = plan2.info.get(infoKey(tool, x.task));
    const link = linkOf(links, x);
    const marker = lane.marker(x.task);
    const name = `${t.noun} ${t.keyText(x.key)}`;
    try {
      const current = await read(c, lane, x, link);
      if (!current) {
        p.findings.push(missingKey(lane, x, i, link));
        continue;
      }
      const decision = decide(lane, x, i.desired, current, link);
      if (decision.kind === "conflict") {
        x.action = "conflict";
        x.why = decision.why;
        const why = `${x.task}: ${decision.why}`;
        p.findings.push(finding(decision.severity, "SYNC_CONFLICT", why, keyAt(x, i)));
        continue;
      }
      const { action, fields, kept } = decision;
      x.action = action;
      if (kept)
        p.findings.push(finding("warning", "SYNC_CONFLICT", `${x.task}: ${kept.why}`, keyAt(x, i)));
      let item = current;
      const text = fields.filter((f) => f !== "state");
      if (fields.length)
        c.say(`${STEP[action]} ${name} (${x.task})${text.length ? `: ${text.join(", ")}` : ""}`);
      const edit = {
        ...fields.includes("title") && { title: i.desired.content.title },
        ...fields.includes("body") && { body: i.desired.content.body }
      };
      const ifVersion = t.conditionalUpdate === "server" ? current.version : void 0;
      if (edit.title !== void 0 || edit.body !== void 0)
        item = await call(c, t, () => t.update(item, edit, { ifVersion, marker }), {
          repeatable: true
        });
      if (fields.includes("state"))
        item = await call(c, t, () => t.transition(item, i.desired.target), { repeatable: true });
      p.found.push({
        tool,
        task: x.task,
        item,
        written: recorded(t, i.desired, marker, item, link, kept, fields)
      });
      const moved = item.key !== x.key && { was: x.key };
      p.synced.push({ tool, task: x.task, action, key: item.key, url: item.url, ...moved });
    } catch (err) {
      if (err instanceof Stop) {
        halt(p, tool, err);
        break;
      }
      if (isTrackerError(err, "stale")) {
        const why = `${x.task}: ${name} changed in ${t.name} while sync wrote it; it is left as it is (${err.message})`;
        p.findings.push(finding("warning", "SYNC_CONFLICT", why, { file: x.file }));
        continue;
      }
      if (isTrackerError(err, "other") || isTrackerError(err, "not-found")) {
        const why = `${x.task}: ${t.name} refused to write ${name}: ${err.message}; the other items were synced`;
        p.findings.push(finding("error", "SYNC_CONFLICT", why, { file: x.file }));
        continue;
      }
      throw err;
    }
  }
}
async function read(c, lane, x, link) {
  const ref = { key: x.key, ...link && { id: link.id } };
  try {
    return await call(c, lane.t, () => lane.t.get(ref), { repeatable: true });
  } catch (err) {
    if (isTrackerError(err, "not-found"))
      return void 0;
    throw err;
  }
}
async function preview(c, lanes, plan2, links, o, p) {
  const creates = plan2.items.filter((x) => x.action === "create");
  const intents = creates.length ? fetchIntents(o.git, o.remote).intents : {};
  const nowMs = c.now().getTime();
  for (const x of plan2.items) {
    const lane = lanes.find((l) => l.tool === x.tool);
    if (x.action === "conflict")
      continue;
    if (x.action === "create") {
      const held = intents[intentKey(x.tool, x.task)];
      if (held && holds(held, nowMs)) {
        x.action = "held";
        x.why = holderText(held);
        p.findings.push(finding("warning", "SYNC_LEFT", `${x.task}${whose(lanes, x.tool)}: ${x.why}`, {
          file: x.file
        }));
      }
      continue;
    }
    const i = plan2.info.get(infoKey(x.tool, x.task));
    const link = linkOf(links, x);
    const current = await read(c, lane, x, link);
    if (!current) {
      const f = missingKey(lane, x, i, link);
      x.action = "conflict";
      x.why = f.message.replace(`${x.task}: `, "");
      p.findings.push(f);
      continue;
    }
    const decision = decide(lane, x, i.desired, current, link);
    if (current.key !== x.key)
      x.why = `${lane.t.keyText(x.key)} is now ${lane.t.keyText(current.key)}: moved in ${lane.t.name}`;
    if (decision.kind === "write") {
      x.action = decision.action;
      const { kept } = decision;
      if (kept)
        p.findings.push(finding("warning", "SYNC_CONFLICT", `${x.task}: ${kept.why}`, keyAt(x, i)));
    } else {
      x.action = "conflict";
      x.why = decision.why;
      p.findings.push(finding(decision.severity, "SYNC_CONFLICT", `${x.task}: ${decision.why}`, keyAt(x, i)));
    }
  }
}
async function checkCredentials(c, lanes, plan2, p) {
  for (const lane of lanes) {
    c.say(`checking the ${lane.t.name} credentials`);
    try {
      await call(c, lane.t, () => lane.t.verify(), { repeatable: true });
    } catch (err) {
      const left = plan2.items.filter((x) => x.tool === lane.tool);
      plan2.items = plan2.items.filter((x) => x.tool !== lane.tool);
      if (!(err instanceof Stop))
        fail(p, err);
      else if (left.length)
        p.findings.push(finding("warning", "SYNC_LEFT", `${lane.t.name}: ${err.message}; its ${left.length} planned item(s) are not shown`));
    }
  }
}
async function rebuildLinks(c, lanes, tasks, mappings, desired, p) {
  const byId2 = tasksById(tasks);
  for (const lane of lanes) {
    c.say(`reading the markers of every ${lane.t.name} item extids created`);
    const all = await findAllByMarker(c, lane, [...byId2.keys()]);
    const found = /* @__PURE__ */ new Map();
    for (const [task, items] of all) {
      const mapped = mappings[task]?.[lane.tool];
      const pick2 = items.find((i) => i.key === mapped) ?? items[0];
      found.set(task, pick2);
      const others = items.filter((i) => i !== pick2);
      if (others.length)
        p.findings.push(finding("warning", "SYNC_CONFLICT", `${task}: ${others.map((i) => lane.t.keyText(i.key)).join(", ")} carr${others.length > 1 ? "y" : "ies"} its marker too (a copy of ${lane.t.keyText(pick2.key)}?); linked ${lane.t.keyText(pick2.key)}${pick2.key === mapped ? ", the key the mapping names" : ", the oldest"}; remove the marker from the copy`, { file: byId2.get(task)[0].file }));
    }
    const missing = [...byId2.keys()].filter((task) => mappings[task]?.[lane.tool] !== void 0 && !found.has(task));
    if (missing.length) {
      const lag = lane.t.lookupConsistency;
      p.findings.push(finding("warning", "SYNC_LEFT", `--rebuild-links found no ${lane.t.name} ${lane.t.noun} by its marker for ${missing.length} task(s) the mapping names one for: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", \u2026" : ""} (a marker a person removed, an item these credentials cannot see${lag.kind === "eventual" ? `, or a search that has not shown it yet: it may lag up to ${Math.round(lag.boundMs / 1e3)} s` : ""}); a plain sync links them from the mapping's keys`));
    }
    for (const [task, item] of found) {
      const rec = byId2.get(task)[0];
      const { written, fields } = relink(lane, task, desired(rec), item);
      const how = "was found by its marker (--rebuild-links)";
      if (fields.length)
        p.findings.push(finding("warning", "SYNC_CONFLICT", `${task}: ${keptText(lane.t, item.key, fields, how)}`, {
          file: rec.file
        }));
      p.found.push({ tool: lane.tool, task, item, written });
      p.synced.push({ tool: lane.tool, task, action: "link", key: item.key, url: item.url });
    }
  }
}
function noteStopped(plan2, p) {
  const done = new Set(p.synced.map((x) => intentKey(x.tool, x.task)));
  const left = /* @__PURE__ */ new Map();
  for (const x of plan2) {
    const why = p.halted.get(x.tool) ?? p.stopped;
    if (why && !done.has(intentKey(x.tool, x.task)))
      left.set(why, [...left.get(why) ?? [], x]);
  }
  const many = new Set(plan2.map((x) => x.tool)).size > 1;
  for (const [why, xs] of left) {
    const byTool = [...new Set(xs.map((x) => x.tool))].map((tool) => `${xs.filter((x) => x.tool === tool).length} ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]}(s)`);
    const tasks = [...new Set(xs.map((x) => x.task))];
    p.findings.push(finding("warning", "SYNC_LEFT", `stopped (${why}) with ${many ? byTool.join(" and ") : `${tasks.length} task(s)`} left for the next run: ${tasks.slice(0, 10).join(", ")}${tasks.length > 10 ? ", \u2026" : ""}`));
  }
}
function release(lease, claim2, p, recorded2) {
  const done = new Set(recorded2 ? p.found.map((f) => intentKey(f.tool, f.task)) : []);
  const unstarted = new Set(claim2.mine.filter((k) => !p.attempted.has(k) && !done.has(k) && !p.unlooked.has(k) && !p.restore.has(k)));
  if (!recorded2)
    for (const f of p.found)
      unstarted.delete(intentKey(f.tool, f.task));
  if (done.size === 0 && unstarted.size === 0 && p.restore.size === 0)
    return;
  try {
    lease.release(done, unstarted, p.restore);
  } catch {
  }
}
function cancelled(signal, lanes, p) {
  const made = lanes.map(({ tool, t }) => {
    const n = p.synced.filter((x) => x.tool === tool && (x.action === "create" || x.action === "adopt")).length;
    return `${n} ${lanes.length > 1 ? `${t.name} ` : ""}${t.noun}(s)`;
  }).join(" and ");
  return new ExtidsError("CANCELLED", `sync was ${cancelReason(signal)}: it recorded the ${made} it had made and released the tasks it had not started${p.attempted.size ? `; ${p.attempted.size} create(s) in flight when it stopped may have been made too: they stay held until their lease ends, then the next run looks for them by their markers before it creates anything` : ""}; the next run does the rest`);
}
function syncTarget(git, o = {}) {
  const up = git.upstream();
  if (!up)
    throw new ExtidsError("SYNC_REFUSED", "the current branch has no upstream to push the numbers to; check out the default branch (or git push -u)");
  git.run(["fetch", "-q", up.remote, up.remoteBranch]);
  const { ahead, behind } = git.aheadBehind("HEAD", `${up.remote}/${up.remoteBranch}`);
  if ((behind > 0 || ahead > 0) && o.followUpstream)
    return {
      remote: up.remote,
      remoteBranch: up.remoteBranch,
      note: `this checkout is not ${up.remote}/${up.remoteBranch}'s tip (a newer push landed); syncing ${up.remote}/${up.remoteBranch} as it is, and leaving the checkout as it is`
    };
  if (behind > 0)
    throw new ExtidsError("SYNC_REFUSED", `${up.branch} is ${behind} commit(s) behind ${up.remote}/${up.remoteBranch}; pull first, so sync records on the current state`);
  if (ahead > 0)
    throw new ExtidsError("SYNC_REFUSED", `${up.branch} has ${ahead} commit(s) that ${up.remote}/${up.remoteBranch} lacks; push them first, so sync records on the state the team shares`);
  return up;
}
var import_node_crypto3, import_node_fs9, LOOKUP_SLACK_MS, RETRIES, Stop, stoppedFor, SyncFailed, withReport, intentKey, whose, infoKey, cancelReason, desiredOf, linked, sentHash, unchangedSince, createdHash, wrote, stateAction, NotSent, splitKey, believableAt, STEP, keptText, linkOf;
var init_sync = __esm({
  "lib/core/commands/sync.js"() {
    "use strict";
    init_import_meta_url();
    import_node_crypto3 = require("node:crypto");
    import_node_fs9 = require("node:fs");
    init_canonical();
    init_config();
    init_findings();
    init_ids();
    init_paths();
    init_store();
    init_tasks();
    init_diagnose();
    init_committed();
    init_content();
    init_intents();
    init_links();
    init_record();
    init_tracker();
    init_common();
    LOOKUP_SLACK_MS = 5 * 6e4;
    RETRIES = 3;
    Stop = class extends Error {
      scope;
      constructor(message, scope = "run") {
        super(message);
        this.scope = scope;
      }
    };
    stoppedFor = (p, tool) => p.stopped ?? p.halted.get(tool);
    SyncFailed = class extends ExtidsError {
      report;
      constructor(err, report2) {
        super(err.code, err.message, {
          ...err.details,
          findings: [...report2.findings, ...err.details.findings ?? []]
        });
        this.report = report2;
      }
    };
    withReport = (err, report2) => err instanceof ExtidsError ? new SyncFailed(err, report2) : err;
    intentKey = (tool, task) => `${tool}:${task}`;
    whose = (lanes, tool) => lanes.length > 1 ? ` (its ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]})` : "";
    infoKey = intentKey;
    cancelReason = (signal) => `cancelled (${String(signal.reason)})`;
    desiredOf = (o, rec, texts) => desiredItem({
      id: rec.id,
      file: rec.file,
      title: rec.title,
      status: rec.status,
      body: taskBody(texts.get(rec.file) ?? "")
    }, o.remoteBranch, o.web);
    linked = (mappings, links) => (tool, task) => {
      const key = mappings[task]?.[tool];
      return key !== void 0 && links[task]?.[tool]?.key === key;
    };
    sentHash = (t, d, m) => contentHash({ ...t.render(d.content, m), state: d.target });
    unchangedSince = (t, link, d, m) => (link.sent ?? link.hash) === sentHash(t, d, m);
    createdHash = (t, d, m) => contentHash({ ...t.render(d.content, m), state: "todo" });
    wrote = (t, d, m, answer) => ({
      sent: sentHash(t, d, m),
      seen: contentHash(answer)
    });
    stateAction = (d, fields) => fields && !fields.includes("state") ? "update" : d.target === "todo" ? "reopen" : "close";
    NotSent = class extends Error {
    };
    splitKey = (key) => {
      const i = key.indexOf(":");
      return [key.slice(0, i), key.slice(i + 1)];
    };
    believableAt = (t, intent) => t.lookupConsistency.kind === "consistent" ? 0 : Date.parse(intent.expires) + t.lookupConsistency.boundMs;
    STEP = {
      held: "leaving",
      conflict: "leaving",
      create: "creating",
      update: "updating",
      close: "closing",
      reopen: "reopening",
      link: "linking"
    };
    keptText = (t, key, fields, how) => `${t.noun} ${t.keyText(key)} ${how}; its ${fields.join(", ")} ${fields.length > 1 ? "differ" : "differs"} from the task and ${fields.length > 1 ? "are" : "is"} kept as a person's edit, until the task and the ${t.noun} agree there (edit either)`;
    linkOf = (links, x) => {
      const known = links[x.task]?.[x.tool];
      return known?.key === x.key ? known : void 0;
    };
  }
});

// lib/core/sync/github.js
function markerOfBody(body) {
  const m = [...body.matchAll(MARKER)].at(-1);
  return m && { digest: m[1], task: m[2] };
}
function titleOf(title) {
  const chars = [...title];
  return chars.length <= 256 ? title : `${chars.slice(0, 255).join("").trimEnd()}\u2026`;
}
function serverOfApi(apiUrl) {
  let u;
  try {
    u = new URL(apiUrl);
  } catch {
    return "https://github.com";
  }
  const path = u.pathname.replace(/\/+$/, "").replace(/\/api\/v3$/, "");
  const host = u.host.replace(/^api\./, "");
  return `${u.protocol}//${host}${path}`;
}
var MARKER, markerComment, GitHubTracker;
var init_github = __esm({
  "lib/core/sync/github.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    init_tracker();
    MARKER = /<!-- extids:([0-9a-f]{16}) task=(\S+) -->/g;
    markerComment = (m) => `<!-- extids:${m.digest} task=${m.task} -->`;
    GitHubTracker = class {
      o;
      name = "GitHub";
      noun = TOOL_NOUN.github;
      keyText(key) {
        return `#${key}`;
      }
      lookupConsistency = { kind: "consistent" };
      conditionalUpdate = "none";
      requests = 0;
      budget;
      constructor(o) {
        this.o = o;
      }
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      async verify() {
        await this.request("GET", `/repos/${this.o.repo}`);
      }
      async create(content, marker) {
        const r = await this.request("POST", `/repos/${this.o.repo}/issues`, this.render(content, marker));
        let item;
        try {
          item = this.parse(r.json);
        } catch {
          throw new TrackerError("unknown-outcome", `GitHub POST /repos/${this.o.repo}/issues answered ${r.status} without an issue`, { status: r.status });
        }
        return { id: item.id, key: item.key, url: item.url, item };
      }
      async get(ref) {
        return this.parse((await this.request("GET", this.issuePath(ref))).json);
      }
      /** PATCH title and body; `ifVersion` is not honoured (GitHub has no conditional write). */
      async update(ref, content, opts = {}) {
        const fields = {
          ...content.title !== void 0 && { title: titleOf(content.title) },
          ...content.body !== void 0 && {
            body: this.render({ title: "", body: content.body }, opts.marker).body
          }
        };
        return this.parse((await this.request("PATCH", this.issuePath(ref), fields)).json);
      }
      /** PATCH state and state_reason; an issue already open (or closed) is left as it is. */
      async transition(ref, target) {
        const item = await this.get(ref);
        if (reachedState(item.state, target))
          return item;
        const fields = target === "todo" ? { state: "open", state_reason: "reopened" } : { state: "closed", state_reason: target === "removed" ? "not_planned" : "completed" };
        return this.parse((await this.request("PATCH", this.issuePath(item), fields)).json);
      }
      /**
       * Issues (not pull requests) updated at or after `since`, oldest first, every page, that carry
       * one of `markers`. Not filtered by creator: that needs the token's account (see verify).
       */
      async lookup(markers, opts = {}) {
        const wanted = new Set(markers.map((m) => `${m.digest} ${m.task}`));
        const all = await this.list(opts.since);
        return all.filter((i) => i.marker && wanted.has(`${i.marker.digest} ${i.marker.task}`));
      }
      /** Every issue (not pull request) that carries a marker, updated at or after `since`. */
      async list(since) {
        const q = new URLSearchParams({
          state: "all",
          sort: "created",
          direction: "asc",
          per_page: "100"
        });
        if (since)
          q.set("since", new Date(Math.max(0, since.getTime())).toISOString().replace(/\.\d{3}Z$/, "Z"));
        let next = `/repos/${this.o.repo}/issues?${q}`;
        const out = [];
        while (next) {
          const r = await this.request("GET", next);
          if (!Array.isArray(r.json))
            throw new TrackerError("unknown-outcome", `GitHub GET ${next.replace(/\?.*$/, "")} answered ${r.status} without a list of issues`, { status: r.status });
          for (const it of r.json) {
            const item = this.parse(it);
            if (!item.foreign && item.marker)
              out.push(item);
          }
          next = /<([^>]+)>;\s*rel="next"/.exec(r.link ?? "")?.[1];
        }
        return out;
      }
      /** The title as given; the body with the marker's comment on its last line. */
      render(content, marker) {
        return {
          title: titleOf(content.title),
          body: marker ? `${content.body}${markerComment(marker)}
` : content.body
        };
      }
      issuePath(ref) {
        return `/repos/${this.o.repo}/issues/${encodeURIComponent(ref.key)}`;
      }
      parse(v) {
        const o = v;
        if (typeof o?.number !== "number")
          throw new TrackerError("other", "GitHub answered with something that is not an issue");
        const body = typeof o.body === "string" ? o.body : "";
        const marker = markerOfBody(body);
        const closed = o.state === "closed";
        return {
          id: String(o.id),
          key: String(o.number),
          url: String(o.html_url ?? ""),
          title: String(o.title ?? ""),
          body,
          state: closed ? o.state_reason === "not_planned" ? "removed" : "done" : "todo",
          version: String(o.updated_at ?? ""),
          ...marker && { marker },
          ...o.pull_request !== void 0 && o.pull_request !== null && { foreign: "a pull request" }
        };
      }
      async request(method, path, body) {
        const url = path.startsWith("http") ? path : `${this.o.apiUrl.replace(/\/+$/, "")}${path}`;
        const what = `GitHub ${method} ${path.replace(/^https?:\/\/[^/]+/, "")}`;
        this.requests++;
        const { res, text, json } = await sendOnce(this.o, url, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `Bearer ${this.o.token}`,
            "x-github-api-version": "2022-11-28",
            "user-agent": "extids",
            ...body === void 0 ? {} : { "content-type": "application/json" }
          },
          body: body === void 0 ? void 0 : JSON.stringify(body)
        }, what);
        const remaining2 = res.headers.get("x-ratelimit-remaining");
        const reset = res.headers.get("x-ratelimit-reset");
        if (remaining2 !== null || reset !== null)
          this.budget = {
            ...remaining2 !== null && { remaining: Number(remaining2) },
            ...reset !== null && { resetAt: new Date(Number(reset) * 1e3) }
          };
        if (res.status < 400)
          return { status: res.status, json, link: res.headers.get("link") ?? void 0 };
        const message = json?.message ?? text.slice(0, 200);
        const retryAfter = res.headers.get("retry-after");
        const limited = res.status === 429 || res.status === 403 && (retryAfter !== null || remaining2 === "0" || /rate limit/i.test(message));
        const failed = `${what} failed (${res.status}): ${message}`;
        if (limited) {
          const retryAfterMs = retryAfter !== null ? Number(retryAfter) * 1e3 : remaining2 === "0" && reset !== null ? Math.max(0, Number(reset) * 1e3 - this.o.now().getTime() + 1e3) : 6e4;
          throw new TrackerError("rate-limited", failed, { status: res.status, retryAfterMs });
        }
        let kind;
        if (res.status >= 500)
          kind = "unknown-outcome";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404 || res.status === 410)
          kind = "not-found";
        else
          kind = "other";
        throw new TrackerError(kind, failed, { status: res.status });
      }
    };
  }
});

// lib/core/sync/azure-devops.js
function markerOfTag(tag) {
  const m = TAG.exec(tag.trim());
  return m ? { digest: m[1], task: m[2] } : void 0;
}
function azureTokenKind(token) {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? "bearer" : "pat";
}
function markdownToAzureHtml(markdown) {
  return marked2().parse(markdown, { async: false }).trim();
}
function titleOf2(title) {
  const line = title.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join("").trimEnd()}\u2026`;
}
function stateOf(category) {
  switch (category) {
    case "Proposed":
      return "todo";
    case "Completed":
      return "done";
    case "Removed":
      return "removed";
    default:
      return "in-progress";
  }
}
function chooseState(states, target) {
  for (const category of WANTED[target]) {
    const s = states.find((x) => x.category === category);
    if (s)
      return s;
  }
  return void 0;
}
function idOf(ref) {
  const id = (ref.id ?? ref.key).replace(/^#/, "");
  if (!/^\d+$/.test(id))
    throw new TrackerError("not-found", `Azure DevOps: "${ref.key}" is not a work item id`);
  return id;
}
function unchanged(item, version2) {
  if (item.version !== version2)
    throw new TrackerError("stale", `Azure DevOps work item ${item.key} is at revision ${item.version}, changed after extids read it (revision ${version2}); nothing was written`);
}
function waitOf(h, now) {
  const after = h.get("retry-after")?.trim();
  if (after && Number.isFinite(Number(after)))
    return Math.max(0, Number(after) * 1e3);
  if (after && !Number.isNaN(Date.parse(after)))
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = Number(h.get("x-ratelimit-reset") ?? NaN);
  if (Number.isFinite(reset))
    return Math.max(0, reset * 1e3 - now.getTime());
  return void 0;
}
function budgetOf(h, now) {
  const remaining2 = h.get("x-ratelimit-remaining");
  const reset = h.get("x-ratelimit-reset");
  const delay = h.get("x-ratelimit-delay");
  const wait = h.get("retry-after") !== null ? waitOf(h, now) : void 0;
  if (remaining2 === null && reset === null && delay === null && wait === void 0)
    return void 0;
  const left = remaining2 !== null && Number.isFinite(Number(remaining2)) ? Number(remaining2) : void 0;
  let resetAt = reset !== null && Number.isFinite(Number(reset)) ? new Date(Number(reset) * 1e3) : void 0;
  if (wait !== void 0 && (!resetAt || resetAt.getTime() < now.getTime() + wait))
    resetAt = new Date(now.getTime() + wait);
  return {
    ...left !== void 0 && { remaining: left },
    ...resetAt && { resetAt },
    near: left === 0 || delay !== null || wait !== void 0
  };
}
var AZURE_LOOKUP_BOUND_MS, API, TAGS_PER_QUERY, BATCH2, TAG, WANTED, azureTag, tagsOf, escapeHtml, safeHref, azureMarked, marked2, AzureDevOps, statesKey, typeOf, wiqlString;
var init_azure_devops = __esm({
  "lib/core/sync/azure-devops.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    init_lazy_deps();
    init_tracker();
    AZURE_LOOKUP_BOUND_MS = 5 * 6e4;
    API = "api-version=7.1";
    TAGS_PER_QUERY = 20;
    BATCH2 = 200;
    TAG = /^extids-([0-9a-f]{16})-([^\s,;]+)$/;
    WANTED = {
      todo: ["Proposed", "InProgress"],
      done: ["Completed"],
      // Basic has no Removed state: its Done is the only way to close.
      removed: ["Removed", "Completed"]
    };
    azureTag = (m) => `extids-${m.digest}-${m.task}`;
    tagsOf = (v) => typeof v === "string" ? v.split(";").map((t) => t.trim()).filter(Boolean) : [];
    escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    safeHref = (href) => /^(https?:|mailto:)/i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href.replace(/\s/g, ""));
    marked2 = () => azureMarked ??= new (marked()).Marked({
      gfm: true,
      async: false,
      renderer: {
        // Raw HTML in a task is shown as the text it is, never run in Azure Boards; comments (the
        // engine's hidden markers, notes to the repository's readers) stay hidden, as on GitHub.
        html({ text }) {
          const shown = text.replace(/<!--[\s\S]*?-->/g, "");
          return shown.trim() ? escapeHtml(shown) : "";
        },
        // Azure Boards' rich text keeps no form controls: a checkbox is a character a person sees.
        checkbox({ checked }) {
          return checked ? "\u2611" : "\u2610";
        },
        link(t) {
          const text = this.parser.parseInline(t.tokens);
          if (!safeHref(t.href))
            return text;
          const title = t.title ? ` title="${escapeHtml(t.title)}"` : "";
          return `<a href="${escapeHtml(t.href)}"${title}>${text}</a>`;
        },
        image(t) {
          if (!safeHref(t.href))
            return escapeHtml(t.text);
          return `<img src="${escapeHtml(t.href)}" alt="${escapeHtml(t.text)}">`;
        }
      }
    });
    AzureDevOps = class {
      o;
      name = "Azure DevOps";
      noun = TOOL_NOUN.azure_devops;
      keyText(key) {
        return key;
      }
      lookupConsistency;
      conditionalUpdate = "server";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      base;
      auth;
      /** Each type's states, per project and type, read once per run. */
      states = /* @__PURE__ */ new Map();
      constructor(o) {
        this.o = o;
        this.base = `${(o.url ?? "https://dev.azure.com").replace(/\/+$/, "")}/${encodeURIComponent(o.org)}`;
        const kind = o.tokenKind ?? azureTokenKind(o.token);
        this.auth = kind === "bearer" ? `Bearer ${o.token}` : `Basic ${Buffer.from(`:${o.token}`).toString("base64")}`;
        this.lookupConsistency = {
          kind: "eventual",
          boundMs: o.lookupBoundMs ?? AZURE_LOOKUP_BOUND_MS
        };
      }
      /** GET /{org}/_apis/projects/{project}, then the type's states (both read-only). */
      async verify() {
        await this.request("GET", `/_apis/projects/${encodeURIComponent(this.o.project)}?${API}`);
        await this.statesOf(this.o.project, this.o.type);
      }
      /**
       * POST …/{project}/_apis/wit/workitems/${type} once, a JSON Patch adding the title, the
       * description and the marker tag ("Create"); 200 with the work item.
       */
      async create(content, marker) {
        const r = await this.request("POST", `/${encodeURIComponent(this.o.project)}/_apis/wit/workitems/$${encodeURIComponent(this.o.type)}?${API}`, [
          { op: "add", path: "/fields/System.Title", value: titleOf2(content.title) },
          { op: "add", path: "/fields/System.Description", value: markdownToAzureHtml(content.body) },
          { op: "add", path: "/fields/System.Tags", value: azureTag(marker) }
        ]);
        const w = r.json;
        if (typeof w?.id !== "number")
          throw new TrackerError("unknown-outcome", `Azure DevOps POST \u2026/workitems/$${this.o.type} answered ${r.status} without a work item id`, { status: r.status });
        const id = String(w.id);
        const states = this.states.get(statesKey(w, this.o));
        const item = states ? this.parse(w, states) : void 0;
        return { id, key: id, url: this.htmlUrl(w), ...item && { item } };
      }
      /** GET /{org}/_apis/wit/workitems/{id} (no project: the id is the organisation's). */
      async get(ref) {
        return this.read(ref);
      }
      /**
       * PATCH …/workitems/{id}: `test /rev` when `ifVersion` is given (the server refuses a stale
       * write as a whole: `stale`), then the title and description. Returns the item after.
       */
      async update(ref, content, opts = {}) {
        const ops = [];
        if (content.title !== void 0)
          ops.push({ op: "add", path: "/fields/System.Title", value: titleOf2(content.title) });
        if (content.body !== void 0)
          ops.push({
            op: "add",
            path: "/fields/System.Description",
            value: markdownToAzureHtml(content.body)
          });
        if (!ops.length) {
          const item = await this.read(ref);
          if (opts.ifVersion !== void 0)
            unchanged(item, opts.ifVersion);
          return item;
        }
        return this.patch(ref, ops, opts.ifVersion);
      }
      /**
       * To a state of `target`'s category from the type's states (`chooseState`): one read, then one
       * PATCH of `System.State`, with `test /rev` when `ifVersion` is given (a stale one is refused
       * before the PATCH, from the read). Only the state is sent, so a person's other changes are kept
       * either way. An item already open (todo) or closed (done, removed) is left alone, as every
       * adapter does.
       */
      async transition(ref, target, opts = {}) {
        const { item, w, states } = await this.readWhole(ref);
        if (opts.ifVersion !== void 0)
          unchanged(item, opts.ifVersion);
        if (reachedState(item.state, target))
          return item;
        const to = chooseState(states, target);
        if (!to)
          throw new TrackerError("other", `Azure DevOps work item ${item.key} (${typeOf(w, this.o)}) has no state in the ${WANTED[target].join(" or ")} category (${states.map((s) => `"${s.name}" ${s.category}`).join(", ")})`);
        return this.patch(item, [{ op: "add", path: "/fields/System.State", value: to.name }], opts.ifVersion);
      }
      /**
       * POST …/{project}/_apis/wit/wiql with one `[System.Tags] CONTAINS` clause per marker (at most
       * `TAGS_PER_QUERY` a query), then POST …/workitemsbatch for the ids, 200 at a time; only items
       * whose tags hold one of the markers whole are returned. No project clause: an item moved to
       * another project keeps its tag and is found. Eventually consistent (undocumented, see
       * `AZURE_LOOKUP_BOUND_MS`). `since` narrows nothing (the tag query is already narrow).
       */
      async lookup(markers) {
        const wanted = new Set(markers.map(azureTag));
        const ids = [];
        for (let i = 0; i < markers.length; i += TAGS_PER_QUERY) {
          const clauses = markers.slice(i, i + TAGS_PER_QUERY).map((m) => `[System.Tags] CONTAINS ${wiqlString(azureTag(m))}`);
          const query = `SELECT [System.Id] FROM WorkItems WHERE ${clauses.join(" OR ")} ORDER BY [System.Id]`;
          const r = await this.request("POST", `/${encodeURIComponent(this.o.project)}/_apis/wit/wiql?${API}`, { query });
          const found = r.json?.workItems;
          if (!Array.isArray(found))
            throw new TrackerError("unknown-outcome", `Azure DevOps WIQL answered ${r.status} without a list of work items`, { status: r.status });
          for (const w of found)
            if (typeof w.id === "number" && !ids.includes(w.id))
              ids.push(w.id);
        }
        const out = [];
        for (let i = 0; i < ids.length; i += BATCH2) {
          const r = await this.request("POST", `/_apis/wit/workitemsbatch?${API}`, {
            ids: ids.slice(i, i + BATCH2),
            $expand: "Links",
            errorPolicy: "Omit"
          });
          const value = r.json?.value;
          if (!Array.isArray(value))
            throw new TrackerError("unknown-outcome", `Azure DevOps workitemsbatch answered ${r.status} without a list of work items`, { status: r.status });
          for (const w of value) {
            if (!w || !tagsOf(w.fields?.["System.Tags"]).some((t) => wanted.has(t)))
              continue;
            const states = await this.statesOf(String(w.fields?.["System.TeamProject"]), typeOf(w, this.o));
            out.push(this.parse(w, states));
          }
        }
        return out;
      }
      /** The title as sent (`titleOf`), the description as the HTML sent (`markdownToAzureHtml`). */
      render(content) {
        return { title: titleOf2(content.title), body: markdownToAzureHtml(content.body) };
      }
      async read(ref) {
        return (await this.readWhole(ref)).item;
      }
      /** The item, its work item as answered (project, type) and its type's states. */
      async readWhole(ref) {
        const r = await this.request("GET", `/_apis/wit/workitems/${idOf(ref)}?${API}`);
        return this.parseWithStates(r.json);
      }
      async patch(ref, ops, ifVersion) {
        const test = ifVersion === void 0 ? [] : [{ op: "test", path: "/rev", value: Number(ifVersion) }];
        const r = await this.request("PATCH", `/_apis/wit/workitems/${idOf(ref)}?${API}`, [
          ...test,
          ...ops
        ]);
        return (await this.parseWithStates(r.json)).item;
      }
      async parseWithStates(json) {
        const w = json;
        if (typeof w?.id !== "number")
          throw new TrackerError("other", "Azure DevOps answered with something that is not a work item");
        const states = await this.statesOf(String(w.fields?.["System.TeamProject"]), typeOf(w, this.o));
        return { item: this.parse(w, states), w, states };
      }
      /**
       * GET …/{project}/_apis/wit/workitemtypes/{type}/states, once per project and type a run.
       * A state name the list lacks (added since) reads the list again once.
       */
      async statesOf(project, type, fresh = false) {
        const key = `${project}\0${type}`;
        const known = this.states.get(key);
        if (known && !fresh)
          return known;
        const r = await this.request("GET", `/${encodeURIComponent(project)}/_apis/wit/workitemtypes/${encodeURIComponent(type)}/states?${API}`);
        const value = r.json?.value;
        const states = (value ?? []).filter((s) => typeof s.name === "string").map((s) => ({ name: String(s.name), category: String(s.category ?? "") }));
        this.states.set(key, states);
        return states;
      }
      parse(w, states) {
        const f = w.fields ?? {};
        const id = String(w.id);
        const marker = tagsOf(f["System.Tags"]).map(markerOfTag).find((m) => m !== void 0);
        const stateName = typeof f["System.State"] === "string" ? f["System.State"] : "";
        return {
          id,
          key: id,
          url: this.htmlUrl(w),
          title: typeof f["System.Title"] === "string" ? f["System.Title"] : "",
          body: typeof f["System.Description"] === "string" ? f["System.Description"] : "",
          state: stateOf(states.find((s) => s.name === stateName)?.category),
          version: String(w.rev ?? ""),
          ...marker && { marker }
        };
      }
      /** `_links.html.href` ("Create"), else the work item's page by its well-known address. */
      htmlUrl(w) {
        return w._links?.html?.href ?? `${this.base}/${encodeURIComponent(String(w.fields?.["System.TeamProject"] ?? this.o.project))}/_workitems/edit/${w.id}`;
      }
      async request(method, path, body) {
        const what = `Azure DevOps ${method} /${this.o.org}${path.replace(/\?.*$/, "")}`;
        const isCreate = method === "POST" && /\/workitems\/\$/.test(path);
        const patch = isCreate || method === "PATCH";
        this.requests++;
        const { res, text, json } = await sendOnce(this.o, `${this.base}${path}`, {
          method,
          headers: {
            accept: "application/json",
            authorization: this.auth,
            "user-agent": "extids",
            // An error, not a sign-in page, where the service honours it ("Authentication").
            "x-tfs-fedauthredirect": "Suppress",
            ...body === void 0 ? {} : { "content-type": patch ? "application/json-patch+json" : "application/json" }
          },
          body: body === void 0 ? void 0 : JSON.stringify(body)
        }, what);
        const now = this.o.now();
        this.budget = budgetOf(res.headers, now) ?? this.budget;
        const html = /text\/html/i.test(res.headers.get("content-type") ?? "") || /^\s*</.test(text);
        if (res.status === 203 || res.ok && json === void 0 && html)
          throw new TrackerError("auth", `${what} answered ${res.status} with a sign-in page: AZURE_DEVOPS_TOKEN is wrong, expired or lacks access to ${this.o.org}/${this.o.project}`, { status: res.status });
        if (res.ok)
          return { status: res.status, json, headers: res.headers };
        const e = json ?? {};
        const said = typeof e.message === "string" ? e.message : text.replace(/\s+/g, " ").slice(0, 200);
        const message = `${what} failed (${res.status}): ${said || "no message"}`;
        const retryAfterMs = waitOf(res.headers, now);
        const reason = res.headers.get("x-ratelimit-resource") ?? void 0;
        let kind;
        if (res.status === 429)
          kind = "rate-limited";
        else if (res.status >= 500)
          kind = "unknown-outcome";
        else if (res.status === 412 || res.status === 409 || e.typeKey === "TestPatchOperationFailedException" || /\bTF26071\b/.test(said))
          kind = "stale";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404)
          kind = "not-found";
        else
          kind = "other";
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs },
          ...reason !== void 0 && { reason }
        });
      }
    };
    statesKey = (w, o) => `${String(w.fields?.["System.TeamProject"] ?? o.project)}\0${typeOf(w, o)}`;
    typeOf = (w, o) => typeof w.fields?.["System.WorkItemType"] === "string" ? w.fields["System.WorkItemType"] : o.type;
    wiqlString = (s) => `'${s.replace(/'/g, "''")}'`;
  }
});

// lib/core/sync/jira.js
function markerOfLabel(label) {
  const m = LABEL.exec(label);
  return m ? { digest: m[1], task: m[2] } : void 0;
}
function markdownToJiraDoc(markdown) {
  let doc;
  const text = htmlAsText(markdown);
  try {
    doc = marklassian().markdownToAdf(text);
  } catch {
    doc = marklassian().markdownToAdf(text.replace(/^(\s*)<adf>/gim, "$1\\<adf>"));
  }
  const seed = (0, import_node_crypto4.createHash)("sha256").update(markdown).digest("hex");
  let n = 0;
  const visit = (node) => {
    if (typeof node !== "object" || node === null)
      return;
    const o = node;
    if (o.attrs && typeof o.attrs.localId === "string") {
      const h = (0, import_node_crypto4.createHash)("sha256").update(`${seed}:${n++}`).digest("hex");
      o.attrs.localId = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    }
    for (const c of o.content ?? [])
      visit(c);
  };
  for (const c of doc.content)
    visit(c);
  return doc;
}
function summaryOf(title) {
  const line = title.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join("").trimEnd()}\u2026`;
}
function chooseTransition(list2, target) {
  if (target === "todo")
    return byCategory(list2, "new")[0] ?? byCategory(list2, "indeterminate")[0];
  const dropped = (t) => CANCELLED.test(t.to?.name ?? "");
  return byCategory(list2, "done").find((t) => dropped(t) === (target === "removed"));
}
function stateOf2(category, name) {
  if (category === "done")
    return CANCELLED.test(name) ? "removed" : "done";
  if (category === "indeterminate")
    return "in-progress";
  return "todo";
}
function waitOf2(h, now) {
  const after = h.get("retry-after")?.trim();
  if (after && Number.isFinite(Number(after)))
    return Math.max(0, Number(after) * 1e3);
  if (after && !Number.isNaN(Date.parse(after)))
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = h.get("x-ratelimit-reset");
  if (reset !== null && !Number.isNaN(Date.parse(reset)))
    return Math.max(0, Date.parse(reset) - now.getTime());
  return void 0;
}
function budgetOf2(h) {
  const remaining2 = h.get("x-ratelimit-remaining");
  const reset = h.get("x-ratelimit-reset");
  const near = h.get("x-ratelimit-nearlimit");
  if (remaining2 === null && reset === null && near === null)
    return void 0;
  return {
    ...remaining2 !== null && Number.isFinite(Number(remaining2)) && { remaining: Number(remaining2) },
    ...reset !== null && !Number.isNaN(Date.parse(reset)) && { resetAt: new Date(reset) },
    ...near !== null && { near: near.trim().toLowerCase() === "true" }
  };
}
function errorText(json, text) {
  const o = json;
  const parts = [];
  if (Array.isArray(o?.errorMessages))
    parts.push(...o.errorMessages.map(String));
  if (o?.errors && typeof o.errors === "object")
    for (const [k, v] of Object.entries(o.errors))
      parts.push(`${k}: ${String(v)}`);
  return parts.join("; ") || text.replace(/\s+/g, " ").slice(0, 200) || "no message";
}
function sortedJson(v) {
  return JSON.stringify(v, (_k, x) => {
    if (!x || typeof x !== "object" || Array.isArray(x))
      return x;
    const entries = Object.entries(x).filter(([k, v2]) => k !== "localId" && !(k === "attrs" && isEmptyAttrs(v2))).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return Object.fromEntries(entries);
  });
}
var import_node_crypto4, JIRA_LOOKUP_BOUND_MS, FIELDS, LABELS_PER_QUERY, PAGE, LABEL, CANCELLED, jiraLabel, htmlAsText, Jira, categoryOf, byCategory, jqlString, isEmptyAttrs;
var init_jira = __esm({
  "lib/core/sync/jira.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    import_node_crypto4 = require("node:crypto");
    init_lazy_deps();
    init_markdown();
    init_tracker();
    JIRA_LOOKUP_BOUND_MS = 5 * 6e4;
    FIELDS = ["summary", "description", "labels", "status", "updated", "project"];
    LABELS_PER_QUERY = 50;
    PAGE = 100;
    LABEL = /^extids-([0-9a-f]{16})-(\S+)$/;
    CANCELLED = /cancel|reject|decline|won'?t|abandon|obsolete|discard|invalid|duplicate/i;
    jiraLabel = (m) => `extids-${m.digest}-${m.task}`;
    htmlAsText = (markdown) => editTokens(markdown, (t) => t.type === "html" && !/^\s*(<!--|<adf>)/i.test(t.raw) ? t.raw.replace(/</g, "\\<") : void 0);
    Jira = class {
      o;
      name = "Jira";
      noun = TOOL_NOUN.jira;
      keyText(key) {
        return key;
      }
      lookupConsistency;
      conditionalUpdate = "checked";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      base;
      auth;
      constructor(o) {
        this.o = o;
        this.base = o.url.replace(/\/+$/, "");
        this.auth = `Basic ${Buffer.from(`${o.email}:${o.token}`).toString("base64")}`;
        this.lookupConsistency = { kind: "eventual", boundMs: o.lookupBoundMs ?? JIRA_LOOKUP_BOUND_MS };
      }
      /** GET /rest/api/3/myself ("Authentication"). */
      async verify() {
        const r = await this.request("GET", "/rest/api/3/myself");
        if (typeof r.json?.accountId !== "string")
          throw new TrackerError("auth", `Jira GET /rest/api/3/myself answered ${r.status} without an account: is "url" the site's base (https://YOUR-SITE.atlassian.net)?`, { status: r.status });
        let project;
        try {
          project = (await this.request("GET", `/rest/api/3/project/${encodeURIComponent(this.o.project)}`)).json;
        } catch (err) {
          if (!(err instanceof TrackerError) || err.kind !== "not-found")
            throw err;
          throw new TrackerError("other", `Jira has no project ${this.o.project} these credentials can see: set "tools": {"jira": {"key": \u2026}} to the key of a project the account can create issues in`, { status: 404 });
        }
        const types = (project?.issueTypes ?? []).map((t) => String(t.name));
        if (types.length && !types.includes(this.o.issueType))
          throw new TrackerError("other", `Jira project ${this.o.project} has no issue type "${this.o.issueType}" (it has ${types.map((t) => `"${t}"`).join(", ")}): set "tools": {"jira": {"issueType": \u2026}}`);
      }
      /** POST /rest/api/3/issue once; 201 `{id, key, self}` ("Create an issue"). */
      async create(content, marker) {
        const r = await this.request("POST", "/rest/api/3/issue", {
          fields: {
            project: { key: this.o.project },
            issuetype: { name: this.o.issueType },
            summary: summaryOf(content.title),
            description: markdownToJiraDoc(content.body),
            labels: [jiraLabel(marker)]
          }
        });
        const { id, key } = r.json ?? {};
        if (typeof id !== "string" || typeof key !== "string")
          throw new TrackerError("unknown-outcome", `Jira POST /rest/api/3/issue answered ${r.status} without an issue key`, { status: r.status });
        return { id, key, url: this.browse(key) };
      }
      /** GET /rest/api/3/issue/{id or key}: by id, a moved issue answers with its current key. */
      async get(ref) {
        return (await this.read(ref)).item;
      }
      async read(ref) {
        const q = new URLSearchParams({ fields: FIELDS.join(",") });
        const r = await this.request("GET", `${this.issuePath(ref)}?${q}`);
        return this.parse(r.json);
      }
      /**
       * PUT /rest/api/3/issue/{id}?returnIssue=true (200 with the issue, "Edit an issue"); with
       * `ifVersion`, a GET of `fields.updated` first, and `stale` when it moved.
       */
      async update(ref, content, opts = {}) {
        if (opts.ifVersion !== void 0)
          this.unchanged(await this.get(ref), opts.ifVersion);
        const fields = {};
        if (content.title !== void 0)
          fields.summary = summaryOf(content.title);
        if (content.body !== void 0)
          fields.description = markdownToJiraDoc(content.body);
        const r = await this.request("PUT", `${this.issuePath(ref)}?returnIssue=true`, { fields });
        const f = r.json?.fields;
        return f?.updated && f.status ? this.parse(r.json).item : this.get(ref);
      }
      /**
       * To a status of `target`'s category, through the transitions the workflow offers now (GET
       * …/transitions; POST performs one, 204), chosen by the destination's category, never by name:
       * `new` (else `indeterminate`) for todo; `done` for done and removed, removed preferring a
       * status whose name says the work was dropped (`Won't Do`, `Rejected`…), done the others.
       * Without a direct way, one step through an `indeterminate` status (from a closed status,
       * through the open one it offers). An issue already open (todo) or closed (done, removed) is
       * left alone: moving between done statuses would run the workflow back and forth in front of
       * the team for no change of substance.
       */
      async transition(ref, target, opts = {}) {
        let { item, statusName } = await this.read(ref);
        if (opts.ifVersion !== void 0)
          this.unchanged(item, opts.ifVersion);
        for (let step = 0; step < 4; step++) {
          if (reachedState(item.state, target))
            return item;
          const path = `${this.issuePath(item)}/transitions`;
          const list2 = (await this.request("GET", path)).json?.transitions ?? [];
          const closing = target !== "todo";
          const via = chooseTransition(list2, target) ?? (closing && item.state !== "in-progress" ? byCategory(list2, "indeterminate")[0] ?? (item.state === "todo" ? void 0 : byCategory(list2, "new")[0]) : void 0) ?? (closing ? chooseTransition(list2, target === "done" ? "removed" : "done") : void 0);
          if (!via)
            throw new TrackerError("other", `Jira issue ${item.key} is in status "${statusName}" and its workflow offers no transition towards a ${closing ? "Done" : "To Do"} status (${list2.map((t) => `"${t.name}"`).join(", ") || "none"})`);
          await this.request("POST", path, { transition: { id: via.id } });
          ({ item, statusName } = await this.read(item));
        }
        if (reachedState(item.state, target))
          return item;
        throw new TrackerError("other", `Jira issue ${item.key} did not reach a ${target} status through its workflow (now "${statusName}")`);
      }
      /**
       * POST /rest/api/3/search/jql with `labels in (…)`, every page ("Search"): eventually
       * consistent ("Search consistency"); no project clause, so an issue moved to another project
       * is found too. `since` narrows nothing here (the label query is already narrow).
       */
      async lookup(markers) {
        const out = [];
        for (let i = 0; i < markers.length; i += LABELS_PER_QUERY) {
          const labels = markers.slice(i, i + LABELS_PER_QUERY).map((m) => jqlString(jiraLabel(m)));
          const jql = `labels in (${labels.join(", ")}) ORDER BY created ASC`;
          let next;
          do {
            const r = await this.request("POST", "/rest/api/3/search/jql", {
              jql,
              fields: FIELDS,
              maxResults: PAGE,
              ...next ? { nextPageToken: next } : {}
            });
            const page = r.json;
            if (!Array.isArray(page?.issues))
              throw new TrackerError("unknown-outcome", `Jira POST /rest/api/3/search/jql answered ${r.status} without a list of issues`, { status: r.status });
            for (const it of page.issues)
              out.push(this.parse(it).item);
            next = page.isLast === false && page.nextPageToken ? page.nextPageToken : void 0;
          } while (next);
        }
        return out;
      }
      /** The summary as sent (`summaryOf`), the description as JSON of its ADF, keys sorted. */
      render(content) {
        return { title: summaryOf(content.title), body: sortedJson(markdownToJiraDoc(content.body)) };
      }
      /** Throws `stale` when `item` changed since the version extids read ("Edit an issue"). */
      unchanged(item, version2) {
        if (item.version !== version2)
          throw new TrackerError("stale", `Jira issue ${item.key} was changed at ${item.version}, after extids read it (${version2}); nothing was written`);
      }
      browse(key) {
        return `${(this.o.browseUrl ?? this.base).replace(/\/+$/, "")}/browse/${encodeURIComponent(key)}`;
      }
      issuePath(ref) {
        return `/rest/api/3/issue/${encodeURIComponent(ref.id ?? ref.key)}`;
      }
      parse(v) {
        const o = v;
        if (typeof o?.id !== "string" || typeof o.key !== "string")
          throw new TrackerError("other", "Jira answered with something that is not an issue");
        const f = o.fields ?? {};
        const marker = (f.labels ?? []).map(markerOfLabel).find((m) => m !== void 0);
        const statusName = f.status?.name ?? "";
        const item = {
          id: o.id,
          key: o.key,
          url: this.browse(o.key),
          title: f.summary ?? "",
          body: f.description == null ? "" : sortedJson(f.description),
          state: stateOf2(f.status?.statusCategory?.key, statusName),
          version: f.updated ?? "",
          ...marker && { marker }
        };
        return { item, statusName };
      }
      async request(method, path, body) {
        const what = `Jira ${method} ${path.replace(/\?.*$/, "")}`;
        const isCreate = method === "POST" && path === "/rest/api/3/issue";
        this.requests++;
        const { res, text, json } = await sendOnce(this.o, `${this.base}${path}`, {
          method,
          headers: {
            accept: "application/json",
            authorization: this.auth,
            "user-agent": "extids",
            // "Not documented": always declare the body's type.
            ...body === void 0 ? {} : { "content-type": "application/json" }
          },
          body: body === void 0 ? void 0 : JSON.stringify(body)
        }, what);
        this.budget = budgetOf2(res.headers) ?? this.budget;
        if (res.ok && json === void 0 && text.trim() !== "")
          throw new TrackerError(isCreate ? "unknown-outcome" : "auth", `${what} answered ${res.status} with something that is not Jira's JSON (${res.headers.get("content-type") ?? "no content type"}): is "url" the site's base (https://YOUR-SITE.atlassian.net)?`, { status: res.status });
        if (res.ok)
          return { status: res.status, json, headers: res.headers };
        const retryAfterMs = waitOf2(res.headers, this.o.now());
        const reason = res.headers.get("ratelimit-reason") ?? void 0;
        const message = `${what} failed (${res.status}): ${errorText(json, text)}`;
        let kind;
        if (res.status === 429)
          kind = "rate-limited";
        else if (res.status >= 500)
          kind = !isCreate && retryAfterMs !== void 0 ? "rate-limited" : "unknown-outcome";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404)
          kind = "not-found";
        else if (res.status === 409)
          kind = "stale";
        else
          kind = "other";
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs },
          ...reason !== void 0 && { reason }
        });
      }
    };
    categoryOf = (t) => t.to?.statusCategory?.key;
    byCategory = (list2, key) => list2.filter((t) => categoryOf(t) === key);
    jqlString = (s) => `"${s.replace(/["\\]/g, "\\$&")}"`;
    isEmptyAttrs = (v) => !!v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).every((k) => k === "localId");
  }
});

// lib/core/sync/linear.js
function linearIssueId(m) {
  const s = m.digest + (0, import_node_crypto5.createHash)("sha256").update(CHECK_SALT + m.digest).digest("hex").slice(0, 14);
  const hex = `${s.slice(0, 12)}4${s.slice(12, 15)}8${s.slice(15, 30)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function markerDigestOfIssueId(id) {
  const hex = id.toLowerCase().replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/.test(hex) || hex[12] !== "4" || hex[16] !== "8")
    return void 0;
  const s = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
  const digest = s.slice(0, 16);
  const check = (0, import_node_crypto5.createHash)("sha256").update(CHECK_SALT + digest).digest("hex").slice(0, 14);
  return s.slice(16) === check ? digest : void 0;
}
function stateCategoryOf(type) {
  if (type === "completed")
    return "done";
  if (type === "canceled" || type === "duplicate")
    return "removed";
  if (type === "started")
    return "in-progress";
  return "todo";
}
function chooseState2(states, target) {
  const types = target === "done" ? ["completed"] : target === "removed" ? ["canceled"] : ["unstarted", "backlog", "triage"];
  for (const type of types) {
    const s = states.filter((x) => x.type === type).sort((a, b) => a.position - b.position)[0];
    if (s)
      return s;
  }
  return void 0;
}
function reached(state, target) {
  return target === "todo" ? state === "todo" || state === "in-progress" : state === target;
}
function titleOf3(title) {
  return title.replace(/\s+/g, " ").trim();
}
function kindOf(status, errors) {
  const codes = errors.map((e) => `${e.extensions?.code ?? ""} ${e.extensions?.type ?? ""}`.toLowerCase());
  if (codes.some((c) => /ratelimited/.test(c)))
    return "rate-limited";
  if (codes.some((c) => /authentication|forbidden/.test(c)))
    return "auth";
  if (errors.some((e) => /^entity not found/i.test(e.message ?? "")))
    return "not-found";
  if (codes.some((c) => /internal error|network error|lock timeout/.test(c)))
    return "unknown-outcome";
  if (status === 429)
    return "rate-limited";
  if (status === 401 || status === 403)
    return "auth";
  if (status >= 500 || status === 0)
    return "unknown-outcome";
  if (errors.length === 0 && status < 300)
    return "unknown-outcome";
  return "other";
}
function bucketsOf(h) {
  const bucket = (prefix) => ({
    limit: num(h, `${prefix}-limit`),
    remaining: num(h, `${prefix}-remaining`),
    reset: num(h, `${prefix}-reset`)
  });
  return [
    { name: "requests", b: bucket("x-ratelimit-requests"), need: 1 },
    { name: "complexity", b: bucket("x-ratelimit-complexity"), need: num(h, "x-complexity") ?? 1 },
    { name: "endpoint", b: bucket("x-ratelimit-endpoint-requests"), need: 1 }
  ].filter((x) => x.b.remaining !== void 0 || x.b.reset !== void 0);
}
function waitOf3(h, now) {
  const after = num(h, "retry-after");
  if (after !== void 0)
    return Math.max(0, after * 1e3);
  let wait;
  for (const { b, need } of bucketsOf(h)) {
    if (b.reset === void 0)
      continue;
    const untilWhole = Math.max(0, b.reset - now.getTime());
    const remaining2 = b.remaining ?? 0;
    if (remaining2 >= need)
      continue;
    const missing = (b.limit ?? remaining2 + need) - remaining2;
    const w = missing > 0 ? Math.ceil(untilWhole * (need - remaining2) / missing) : untilWhole;
    wait = Math.max(wait ?? 0, Math.min(untilWhole, w));
  }
  return wait;
}
function budgetOf3(h) {
  const all = bucketsOf(h);
  if (!all.length)
    return void 0;
  const share = (b) => b.remaining !== void 0 && b.limit ? b.remaining / b.limit : Number.POSITIVE_INFINITY;
  const tightest = [...all].sort((x, y) => share(x.b) - share(y.b))[0];
  const requests = all.filter((x) => x.name !== "complexity").map((x) => x.b.remaining).filter((r) => r !== void 0);
  return {
    ...requests.length && { remaining: Math.min(...requests) },
    ...tightest.b.reset !== void 0 && { resetAt: new Date(tightest.b.reset) },
    near: all.some((x) => share(x.b) < 0.2)
  };
}
function errorText2(errors, text) {
  const parts = errors.map((e) => {
    const text2 = e.extensions?.userPresentableMessage ?? e.message ?? "";
    return e.extensions?.code ? `${text2} (${e.extensions.code})` : text2;
  }).filter(Boolean);
  return parts.join("; ") || text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200) || "no message";
}
var import_node_crypto5, LINEAR_API_URL, ISSUE, PAGE2, DEFAULT_WAIT_MS, CHECK_SALT, UNREFUSED, Linear, num;
var init_linear = __esm({
  "lib/core/sync/linear.js"() {
    "use strict";
    init_import_meta_url();
    init_ids();
    import_node_crypto5 = require("node:crypto");
    init_tracker();
    LINEAR_API_URL = "https://api.linear.app/graphql";
    ISSUE = "id identifier title description url updatedAt state { id name type } team { id key }";
    PAGE2 = 50;
    DEFAULT_WAIT_MS = 6e4;
    CHECK_SALT = "extids\0linear\0";
    UNREFUSED = ["rate-limited", "auth", "unknown-outcome"];
    Linear = class {
      o;
      name = "Linear";
      noun = TOOL_NOUN.linear;
      keyText(key) {
        return key;
      }
      lookupConsistency = { kind: "consistent" };
      conditionalUpdate = "checked";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      url;
      auth;
      team;
      states = /* @__PURE__ */ new Map();
      /** Markers this adapter created or looked up, by digest: the id carries the digest, not the task. */
      known = /* @__PURE__ */ new Map();
      constructor(o) {
        this.o = o;
        this.url = o.url ?? LINEAR_API_URL;
        const key = o.apiKey.trim().replace(/^Bearer\s+/i, "");
        this.auth = key.startsWith("lin_oauth_") ? `Bearer ${key}` : key;
      }
      /**
       * The credentials work and see the team (`viewer { id }` and the team, one request): what
       * `--dry-run` checks, so a wrong team key fails there too.
       */
      async verify() {
        this.team = void 0;
        await this.teamOf();
      }
      /**
       * `issueCreate` once, with `id` = `linearIssueId(marker)` ("Creating an issue"). A refusal is
       * followed by `issue(id:)`: the issue that id names is what an earlier create made.
       */
      async create(content, marker) {
        this.known.set(marker.digest, marker);
        const id = linearIssueId(marker);
        const team = await this.teamOf();
        let data;
        try {
          data = await this.query("issueCreate", `mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE} } } }`, {
            input: {
              id,
              teamId: team.id,
              title: titleOf3(content.title),
              description: content.body
            }
          });
        } catch (err) {
          if (!(err instanceof TrackerError) || UNREFUSED.includes(err.kind))
            throw err;
          return this.alreadyCreated(id, err);
        }
        const issue2 = data.issueCreate?.issue;
        if (!data.issueCreate?.success || !issue2 || typeof issue2.identifier !== "string")
          throw new TrackerError("unknown-outcome", `Linear issueCreate answered without an issue (success: ${String(data.issueCreate?.success)})`);
        const item = this.parse(issue2);
        return { id: item.id, key: item.key, url: item.url, item };
      }
      /**
       * The issue a refused create's id names, or the refusal (as `other`: the create was refused,
       * whatever it said) when there is none.
       */
      async alreadyCreated(id, refusal2) {
        let item;
        try {
          item = await this.get({ id, key: id });
        } catch (err) {
          if (!(err instanceof TrackerError) || err.kind !== "not-found")
            throw err;
          throw refusal2.kind === "other" ? refusal2 : new TrackerError("other", refusal2.message, refusal2.info);
        }
        return { id: item.id, key: item.key, url: item.url, item };
      }
      /** `issue(id:)` by UUID (by the identifier only for an adopted key): the current identifier. */
      async get(ref) {
        return (await this.read(ref)).item;
      }
      /** The issue and its team's id (a moved issue's states are its new team's). */
      async read(ref) {
        const data = await this.query("issue", `query Issue($id: String!) { issue(id: $id) { ${ISSUE} } }`, { id: ref.id ?? ref.key }, ref.key);
        if (!data.issue)
          throw this.missing(ref);
        return { item: this.parse(data.issue), teamId: data.issue.team?.id };
      }
      /** `issueUpdate` ("Reading and identifying issues"); with `ifVersion`, `updatedAt` read first. */
      async update(ref, content, opts = {}) {
        let target = ref;
        if (opts.ifVersion !== void 0) {
          const now = await this.get(ref);
          this.unchanged(now, opts.ifVersion);
          target = now;
        }
        const input = {};
        if (content.title !== void 0)
          input.title = titleOf3(content.title);
        if (content.body !== void 0)
          input.description = content.body;
        return this.write(target, input);
      }
      /**
       * To a state of `target`'s type in the issue's own team (a moved issue has the other team's
       * states), whatever the team calls it (`chooseState`); an issue already there is left alone.
       */
      async transition(ref, target, opts = {}) {
        const { item, teamId } = await this.read(ref);
        if (opts.ifVersion !== void 0)
          this.unchanged(item, opts.ifVersion);
        if (reached(item.state, target))
          return item;
        const states = teamId ? await this.statesOf(teamId) : [];
        const to = chooseState2(states, target);
        if (!to)
          throw new TrackerError("other", `Linear issue ${item.key}: its team has no state of type ${target === "done" ? "completed" : target === "removed" ? "canceled" : "unstarted, backlog or triage"} (${states.map((s) => `"${s.name}" ${s.type}`).join(", ") || "none"})`);
        return this.write(item, { stateId: to.id });
      }
      /**
       * `issues(filter: {id: {in: […]}}, includeArchived: true)` by the ids the markers name, 50 at
       * a time, every page: consistent (see the header). `since` narrows nothing (ids are exact).
       */
      async lookup(markers) {
        for (const m of markers)
          this.known.set(m.digest, m);
        const out = [];
        for (let i = 0; i < markers.length; i += PAGE2) {
          const ids = markers.slice(i, i + PAGE2).map(linearIssueId);
          let after;
          do {
            const data = await this.query("issues", `query Lookup($ids: [ID!], $first: Int, $after: String) { issues(filter: { id: { in: $ids } }, first: $first, after: $after, includeArchived: true) { nodes { ${ISSUE} } pageInfo { hasNextPage endCursor } } }`, { ids, first: PAGE2, ...after && { after } });
            if (!Array.isArray(data.issues?.nodes))
              throw new TrackerError("unknown-outcome", "Linear issues answered without a list of issues");
            for (const it of data.issues.nodes)
              out.push(this.parse(it));
            const page = data.issues?.pageInfo;
            after = page?.hasNextPage && page.endCursor ? page.endCursor : void 0;
          } while (after);
        }
        return out;
      }
      /** The title on one line; the description is the task's markdown as it is. */
      render(content) {
        return { title: titleOf3(content.title), body: content.body };
      }
      /**
       * The team the configured key names, with its id and states (`teams(filter: {key: {eq}})`,
       * "Teams, workflow states"), read once.
       */
      teamOf() {
        this.team ??= this.query("team", `query Team($key: String!) { viewer { id } teams(filter: { key: { eq: $key } }, first: 1) { nodes { id key states(first: 50) { nodes { id name type position } } } } }`, { key: this.o.team }, this.o.team).then((data) => {
          const t = data.teams?.nodes?.[0];
          if (!t)
            throw new TrackerError("other", `Linear has no team with the key "${this.o.team}" that these credentials can see`);
          this.states.set(t.id, Promise.resolve(t.states?.nodes ?? []));
          return { id: t.id, key: t.key };
        }, (err) => {
          this.team = void 0;
          throw err;
        });
        return this.team;
      }
      /** A team's workflow states, read once per team (`team(id:) { states }`). */
      statesOf(teamId) {
        let p = this.states.get(teamId);
        if (!p) {
          p = this.query("team", `query States($id: String!) { team(id: $id) { states(first: 50) { nodes { id name type position } } } }`, { id: teamId }).then((d) => d.team?.states?.nodes ?? []);
          p.catch(() => this.states.delete(teamId));
          this.states.set(teamId, p);
        }
        return p;
      }
      async write(ref, input) {
        const data = await this.query("issueUpdate", `mutation Update($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { ${ISSUE} } } }`, { id: ref.id ?? ref.key, input }, ref.key);
        if (data.issueUpdate?.success === false)
          throw new TrackerError("other", `Linear issueUpdate of ${ref.key} answered success: false`);
        const issue2 = data.issueUpdate?.issue;
        return issue2 ? this.parse(issue2) : this.get(ref);
      }
      /** Throws `stale` when `item` changed since the version extids read. */
      unchanged(item, version2) {
        if (item.version !== version2)
          throw new TrackerError("stale", `Linear issue ${item.key} was changed at ${item.version}, after extids read it (${version2}); nothing was written`);
      }
      missing(ref) {
        return new TrackerError("not-found", `Linear has no issue ${ref.key}${ref.id && ref.id !== ref.key ? ` (${ref.id})` : ""}`);
      }
      parse(v) {
        if (typeof v?.id !== "string" || typeof v.identifier !== "string")
          throw new TrackerError("other", "Linear answered with something that is not an issue");
        const digest = markerDigestOfIssueId(v.id);
        const marker = digest ? this.known.get(digest) ?? { digest, task: "" } : void 0;
        return {
          id: v.id,
          key: v.identifier,
          url: v.url ?? "",
          title: v.title ?? "",
          body: v.description ?? "",
          state: stateCategoryOf(v.state?.type),
          version: v.updatedAt ?? "",
          ...marker && { marker }
        };
      }
      /** One GraphQL request; `field` is the root field, for messages. */
      async query(field, query, variables, subject) {
        const what = `Linear ${field}${subject ? ` ${subject}` : ""}`;
        this.requests++;
        const answer = await sendOnce(this.o, this.url, {
          method: "POST",
          headers: {
            accept: "application/json",
            "content-type": "application/json",
            authorization: this.auth,
            "user-agent": "extids"
          },
          body: JSON.stringify({ query, ...variables && { variables } })
        }, what);
        const { res, text } = answer;
        const json = answer.json;
        this.budget = budgetOf3(res.headers) ?? this.budget;
        const errors = Array.isArray(json?.errors) ? json.errors : [];
        if (res.ok && errors.length === 0 && json?.data && typeof json.data === "object")
          return json.data;
        const message = `${what} failed (${res.status}): ${errorText2(errors, text)}`;
        const kind = kindOf(res.status, errors);
        const retryAfterMs = kind === "rate-limited" ? waitOf3(res.headers, this.o.now()) ?? DEFAULT_WAIT_MS : void 0;
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs }
        });
      }
    };
    num = (h, name) => {
      const v = h.get(name);
      return v !== null && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : void 0;
    };
  }
});

// lib/core/sync/trackers.js
function required2(row, vars, name) {
  const v = vars[name];
  if (!v)
    throw new ExtidsError("SYNC_REFUSED", `${name} is not set: ${TOOL_LABEL[row.tool]} sync needs ${row.variables[name]}`);
  return v;
}
var github, ms, jira, linear, azureDevOps, TRACKERS;
var init_trackers = __esm({
  "lib/core/sync/trackers.js"() {
    "use strict";
    init_import_meta_url();
    init_findings();
    init_ids();
    init_github();
    init_azure_devops();
    init_jira();
    init_linear();
    github = {
      tool: "github",
      variables: {
        GITHUB_TOKEN: "a token that may write issues (in a workflow: permissions: issues: write)",
        GITHUB_API_URL: "the REST API (default https://api.github.com; GitHub Enterprise sets it)"
      },
      build: ({ vars, repo, effects }) => new GitHubTracker({
        ...effects,
        apiUrl: vars.GITHUB_API_URL || "https://api.github.com",
        token: required2(github, vars, "GITHUB_TOKEN"),
        repo
      })
    };
    ms = (v) => v && /^\d+$/.test(v) ? Number(v) : void 0;
    jira = {
      tool: "jira",
      variables: {
        JIRA_EMAIL: "the Atlassian account email the API token belongs to",
        JIRA_API_TOKEN: "an API token of that account (id.atlassian.com \u2192 Security \u2192 API tokens)",
        EXTIDS_JIRA_LOOKUP_BOUND_MS: `how long Jira's search may lag behind a create (ms; default 300000, Atlassian's "seconds to minutes")`
      },
      build: ({ settings, vars, effects }) => {
        const c = settings.tools.jira ?? {};
        if (!c.url || !c.key)
          throw new ExtidsError("SYNC_REFUSED", 'Jira sync needs the site and the project: "tools": {"jira": {"mode": "sync", "key": "PROJ", "url": "https://acme.atlassian.net"}}');
        return new Jira({
          ...effects,
          url: c.url,
          project: c.key,
          issueType: c.issueType ?? "Task",
          email: required2(jira, vars, "JIRA_EMAIL"),
          token: required2(jira, vars, "JIRA_API_TOKEN"),
          lookupBoundMs: ms(vars.EXTIDS_JIRA_LOOKUP_BOUND_MS)
        });
      }
    };
    linear = {
      tool: "linear",
      variables: {
        LINEAR_API_KEY: "a personal API key (lin_api_\u2026) or an OAuth access token",
        LINEAR_API_URL: "the GraphQL endpoint (default https://api.linear.app/graphql)"
      },
      build: ({ settings, vars, effects }) => {
        const key = settings.tools.linear?.key;
        if (!key)
          throw new ExtidsError("SYNC_REFUSED", 'Linear sync needs the team: "tools": {"linear": {"mode": "sync", "key": "TEAM"}}');
        return new Linear({
          ...effects,
          team: key,
          apiKey: required2(linear, vars, "LINEAR_API_KEY"),
          ...vars.LINEAR_API_URL && { url: vars.LINEAR_API_URL }
        });
      }
    };
    azureDevOps = {
      tool: "azure_devops",
      variables: {
        AZURE_DEVOPS_TOKEN: "a personal access token (Work Items: Read & write), or a Pipelines System.AccessToken",
        AZURE_DEVOPS_URL: "the service (default https://dev.azure.com; the organisation is appended)",
        EXTIDS_AZURE_LOOKUP_BOUND_MS: "how long a WIQL query may lag behind a create (ms; default 300000)"
      },
      build: ({ settings, vars, effects }) => {
        const c = settings.tools.azure_devops ?? {};
        if (!c.org || !c.project)
          throw new ExtidsError("SYNC_REFUSED", 'Azure DevOps sync needs the organisation and project: "tools": {"azure_devops": {"mode": "sync", "org": "acme", "project": "Tasks", "type": "Task"}}');
        const token = required2(azureDevOps, vars, "AZURE_DEVOPS_TOKEN");
        return new AzureDevOps({
          ...effects,
          org: c.org,
          project: c.project,
          type: c.type ?? "Task",
          token,
          ...vars.AZURE_DEVOPS_URL && { url: vars.AZURE_DEVOPS_URL },
          lookupBoundMs: ms(vars.EXTIDS_AZURE_LOOKUP_BOUND_MS)
        });
      }
    };
    TRACKERS = {
      github,
      jira,
      linear,
      azure_devops: azureDevOps
    };
  }
});

// lib/core/commands/staged.js
var init_staged = __esm({
  "lib/core/commands/staged.js"() {
    "use strict";
    init_import_meta_url();
    init_config();
    init_diagnose();
    init_findings();
    init_ids();
    init_parse3();
    init_paths();
    init_links();
    init_tasks();
    init_diagnose();
    init_policy();
    init_state();
    init_store();
    init_assign();
    init_common();
  }
});

// lib/core/introduced.js
var init_introduced = __esm({
  "lib/core/introduced.js"() {
    "use strict";
    init_import_meta_url();
    init_git();
    init_policy();
    init_tasks();
  }
});

// lib/core/rewrite.js
var init_rewrite = __esm({
  "lib/core/rewrite.js"() {
    "use strict";
    init_import_meta_url();
    init_repair();
    init_config();
    init_git();
    init_diagnose();
    init_ids();
    init_parse3();
    init_paths();
  }
});

// lib/core/index.js
var init_core3 = __esm({
  "lib/core/index.js"() {
    "use strict";
    init_import_meta_url();
    init_validate();
    init_migrate2();
    init_repair();
    init_assign();
    init_lookup();
    init_next();
    init_start();
    init_sync();
    init_github();
    init_remote();
    init_trackers();
    init_links();
    init_staged();
    init_root();
    init_config();
    init_paths();
    init_findings();
    init_ids();
    init_schema();
    init_parse3();
    init_canonical();
    init_state();
    init_ledger();
    init_store();
    init_tasks();
    init_merge();
    init_seniority();
    init_git();
    init_introduced();
    init_rewrite();
  }
});

// lib/doors/env.js
function lockFromEnv(env, say) {
  return {
    timeoutMs: msFromEnv(env, "EXTIDS_LOCK_TIMEOUT_MS"),
    staleMs: msFromEnv(env, "EXTIDS_LOCK_STALE_MS"),
    onWait: say
  };
}
var msFromEnv;
var init_env = __esm({
  "lib/doors/env.js"() {
    "use strict";
    init_import_meta_url();
    msFromEnv = (env, name) => {
      const v = env[name];
      return v && /^\d+$/.test(v) ? Number(v) : void 0;
    };
  }
});

// lib/doors/render.js
function shownPath(p) {
  if (!p.match(CONTROL) && !p.startsWith('"'))
    return p;
  return `"${escapeControl(p.replace(/["\\]/g, "\\$&"))}"`;
}
function formatFinding(f, st) {
  const sev = f.severity === "error" ? st.red("error  ") : f.severity === "warning" ? st.yellow("warning") : st.dim("info   ");
  const loc = where(f);
  return `${loc ? `${loc}: ` : ""}${sev} ${st.dim(f.code)} ${escapeControl(f.message)}`;
}
function formatFindings(findings, st, verbose, cap = 10) {
  const lines = [];
  const shown = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    const n = shown.get(key) ?? 0;
    if (f.severity !== "error" && !verbose && n >= cap) {
      hidden.set(key, (hidden.get(key) ?? 0) + 1);
      continue;
    }
    shown.set(key, n + 1);
    lines.push(formatFinding(f, st));
  }
  for (const [key, n] of hidden) {
    const [sev, code] = key.split(" ");
    lines.push(st.dim(`\u2026 ${n} more ${code} ${sev}${n === 1 ? "" : "s"} (--verbose lists all)`));
  }
  return lines;
}
function summaryLine(r, st) {
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  const counts = `${plural(r.stats.mappings, "mapping")}, ${plural(r.stats.tasks, "task")}`;
  const issues = errors || warnings ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : "no problems";
  const mark = errors ? st.red("\u2716") : warnings ? st.yellow("\u26A0") : st.green("\u2714");
  return `${mark} ${r.command}${r.dryRun ? " (dry run)" : ""}: ${issues} \xB7 ${counts}`;
}
function describeChange(c, dryRun = false) {
  const [did, would] = phrases(c);
  return dryRun ? `would ${would}` : did;
}
function phrases(c) {
  const both = (past, base, rest) => [
    `${past} ${rest}`,
    `${base} ${rest}`
  ];
  switch (c.kind) {
    case "state-written":
      return {
        created: ["created", "create"],
        updated: ["updated", "update"],
        migrated: ["migrated to format 1.0", "migrate to format 1.0"],
        rebuilt: ["rebuilt", "rebuild"]
      }[c.how];
    case "original-kept":
      return c.why === "corrupt" ? both("quarantined", "quarantine", "the damaged original here") : both("kept", "keep", "the pre-migration original here");
    case "task-written":
      return both("wrote", "write", "external_ids");
    case "mapping-rebuilt": {
      const [own2, ...more] = c.sources;
      const from = c.sources.length ? [
        own2.name,
        ...more.map((s) => `${s.name} (${s.added} more mapping${s.added === 1 ? "" : "s"})`)
      ] : ["nothing: no source had its data"];
      return both("rebuilt", "rebuild", `it from ${list(from)}`);
    }
    case "mapping-restored":
      return both("restored", "restore", `the missing file from ${list(c.sources)}`);
    case "source-disagreed":
      return both("kept", "keep", `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.kept}; ${c.source} had ${c.other}, which stays retired`);
    case "frontmatter-adopted":
      return both("took", "take", `${c.count} external ID${c.count === 1 ? "" : "s"} from task frontmatter that it lacked`);
    case "counter-raised":
      return both("raised", "raise", `the ${c.tool}${c.key ? ` ${c.key}` : ""} counter ${c.from} \u2192 ${c.to} (the highest number in use)`);
    case "counter-started":
      return both("started", "start", `the ${c.tool}${c.key ? ` ${c.key}` : ""} counter at ${c.to} (was ${c.from}): the next ID handed out is ${c.next}`);
    case "renumbered":
      return both("renumbered", "renumber", `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.from} \u2192 ${c.to} (${c.keptBy} holds ${c.from}: it was created first)`);
    case "frontmatter-aligned":
      return both("updated", "update", "external_ids to match the mapping file");
    case "duplicate-key-settled": {
      const at2 = (line) => line === void 0 ? "" : ` (line ${line})`;
      const dropped = c.dropped.map((d) => `${d.value}${at2(d.line)}`).join(", ");
      if (c.why === "same")
        return both("removed", "remove", `the repeat of ${c.key}${at2(c.dropped[0]?.line)}, which held the same value`);
      if (c.why === "highest")
        return both("kept", "keep", `${c.key} = ${c.kept}${at2(c.keptLine)}, the ${c.dropped.length > 1 ? "highest" : "higher"} value (a counter never goes backwards); the file also had ${dropped}`);
      return both("kept", "keep", `${c.key} = ${c.kept}${at2(c.keptLine)}, which the task's frontmatter agrees with; the file also had ${dropped}, which stays retired`);
    }
    case "link-settled": {
      const label = TOOL_LABEL[c.tool];
      const noun = c.tool === "github" ? "number" : "key";
      const item = (k) => k === void 0 ? "a broken link" : itemText(c.tool, k);
      const others = list(c.dropped.map((d) => `${item(d.key)} (line ${d.line})`));
      if (c.kept)
        return both("kept", "keep", c.mapped ? `${c.task}'s link to ${label} ${item(c.kept.key)} (line ${c.kept.line}), which the mapping file agrees with, and not the one to ${others}` : `${c.task}'s link to ${label} ${item(c.kept.key)} (line ${c.kept.line}), which its ${c.dropped.length > 1 ? "copies on lines" : "copy on line"} ${list(c.dropped.map((d) => String(d.line)))} ${c.dropped.length > 1 ? "name" : "names"} too; the mapping file has no ${label} ${noun} for it, and the next \`extids sync\` records this one`);
      return both("dropped", "drop", c.mapped ? `${c.task}'s ${label} links to ${others}: the mapping file agrees with none; the next \`extids sync\` links it again from the mapping's ${noun}` : `${c.task}'s ${label} links to ${others}: they disagree, and the mapping file has no ${label} ${noun} for it; the next \`extids sync\` links it again from the task's ${noun}, \`extids sync --rebuild-links\` from the markers`);
    }
    case "links-restarted":
      return both("started", "start", "it empty, as its content could not be read; the next `extids sync` links each task again from the mapping's numbers");
    case "canonical-rewrite":
      return both("rewrote", "rewrite", "it in the canonical layout (data unchanged)");
    case "migrated":
      return [`migrated: ${c.steps.join("; ")}`, `migrate: ${c.steps.join("; ")}`];
    case "counters-rebuilt":
      return both("rebuilt", "rebuild", `it from ${c.fromSurvivors ? "the surviving counters and " : ""}the highest numbers in use`);
    case "counters-created":
      return both("created", "create", "it from the highest numbers in use");
    case "config-created":
      return both("wrote", "write", c.tools.length ? `a starter config tracking ${list(c.tools)}` : 'a starter config: add your tools under "tools", e.g. {"jira": {"key": "PROJ"}, "github": {}}');
    case "config-tools-set":
      return both("set", "set", `tools to ${list(c.tools)} (was ${c.before.length ? list(c.before) : "none"})`);
    case "lines-added":
      return c.purpose === "ignore" ? both("added", "add", c.lines.join(" ")) : both("registered", "register", "the extids merge driver for the state files");
    case "git-config-set":
      return both("set", "set", `${c.key} = ${c.value}`);
    case "hook-installed":
      return c.how === "created" ? both("created", "create", `the ${c.file.split("/").pop()} hook`) : c.how === "updated" ? both("updated", "update", "the extids hook to this version's script") : both("added", "add", "the extids hook");
    case "prepare-script":
      return c.how === "added" ? both("added", "add", `"prepare": "${c.wanted}" ${EVERY_CLONE}`) : c.how === "updated" ? both("set", "set", `"prepare": "${c.wanted}" (was "${c.current}") ${EVERY_CLONE}`) : both("left", "leave", `"prepare": "${c.current}" alone (init extends only plain && chains); make it also run \`${c.wanted}\` ${EVERY_CLONE}`);
  }
}
function nextLines(n, st) {
  const steps = [];
  const some = (xs, max = 3) => xs.slice(0, max).join(", ") + (xs.length > max ? ` and ${xs.length - max} more` : "");
  if (n.damaged)
    steps.push(`validate found errors (above) in what would be committed: ${st.bold("npx extids repair --dry-run")} to see the fix, then ${st.bold("npx extids repair")}, and ${st.bold("npx extids validate")} until it is clean`);
  if (n.noTools)
    steps.push(`name the trackers you use: ${st.bold("npx extids init --tools jira:PROJ,github")} (keys are yours)`);
  if (n.counterMode.length) {
    const keyed = n.unstarted.find((t) => t.includes(":")) ?? n.unstarted[0];
    steps.push(`${list(n.counterMode)} ${n.counterMode.length === 1 ? "is" : "are"} in counter mode: the IDs extids hands out are predictions of the tracker's numbers${keyed ? `, counted from 1. If the tracker already has items, start above them before assigning: ${st.bold(`npx extids init --start ${keyed}=58`)} (58: one more than the highest number the tracker used)` : ""}`);
  }
  for (const t of n.canSync)
    steps.push(`${t} numbers issues and pull requests together, so a predicted number can name someone else's: put it in sync mode instead, "${t}": { "mode": "sync" } in .claude/extids.json, then ${st.bold("GITHUB_TOKEN=\u2026 npx extids sync --dry-run")} (README, "Sync mode")`);
  if (n.notTasks.length)
    steps.push(`${plural(n.notTasks.length, "file")} under the tasks directory ${n.notTasks.length === 1 ? "is not a task" : "are not tasks"} (${some(n.notTasks)}): to stop the warnings, set "exclude": ${JSON.stringify(n.exclude)} in .claude/extids.json`);
  if (n.unassigned.length)
    steps.push(`${plural(n.unassigned.length, "task")} ${n.unassigned.length === 1 ? "has" : "have"} no external IDs yet: ${st.bold("npx extids assign --all --dry-run")} to see them, then ${st.bold("npx extids assign --all")}`);
  if (n.pending.length)
    steps.push(`${plural(n.pending.length, "task")} wait${n.pending.length === 1 ? "s" : ""} for a tracker item: ${st.bold("npx extids sync --dry-run")}`);
  if (n.commit.length)
    steps.push(`${n.damaged ? "once validate is clean, " : ""}commit the set-up, so every clone gets it with npm ci: ${st.bold(`git add ${n.commit.join(" ")} && git commit -m "Set up extids"`)}; from then on the pre-commit hook gives every new task its IDs`);
  return ["Next:", ...steps.map((s, i) => `  ${i + 1}. ${s}`)];
}
var plain, noStyle, sgr, ansiStyle, C_ESCAPES, CONTROL, escapeControl, where, plural, list, EVERY_CLONE, changeLines, jsonReport;
var init_render = __esm({
  "lib/doors/render.js"() {
    "use strict";
    init_import_meta_url();
    init_core3();
    plain = (s) => s;
    noStyle = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
    sgr = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
    ansiStyle = {
      red: sgr(31, 39),
      yellow: sgr(33, 39),
      green: sgr(32, 39),
      dim: sgr(2, 22),
      bold: sgr(1, 22)
    };
    C_ESCAPES = {
      "\x07": "\\a",
      "\b": "\\b",
      "	": "\\t",
      "\n": "\\n",
      "\v": "\\v",
      "\f": "\\f",
      "\r": "\\r"
    };
    CONTROL = /[\x00-\x1f\x7f]/g;
    escapeControl = (s) => s.replace(CONTROL, (c) => C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`);
    where = (f) => f.file ? `${shownPath(f.file)}${f.line ? `:${f.line}` : ""}${f.line && f.column ? `:${f.column}` : ""}` : "";
    plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    list = (xs) => xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
    EVERY_CLONE = "so every clone's npm ci installs the hooks and registers the merge driver";
    changeLines = (r) => r.changes.map((c) => `${c.file ? `${shownPath(c.file)}: ` : ""}${escapeControl(describeChange(c, r.dryRun))}`);
    jsonReport = (r) => ({
      ...r,
      changes: r.changes.map((c) => ({ ...c, action: describeChange(c, r.dryRun) }))
    });
  }
});

// lib/doors/sync.js
var sync_exports = {};
__export(sync_exports, {
  repoOf: () => repoOf,
  runSync: () => runSync,
  syncLines: () => syncLines,
  trackersFromEnv: () => trackersFromEnv
});
function repoOf(s, env, git) {
  const origin = parseRemote(git.configGet("remote.origin.url"));
  const repo = s.tools.github?.repo ?? (env.GITHUB_REPOSITORY?.trim() || origin?.repo);
  if (!repo)
    throw new ExtidsError("SYNC_REFUSED", 'which repository? the origin remote names none: set GITHUB_REPOSITORY, or "tools": {"github": {"repo": "owner/name"}}');
  const api = env.GITHUB_API_URL?.trim();
  const server = env.GITHUB_SERVER_URL?.trim() || (isSyncMode(s.tools, "github") ? serverOfApi(api || "https://api.github.com") : "");
  if (server)
    return {
      repo,
      web: { host: "github", base: `${server.replace(/\/+$/, "")}/${repo.toLowerCase()}` }
    };
  return { repo, web: origin?.repo.toLowerCase() === repo.toLowerCase() ? origin.web : void 0 };
}
function trackersFromEnv(s, env, repo, tools, signal) {
  const out = {};
  const refused = {};
  for (const tool of tools ?? TOOLS.filter((t) => isSyncMode(s.tools, t))) {
    const row = TRACKERS[tool];
    if (!row || !isSyncMode(s.tools, tool))
      continue;
    const vars = Object.fromEntries(Object.keys(row.variables).map((v) => [v, env[v]?.trim() || void 0]));
    try {
      out[tool] = build(row, s, vars, repo, env, signal);
    } catch (err) {
      if (!(err instanceof ExtidsError))
        throw err;
      refused[tool] = err;
    }
  }
  return { trackers: out, refused };
}
function build(row, s, vars, repo, env, signal) {
  return row.build({
    settings: s,
    vars,
    repo,
    effects: {
      fetch: globalThis.fetch,
      now: () => /* @__PURE__ */ new Date(),
      timeoutMs: msFromEnv(env, "EXTIDS_HTTP_TIMEOUT_MS"),
      signal
    }
  });
}
function refusedError(refused, built) {
  const errs = Object.values(refused);
  if (errs.length === 0)
    return void 0;
  const others = built.length ? ` (the others went on; \`--tools ${built.join(",")}\` syncs only them)` : "";
  return new ExtidsError("SYNC_REFUSED", `${errs.map((e) => e.message).join("; ")}${others}`);
}
async function runSync(s, env, o) {
  const stop = new AbortController();
  const onSignal = (signal) => {
    if (stop.signal.reason === signal)
      process.exit(128 + (signal === "SIGINT" ? 2 : 15));
    if (!stop.signal.aborted)
      stop.abort(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const git = new Git(s.root, env);
    const { repo, web } = repoOf(s, env, git);
    const { trackers, refused } = trackersFromEnv(s, env, repo, o.tools, stop.signal);
    const built = Object.keys(trackers);
    const refusal2 = refusedError(refused, built);
    if (refusal2 && built.length === 0)
      throw refusal2;
    const target = o.dryRun ? git.upstream() ?? { remote: "origin", remoteBranch: "main", branch: void 0 } : syncTarget(git, { followUpstream: o.followUpstream });
    if ("note" in target && target.note)
      o.onStep?.(target.note);
    const { followUpstream: _, ...options } = o;
    const run = sync(s, {
      ...options,
      // A tracker that could not be built is left out; its refusal ends the run after the others.
      ...refusal2 && { tools: built },
      trackers,
      repo,
      web,
      git,
      remote: target.remote,
      remoteBranch: target.remoteBranch,
      branch: target.branch,
      signal: stop.signal,
      // EXTIDS_SYNC_LEASE_MS: how long a run's intents hold without renewal (tests shorten it).
      leaseMs: o.leaseMs ?? msFromEnv(env, "EXTIDS_SYNC_LEASE_MS"),
      maxWaitMs: o.maxWaitMs ?? msFromEnv(env, "EXTIDS_RATE_LIMIT_MAX_WAIT_MS")
    });
    if (!refusal2)
      return await run;
    let report2;
    try {
      report2 = await run;
    } catch (err) {
      if (!(err instanceof SyncFailed))
        throw err;
      const both = new ExtidsError(err.code, `${refusal2.message}; ${err.message}`, {
        ...err.details,
        findings: []
        // the report's own are added again
      });
      throw new SyncFailed(both, err.report);
    }
    throw new SyncFailed(refusal2, report2);
  } finally {
    if (!stop.signal.aborted) {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  }
}
function syncLines(r, st, failed = false) {
  const tools = new Set([...r.plan, ...r.synced].map((x) => x.tool));
  const named = (tool, key) => tools.size > 1 ? `${TOOL_LABEL[tool]} ${keyText(tool, key)}` : keyText(tool, key);
  const done = new Map(r.synced.map((x) => [`${x.tool}:${x.task}`, x]));
  const planned = new Set(r.plan.map((p) => `${p.tool}:${p.task}`));
  const lines = [];
  for (const p of r.plan) {
    const d = done.get(`${p.tool}:${p.task}`);
    const what = p.action === "create" ? `create ${itemNoun(p.tool)}` : `${p.action} ${named(p.tool, p.key)}`;
    const predicted = p.recreates && p.replaces === void 0 ? ` (its ${TOOL_LABEL[p.tool]} item is still there: linked, not made again)` : p.replaces === void 0 ? "" : p.recreates ? r.dryRun ? ` (${keyText(p.tool, p.replaces)}'s item is gone, will be replaced)` : `, replacing ${keyText(p.tool, p.replaces)}, whose item was gone` : r.dryRun ? ` (${keyText(p.tool, p.replaces)} is predicted, will be replaced)` : d?.key === p.replaces ? ` (the key counter mode predicted, now the ${TOOL_LABEL[p.tool]} item's own)` : `, replacing the predicted ${keyText(p.tool, p.replaces)}`;
    if (r.dryRun && p.action === "held")
      lines.push(`${p.file}: would leave ${p.task} to another run (${p.why})`);
    else if (r.dryRun && p.action === "conflict")
      lines.push(`${p.file}: would leave ${keyText(p.tool, p.key)} as it is for ${p.task} (${p.why})`);
    else if (r.dryRun)
      lines.push(`${p.file}: would ${what} for ${p.task}${predicted}${p.why ? ` (${p.why})` : ""}`);
    else if (d && d.action in DONE)
      lines.push(`${p.file}: ${DONE[d.action]} ${st.bold(named(d.tool, d.key))} for ${p.task}${predicted}${movedNote(d)}`);
  }
  for (const d of r.synced)
    if (!planned.has(`${d.tool}:${d.task}`))
      lines.push(`linked ${st.bold(named(d.tool, d.key))} to ${d.task}`);
  if (!r.dryRun)
    lines.push(st.dim(`${r.requests} tracker request(s)`));
  if (r.plan.length === 0 && r.synced.length === 0 && !failed)
    lines.push("nothing to sync: every task in sync mode has its item, up to date");
  return lines;
}
var DONE, keyText, movedNote;
var init_sync2 = __esm({
  "lib/doors/sync.js"() {
    "use strict";
    init_import_meta_url();
    init_core3();
    init_env();
    DONE = {
      adopt: "adopted",
      create: "created",
      link: "linked",
      update: "updated",
      close: "closed",
      reopen: "reopened"
    };
    keyText = (tool, key) => tool === "github" ? `#${key}` : `${key}`;
    movedNote = (d) => d.was === void 0 ? "" : ` (${keyText(d.tool, d.was)} is now ${keyText(d.tool, d.key)}: moved in ${TOOL_LABEL[d.tool]}; the mapping, the task and the links now name ${keyText(d.tool, d.key)})`;
  }
});

// lib/doors/quote.js
function unwritablePath(path) {
  const bad = [...path].find((c) => c < " " || c === "\x7F");
  if (bad === void 0)
    return void 0;
  const name = bad === "\n" ? "a line break" : bad === "	" ? "a tab" : "a control character";
  return `${JSON.stringify(path)} contains ${name} (U+${bad.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}), which .gitignore and the hook scripts cannot hold`;
}
function literalPattern(dir, tail) {
  const pattern = dir.replace(/[*?[\]\\]/g, "\\$&").replace(/^[!#]/, "\\$&") + tail;
  return /\/./.test(pattern) ? pattern : `/${pattern}`;
}
function attributesField(pattern) {
  if (/^[\x21-\x7e]+$/.test(pattern) && !pattern.startsWith('"'))
    return pattern;
  return `"${pattern.replace(/["\\]/g, "\\$&")}"`;
}
var shellWord;
var init_quote = __esm({
  "lib/doors/quote.js"() {
    "use strict";
    init_import_meta_url();
    shellWord = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  }
});

// lib/hook/gate.js
function gatePathspecs(paths, links = true) {
  const inside = (p) => !p.startsWith("/") && !/^[A-Za-z]:/.test(p) && !/^\.\.(\/|$)/.test(p);
  if (!inside(paths.tasksDir) || !inside(paths.stateDir))
    return [":(literal)."];
  const state = (f) => paths.stateDir === "." ? f : `${paths.stateDir}/${f}`;
  const files2 = links ? [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE] : [MAPPING_FILE, COUNTERS_FILE];
  return [paths.tasksDir, ...files2.map(state), CONFIG_FILE].map((p) => `:(literal)${p}`);
}
function gated(paths, body) {
  const indented = body.replace(/^(?=.)/gm, "  ");
  return [
    "# Node starts only when git says one of these paths is staged (extids init writes them from",
    "# the config, and the hook refuses a commit that changes the config until they match it).",
    "if ! (unset GIT_LITERAL_PATHSPECS GIT_GLOB_PATHSPECS GIT_NOGLOB_PATHSPECS GIT_ICASE_PATHSPECS",
    ASK,
    pathsLine(paths),
    `${indented}fi
`
  ].join("\n");
}
function gateAt(script) {
  const lines = script.split(/\r?\n/);
  const ask = lines.indexOf(ASK);
  return { lines, at: ask === -1 ? -1 : ask + 1 };
}
function refreshGate(script, paths) {
  const { lines, at: at2 } = gateAt(script);
  if (at2 === -1 || lines[at2] === pathsLine(paths))
    return script;
  lines[at2] = pathsLine(paths);
  return lines.join(script.includes("\r\n") ? "\r\n" : "\n");
}
var ASK, pathsLine;
var init_gate = __esm({
  "lib/hook/gate.js"() {
    "use strict";
    init_import_meta_url();
    init_git();
    init_paths();
    init_quote();
    ASK = `  exec git ${STAGED_DIFF.join(" ")} --quiet -- \\`;
    pathsLine = (paths, links = true) => `    ${gatePathspecs(paths, links).map(shellWord).join(" ")}); then`;
  }
});

// lib/doors/clone.js
function registerMergeDriver(git, dryRun = false) {
  const now = git.configGet("merge.extids.driver");
  if (now === MERGE_DRIVER)
    return void 0;
  if (!dryRun) {
    git.configSet("merge.extids.name", MERGE_DRIVER_NAME);
    git.configSet("merge.extids.driver", MERGE_DRIVER);
  }
  return now === void 0 ? "registered" : "updated";
}
var CLONE_SETUP, PREPARE, NOT_INSTALLED, MERGE_DRIVER, MERGE_DRIVER_NAME;
var init_clone = __esm({
  "lib/doors/clone.js"() {
    "use strict";
    init_import_meta_url();
    init_quote();
    CLONE_SETUP = "extids init --clone";
    PREPARE = `husky && ${CLONE_SETUP}`;
    NOT_INSTALLED = [
      "extids: not installed in this clone (no node_modules/.bin/extids), so git merged ",
      " as plain text: resolve it, install the dependencies (npm ci), then run: npx extids repair"
    ];
    MERGE_DRIVER = `[ -x node_modules/.bin/extids ] && exec node_modules/.bin/extids merge-driver %O %A %B %P || { printf '%s\\n' ${shellWord(NOT_INSTALLED[0])}%P${shellWord(NOT_INSTALLED[1])} >&2; git merge-file -L ours -L base -L theirs %A %O %B; exit 1; }`;
    MERGE_DRIVER_NAME = "extids: three-way merge of external ID state";
  }
});

// lib/hook/old-scripts.js
var OLD_ADVICE;
var init_old_scripts = __esm({
  "lib/hook/old-scripts.js"() {
    "use strict";
    init_import_meta_url();
    OLD_ADVICE = /^([ \t]*)echo "extids: not installed here \(npm ci\), .*" >&2$/gm;
  }
});

// lib/hook/pre-commit.js
function quickPaths(root) {
  let stateDir = DEFAULT_STATE_DIR;
  let tasksDir = DEFAULT_TASKS_DIR;
  try {
    const c = JSON.parse((0, import_node_fs10.readFileSync)((0, import_node_path14.resolve)(root, CONFIG_FILE), "utf8"));
    if (typeof c.stateDir === "string")
      stateDir = c.stateDir;
    if (typeof c.tasksDir === "string")
      tasksDir = c.tasksDir;
  } catch {
  }
  const rel = (p) => relPath(root, p) || ".";
  const tasks = (0, import_node_path14.resolve)(root, tasksDir);
  const followed = followTasksDir(root, tasks);
  return {
    root,
    stateDir: rel((0, import_node_path14.resolve)(root, stateDir)),
    tasksDir: rel(followed ?? tasks),
    ...followed === void 0 && { tasksOutside: true }
  };
}
var import_node_fs10, import_node_path14;
var init_pre_commit = __esm({
  "lib/hook/pre-commit.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs10 = require("node:fs");
    import_node_path14 = require("node:path");
    init_git();
    init_id_lines();
    init_paths();
    init_gate();
    init_clone();
    init_old_scripts();
  }
});

// lib/cli/init.js
var init_exports = {};
__export(init_exports, {
  hookLine: () => hookLine,
  hookScript: () => hookScript,
  init: () => init,
  initClone: () => initClone,
  localDependencies: () => localDependencies
});
function ensureLines(file, header, lines, dryRun) {
  const text = (0, import_node_fs11.existsSync)(file) ? (0, import_node_fs11.readFileSync)(file, "utf8") : "";
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (missing.length && !dryRun) {
    const sep3 = text === "" || text.endsWith("\n") ? "" : "\n";
    (0, import_node_fs11.writeFileSync)(file, `${text}${sep3}${text ? "\n" : ""}${header}
${missing.join("\n")}
`);
  }
  return missing;
}
function huskyBin(root) {
  const local = (0, import_node_path15.join)(root, "node_modules", "husky", "bin.js");
  if ((0, import_node_fs11.existsSync)(local))
    return local;
  return (0, import_node_path15.join)((0, import_node_path15.dirname)((0, import_node_module.createRequire)(importMetaUrl).resolve("husky")), "bin.js");
}
async function init(root, opts = {}) {
  const dry = !!opts.dryRun;
  const changes = [];
  const findings = [];
  const git = new Git(root);
  if (!git.isRepository())
    throw new ExtidsError("NOT_A_REPOSITORY", `${root} is not a git repository; run \`git init\` first`);
  if (opts.starts)
    checkStarts(loadSettings(root, opts.tools ? { tools: opts.tools } : {}), opts.starts);
  const { stateDir, tasksDir } = quickPaths(root);
  refuseUnwritable({ stateDir, tasksDir });
  const configPath = (0, import_node_path15.join)(root, CONFIG_FILE);
  if (!(0, import_node_fs11.existsSync)(configPath)) {
    const config2 = {
      tools: opts.tools ?? {},
      stateDir: DEFAULT_STATE_DIR,
      tasksDir: DEFAULT_TASKS_DIR
    };
    if (!dry) {
      (0, import_node_fs11.mkdirSync)((0, import_node_path15.dirname)(configPath), { recursive: true });
      (0, import_node_fs11.writeFileSync)(configPath, JSON.stringify(config2, null, 2) + "\n");
    }
    changes.push({ kind: "config-created", file: CONFIG_FILE, tools: toolNames(config2.tools) });
  } else if (opts.tools) {
    const change = setTools(configPath, opts.tools, dry);
    if (change)
      changes.push(change);
    else
      findings.push(finding("info", "CONFIG_UNCHANGED", `already tracks ${toolNames(opts.tools).join(", ")}; left the config as it is`, { file: CONFIG_FILE }));
  }
  const s = loadSettings(root, (0, import_node_fs11.existsSync)(configPath) ? {} : { tools: opts.tools });
  const state = relPath(root, s.stateDir);
  const ignores = [
    literalPattern(state, "/.extids.lock/"),
    ".*.tmp-*",
    ...["/*.bak", "/*.corrupt-*", "/*.pre-migration-*"].map((tail) => literalPattern(state, tail))
  ];
  const addLines = (file, header, lines, purpose) => {
    const added = ensureLines((0, import_node_path15.join)(root, file), header, lines, dry);
    if (added.length)
      changes.push({ kind: "lines-added", file, lines: added, purpose });
  };
  addLines(".gitignore", "# extids: lock, temp, backup and quarantine files", ignores, "ignore");
  if (!git.ignores("node_modules/"))
    addLines(".gitignore", "# npm: installed packages", ["node_modules/"], "ignore");
  const attrs = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map((f) => `${attributesField(literalPattern(state, `/${f}`))} merge=extids`);
  addLines(".gitattributes", "# extids: three-way merge of the ID ledger", attrs, "merge-driver");
  changes.push(...driverChange(git, dry));
  const gatePaths = quickPaths(root);
  for (const name of Object.keys(HOOKS)) {
    const hookFile = (0, import_node_path15.join)(root, ".husky", name);
    const hookText = (0, import_node_fs11.existsSync)(hookFile) ? (0, import_node_fs11.readFileSync)(hookFile, "utf8") : "";
    const script = hookScript(name, gatePaths);
    let next;
    let how;
    if (!hookText)
      [next, how] = [script, "created"];
    else if (!hookText.includes(hookLine(name)))
      [next, how] = [`${hookText}${hookText.endsWith("\n") ? "" : "\n"}
${script}`, "appended"];
    else if ((next = upgradeHook(name, hookText, gatePaths)) !== hookText)
      how = "updated";
    else
      continue;
    if (!dry) {
      (0, import_node_fs11.mkdirSync)((0, import_node_path15.dirname)(hookFile), { recursive: true });
      (0, import_node_fs11.writeFileSync)(hookFile, next, { mode: 493 });
    }
    changes.push({ kind: "hook-installed", file: `.husky/${name}`, how });
  }
  if (git.configGet("core.hooksPath") !== ".husky/_") {
    if (!dry) {
      try {
        (0, import_node_child_process2.execFileSync)(process.execPath, [huskyBin(root)], {
          cwd: root,
          stdio: "pipe",
          env: { ...process.env, HUSKY: "" }
        });
      } catch (err) {
        throw new ExtidsError("WRITE_FAILED", `husky could not install the hooks: ${err.message}`);
      }
    }
    changes.push({
      kind: "git-config-set",
      file: ".git/config",
      key: "core.hooksPath",
      value: ".husky/_ (by husky)"
    });
  }
  changes.push(...prepareChange(root, dry));
  const after = () => loadSettings(root, (0, import_node_fs11.existsSync)(configPath) ? {} : { tools: opts.tools });
  if (opts.starts)
    changes.push(...await startCounters(after(), opts.starts, { dryRun: dry }));
  const validated = await validate2(after());
  return {
    // What validate says of the repository init leaves is init's result too: exit 1 on errors.
    ok: validated.ok,
    command: "init",
    dryRun: dry,
    findings: [...findings, ...validated.findings],
    changes,
    assigned: [],
    // What every command's summary counts, of the repository as init leaves it.
    stats: validated.stats,
    next: nextSteps(after(), validated.findings, toCommit(git, changes, dry))
  };
}
function initClone(root, opts = {}) {
  const changes = driverChange(new Git(root), !!opts.dryRun);
  const findings = [];
  return {
    ok: true,
    command: "init --clone",
    dryRun: opts.dryRun,
    findings,
    changes,
    assigned: [],
    stats: { mappings: 0, tasks: 0 }
  };
}
function driverChange(git, dry) {
  return registerMergeDriver(git, dry) ? [
    {
      kind: "git-config-set",
      file: ".git/config",
      key: "merge.extids.driver",
      value: MERGE_DRIVER
    }
  ] : [];
}
function refuseUnwritable(dirs) {
  for (const [key, dir] of Object.entries(dirs)) {
    const why = unwritablePath(dir);
    if (why)
      throw new ExtidsError("CONFIG_INVALID", `${key} ${why}; rename it in ${CONFIG_FILE}`, {
        file: CONFIG_FILE
      });
  }
}
function upgradeHook(name, text, paths) {
  let next = text;
  if (name === "pre-commit" && next.includes(UNGATED_PRE_COMMIT))
    next = next.replace(UNGATED_PRE_COMMIT, hookScript(name, paths));
  next = next.replace(OLD_ADVICE, (_, indent) => indent + adviceLine(name));
  return name === "pre-commit" ? refreshGate(next, paths) : next;
}
function prepareChange(root, dry) {
  const pkgPath = (0, import_node_path15.join)(root, "package.json");
  if (!(0, import_node_fs11.existsSync)(pkgPath))
    return [];
  const raw = (0, import_node_fs11.readFileSync)(pkgPath, "utf8");
  const pkg = JSON.parse(raw);
  const now = pkg.scripts?.prepare;
  const file = "package.json";
  if (now?.includes(CLONE_SETUP))
    return [];
  let next;
  if (!now?.trim() || now.trim() === "husky")
    next = PREPARE;
  else if (PLAIN_CHAIN.test(now))
    next = `${now.trimEnd()} && ${/(^|[\s&])husky(\s|&|$)/.test(now) ? CLONE_SETUP : PREPARE}`;
  else
    return [{ kind: "prepare-script", file, how: "left", current: now, wanted: PREPARE }];
  if (!dry) {
    (pkg.scripts ??= {}).prepare = next;
    (0, import_node_fs11.writeFileSync)(pkgPath, JSON.stringify(pkg, null, /\t/.test(raw) ? "	" : 2) + "\n");
  }
  return [
    { kind: "prepare-script", file, how: now ? "updated" : "added", current: now, wanted: next }
  ];
}
function localDependencies(root) {
  let pkg;
  try {
    pkg = JSON.parse((0, import_node_fs11.readFileSync)((0, import_node_path15.join)(root, "package.json"), "utf8"));
  } catch {
    return [];
  }
  const out = [];
  for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
    const deps = pkg[field];
    if (!deps || typeof deps !== "object")
      continue;
    for (const spec of Object.values(deps)) {
      if (typeof spec !== "string" || !spec.startsWith("file:"))
        continue;
      const path = (0, import_node_path15.resolve)(root, spec.slice("file:".length));
      if (isInside(root, path) && path !== root)
        out.push(relPath(root, path));
    }
  }
  return out;
}
function toCommit(git, changes, dry) {
  const files2 = changes.map((c) => c.file).filter((f) => f !== ".git/config");
  const shared = [
    ".claude",
    ".gitignore",
    ".gitattributes",
    ".husky",
    "package.json",
    "package-lock.json"
  ];
  const dirty = dry ? [] : git.changedPaths(shared);
  const top = (f) => f.startsWith(".claude/") || f.startsWith(".husky/") ? f.split("/")[0] : f;
  const local = localDependencies(git.cwd);
  return [...new Set([...files2, ...dirty].map(top).concat(local))].sort();
}
function setTools(configPath, tools, dry) {
  const raw = (0, import_node_fs11.readFileSync)(configPath, "utf8");
  let config2;
  try {
    config2 = JSON.parse(raw);
  } catch (err) {
    throw new ExtidsError("CONFIG_INVALID", `${CONFIG_FILE} is not valid JSON (${err.message}); fix it before \`init --tools\` can update it`, { file: CONFIG_FILE });
  }
  const before = toolNames(config2.tools ?? {});
  const after = toolNames(tools);
  if (JSON.stringify([...before].sort()) === JSON.stringify([...after].sort()))
    return void 0;
  if (!dry)
    (0, import_node_fs11.writeFileSync)(configPath, JSON.stringify({ ...config2, tools }, null, 2) + "\n");
  return { kind: "config-tools-set", file: CONFIG_FILE, tools: after, before };
}
var import_node_child_process2, import_node_fs11, import_node_path15, import_node_module, HOOKS, hookLine, runHook, adviceLine, onRebase, onPick, hookScript, UNGATED_PRE_COMMIT, PLAIN_CHAIN, toolNames;
var init_init = __esm({
  "lib/cli/init.js"() {
    "use strict";
    init_import_meta_url();
    import_node_child_process2 = require("node:child_process");
    import_node_fs11 = require("node:fs");
    import_node_path15 = require("node:path");
    import_node_module = require("node:module");
    init_core3();
    init_gate();
    init_clone();
    init_quote();
    init_pre_commit();
    init_old_scripts();
    HOOKS = {
      "pre-commit": {
        why: "give new tasks their external IDs, refuse broken state files",
        missing: "so the tasks and state files of this commit were not checked: install the dependencies (npm ci), then run: npx extids validate, and npx extids assign FILE for each new task it names"
      },
      "post-merge": {
        why: "finish a merge of the ID ledger (frontmatter and counters) in the merge commit",
        missing: "so the merged ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair"
      },
      "post-rewrite": {
        why: "finish the ID ledger (frontmatter and counters) in each commit a rebase replayed",
        missing: "so the rebased ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair"
      },
      "post-commit": {
        why: "finish the ID ledger (frontmatter and counters) in the commit a cherry-pick made",
        missing: "so the cherry-picked ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair, and commit what it wrote with git commit --amend"
      }
    };
    hookLine = (name) => `extids hook ${name}`;
    runHook = (name) => `if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook ${name}
else
  ${adviceLine(name)}
fi
`;
    adviceLine = (name) => `printf '%s\\n' ${shellWord(`extids: not installed in this clone (no node_modules/.bin/extids), ${HOOKS[name].missing}`)} >&2`;
    onRebase = (script) => `if [ "$1" = rebase ]; then
${script.replace(/^(?=.)/gm, "  ")}fi
`;
    onPick = (script) => `extids_git_dir=$(git rev-parse --git-dir)
if [ -f "$extids_git_dir/CHERRY_PICK_HEAD" ] && [ ! -d "$extids_git_dir/rebase-merge" ] && [ ! -d "$extids_git_dir/rebase-apply" ]; then
${script.replace(/^(?=.)/gm, "  ")}fi
`;
    hookScript = (name, paths) => `# extids: ${HOOKS[name].why}
${name === "pre-commit" ? gated(paths, runHook(name)) : name === "post-rewrite" ? onRebase(runHook(name)) : name === "post-commit" ? onPick(runHook(name)) : runHook(name)}`;
    UNGATED_PRE_COMMIT = `# extids: ${HOOKS["pre-commit"].why}
if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook pre-commit
else
  echo "extids: not installed here (npm ci), so task IDs were not checked" >&2
fi
`;
    PLAIN_CHAIN = /^\s*[\w@%+=:,./-]+(?:\s+[\w@%+=:,./-]+)*(?:\s*&&\s*[\w@%+=:,./-]+(?:\s+[\w@%+=:,./-]+)*)*\s*$/;
    toolNames = (tools) => Object.entries(tools).map(([t, c]) => c?.key ? `${t}:${c.key}` : t);
  }
});

// lib/cli/merge-driver.js
var merge_driver_exports = {};
__export(merge_driver_exports, {
  mergeDriverMain: () => mergeDriverMain
});
function readSides(a, label, parse2) {
  const side = (path, name) => {
    const text = readOr(path);
    return text === void 0 || text.trim() === "" ? void 0 : parse2(text, `${label} (${name})`);
  };
  return {
    base: side(a.base, "base"),
    ours: side(a.ours, "ours"),
    theirs: side(a.theirs, "theirs")
  };
}
function incomingCommit(env, git) {
  const head = git.query(["rev-parse", "HEAD"])?.trim();
  const named = Object.keys(env).map((k) => /^GITHEAD_([0-9a-f]{40,64})$/.exec(k)?.[1]).find((sha) => sha !== void 0 && sha !== head && git.verify(sha));
  return named ?? INCOMING.find((h) => git.verify(h));
}
function rebasePick(root, git) {
  const dir = git.query(["rev-parse", "--git-path", "rebase-merge"])?.trim();
  if (!dir)
    return void 0;
  let done;
  try {
    done = (0, import_node_fs12.readFileSync)((0, import_node_path16.resolve)(root, dir, "done"), "utf8");
  } catch {
    return void 0;
  }
  const last = done.split("\n").filter((l) => l.trim() && !l.startsWith("#")).at(-1);
  const sha = /^(?:p|pick|r|reword|e|edit|s|squash|f|fixup)\s+([0-9a-f]{7,64})\b/.exec(last ?? "")?.[1];
  return sha && git.verify(sha) ? sha : void 0;
}
async function mergeDriverMain(io, a) {
  const root = new Git(io.cwd).topLevel() ?? io.cwd;
  const git = new Git(root);
  const say = (s) => io.stderr.write(`extids merge-driver: ${s}
`);
  const now = isoStamp(/* @__PURE__ */ new Date());
  const conflict = (label2, why, after = "`extids repair` checks and fixes the rest") => {
    for (const w of why)
      say(w);
    say(`left ${label2} conflicted for a person; afterwards ${after}`);
    git.mergeFile(a.ours, a.base, a.theirs);
    return 1;
  };
  if ((a.path ?? "").endsWith(LINKS_FILE))
    return mergeLinksFile(a, say, conflict);
  const kind = (a.path ?? "").endsWith(COUNTERS_FILE) ? "counters" : "mapping";
  const label = a.path ?? a.ours;
  const sides = readSides(a, label, (text, name) => parseStateText(kind, text, name, now));
  const usable3 = (p) => p?.data !== void 0;
  for (const [name, p] of Object.entries(sides))
    if (p && !usable3(p))
      return conflict(label, [
        `the ${name} side cannot be read: ${p.findings.filter((f) => f.severity === "error").map((f) => f.message).join("; ")}`
      ]);
  if (!usable3(sides.ours) && !usable3(sides.theirs))
    return conflict(label, ["neither side has readable content"]);
  const picked = rebasePick(root, git);
  const incoming = picked ?? incomingCommit(io.env, git);
  const baseRev = incoming === void 0 ? void 0 : picked === void 0 && (incoming === "MERGE_HEAD" || /^[0-9a-f]+$/.test(incoming)) ? git.mergeBase("HEAD", incoming) : `${incoming}^`;
  let stateRel = DEFAULT_STATE_DIR;
  let tasksRel = DEFAULT_TASKS_DIR;
  try {
    const s = loadSettings(root);
    stateRel = relPath(root, s.stateDir);
    tasksRel = relPath(root, s.tasksDir);
  } catch {
  }
  const showOther = (k, rev) => {
    if (!rev)
      return void 0;
    const text = git.show(rev, `${stateRel}/${STATE_FILE[k]}`);
    return text === void 0 ? void 0 : parseStateText(k, text, k, now).data;
  };
  const m = (p) => p?.data?.mappings;
  const c = (p) => p?.data?.counters;
  let maps;
  let counters;
  if (kind === "mapping") {
    maps = { base: m(sides.base), ours: m(sides.ours) ?? {}, theirs: m(sides.theirs) ?? {} };
    counters = [showOther("counters", "HEAD"), showOther("counters", incoming)].map((d) => d?.counters ?? emptyCounters());
  } else {
    const mp = (rev) => showOther("mapping", rev)?.mappings;
    maps = { base: mp(baseRev), ours: mp("HEAD") ?? {}, theirs: mp(incoming) ?? {} };
    counters = [c(sides.ours), c(sides.theirs)].map((x) => x ?? emptyCounters());
  }
  const revs = ["HEAD", ...incoming ? [incoming] : []];
  const result2 = mergeState({
    ...maps,
    counters,
    seniority: seniorityFromCommits(root, revs, tasksRel)
  });
  if (result2.conflicts.length)
    return conflict(label, result2.conflicts.map(describeConflict));
  const files2 = mergedFiles(result2, sides.ours?.data ?? {}, sides.theirs?.data ?? {});
  (0, import_node_fs12.writeFileSync)(a.ours, canonicalJson(kind === "mapping" ? files2.mapping : files2.counters));
  if (kind === "mapping") {
    for (const n of result2.notes)
      say(describeNote(n));
    const when = finisher(picked !== void 0, io.env);
    for (const r of result2.renumbered)
      say(describeRenumbered(r, hooksOff(io.env), when));
  }
  return 0;
}
function mergeLinksFile(a, say, conflict) {
  const label = a.path ?? a.ours;
  const { base, ours, theirs } = readSides(a, label, parseLinksText);
  for (const [name, p] of Object.entries({ base, ours, theirs }))
    if (p && p.status !== "valid")
      return conflict(label, [`the ${name} side cannot be read: ${p.findings.map((f) => f.message).join("; ")}`], "`extids validate` checks it (or `extids sync --rebuild-links` rebuilds it)");
  const empty = { status: "missing", links: /* @__PURE__ */ Object.create(null), findings: [] };
  const merged = mergeLinks(base, ours ?? empty, theirs ?? empty);
  (0, import_node_fs12.writeFileSync)(a.ours, linksText(merged.links, merged.updated));
  for (const { task, tool } of merged.dropped)
    say(`${task}: both sides changed its ${TOOL_LABEL[tool]} link differently; left it out, the next \`extids sync\` reads the ${tool === "github" ? "issue" : "item"} and links it again`);
  return 0;
}
function finisher(rebase, env) {
  if (rebase)
    return "the rebase ends: then the extids post-rewrite hook updates it in each commit the rebase replayed";
  if (/^(merge|pull)\b/.test(env.GIT_REFLOG_ACTION ?? ""))
    return "the merge is committed: then the extids hook updates it in the merge commit (post-merge amends it; after a conflict or git merge --squash, pre-commit stages it into the commit you make)";
  return "the cherry-pick is committed: then the extids post-commit hook amends it into the cherry-picked commit (pre-commit stages it if the pick stops on a conflict and you commit)";
}
var import_node_fs12, import_node_path16, readOr, INCOMING, describeConflict, describeNote, hooksOff, describeRenumbered;
var init_merge_driver = __esm({
  "lib/cli/merge-driver.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs12 = require("node:fs");
    import_node_path16 = require("node:path");
    init_core3();
    readOr = (p) => {
      try {
        return (0, import_node_fs12.readFileSync)(p, "utf8");
      } catch {
        return void 0;
      }
    };
    INCOMING = ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REBASE_HEAD", "REVERT_HEAD"];
    describeConflict = (c) => `${c.task}: both sides changed ${TOOL_LABEL[c.tool]} ${c.was}, to ${c.values.join(" and ")}`;
    describeNote = (n) => n.kind === "took-change" ? `${n.task}: took ${TOOL_LABEL[n.tool]} ${n.value} from the side that changed it (was ${n.was})` : `${n.task} got ${TOOL_LABEL[n.tool]} ${n.kept} and ${n.retired} on the two sides; kept ${n.kept}, ${n.retired} stays retired`;
    hooksOff = (env) => env.EXTIDS_SKIP === "1" ? "EXTIDS_SKIP=1" : env.HUSKY === "0" ? "HUSKY=0" : void 0;
    describeRenumbered = (r, off, when) => `renumbered ${r.internalId}'s ${TOOL_LABEL[r.tool]} ${r.from} \u2192 ${r.to} (${r.keptBy} keeps ${r.from}: it was created first); its task file still says ${r.from}, ` + (off ? `and ${off} turns the extids hooks off here: after the merge, run npx extids repair and commit` : `until ${when}`);
  }
});

// lib/cli/main.js
var main_exports = {};
__export(main_exports, {
  main: () => main,
  settingsFrom: () => settingsFrom
});
module.exports = __toCommonJS(main_exports);
init_import_meta_url();

// node_modules/commander/esm.mjs
init_import_meta_url();
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// lib/cli/main.js
var import_node_path17 = require("node:path");
init_core3();
init_env();
init_render();

// lib/cli/version.js
init_import_meta_url();
var VERSION = "0.1.0";

// lib/cli/main.js
var EXAMPLES = {
  validate: "  $ extids validate\n  $ extids validate --json | jq .findings",
  migrate: "  $ extids migrate --dry-run\n  $ extids migrate",
  repair: "  $ extids repair --dry-run   # see what it would do\n  $ npx extids repair",
  assign: "  $ extids assign tasks/backlog/TASK-E01-b2c4-login.md\n  $ extids assign --all --dry-run",
  lookup: "  $ extids lookup TASK-E01-b2c4\n  $ extids lookup PROJ-456\n  $ extids lookup 234 --tool github",
  init: "  $ extids init --tools jira:PROJ,github\n  $ extids init --tools jira:PROJ --start jira:PROJ=58   # PROJ-1\u202657 exist already\n  $ extids init --clone   # in a teammate's clone: what prepare runs on npm ci",
  sync: [
    "  $ GITHUB_TOKEN=\u2026 extids sync --dry-run",
    "  $ JIRA_EMAIL=\u2026 JIRA_API_TOKEN=\u2026 extids sync --tools jira",
    "  $ LINEAR_API_KEY=\u2026 extids sync --tools linear --json",
    "  $ AZURE_DEVOPS_TOKEN=\u2026 extids sync --tools azure_devops --max-creates 40",
    "  $ GITHUB_TOKEN=\u2026 extids sync --rebuild-links",
    "  (each tool in sync mode reads its own variables; the README lists them)"
  ].join("\n")
};
function settingsFrom(io, g) {
  const top = g.root === void 0 ? new Git(io.cwd).topLevel() : void 0;
  const root = rootFrom(io, g) ?? top;
  if (!root)
    throw new ExtidsError("NOT_A_REPOSITORY", `${io.cwd} is not inside a git repository; run extids in your task repository, or pass --root DIR`);
  const s = loadSettings(root, {
    config: g.config,
    stateDir: g.stateDir,
    tasksDir: g.tasksDir,
    tools: g.tools ? parseToolList(g.tools) : void 0,
    rootGiven: g.root !== void 0
  });
  if (top)
    checkRoot(s, {}, top);
  else
    checkRoot(s);
  return s;
}
var syncJson = (r) => ({
  ...jsonReport(r),
  plan: r.plan,
  synced: r.synced,
  requests: r.requests
});
function rootFrom(io, g) {
  for (const [flag, v] of [
    ["--root", g.root],
    ["--config", g.config],
    ["--state-dir", g.stateDir],
    ["--tasks-dir", g.tasksDir]
  ])
    if (v !== void 0 && v.trim() === "")
      throw new ExtidsError("USAGE", `${flag} needs a path; "${v}" names none`);
  return g.root === void 0 ? void 0 : (0, import_node_path17.resolve)(io.cwd, g.root);
}
function progress(io, g) {
  if (g.json || !io.stderr.isTTY || io.env.CI)
    return void 0;
  let last = 0;
  return (phase, done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100)
      return;
    last = now;
    io.stderr.write(done < total ? `\r${phase} ${done}/${total}\u2026` : "\r\x1B[2K");
  };
}
async function main(io) {
  const st = io.stdout.isTTY && !io.env.NO_COLOR ? ansiStyle : noStyle;
  let exit = 0;
  let json = io.argv.includes("--json");
  let command = io.argv.find((a) => !a.startsWith("-")) ?? "";
  const print = (r, extra = []) => {
    if (json) {
      io.stdout.write(JSON.stringify(jsonReport(r), null, 2) + "\n");
    } else {
      const lines = [
        ...extra,
        ...formatFindings(r.findings, st, !!program2.opts().verbose)
      ];
      if (lines.length)
        io.stdout.write(lines.join("\n") + "\n");
      io.stdout.write(summaryLine(r, st) + "\n");
    }
    exit = r.ok ? 0 : 1;
  };
  const ctx = (cmd, toolsOverride = true) => {
    const g = cmd.optsWithGlobals();
    json = !!g.json;
    return {
      g,
      s: settingsFrom(io, toolsOverride ? g : { ...g, tools: void 0 }),
      o: {
        onProgress: progress(io, g),
        lock: lockFromEnv(io.env, (line) => io.stderr.write(`extids: ${line}
`))
      }
    };
  };
  const program2 = new Command("extids").description("Keeps the external-ID ledger of a markdown task repository (.claude/state) valid, migrated, repaired and mergeable.").version(VERSION, "-V, --version", "print the version").option("--root <dir>", "repository root (default: the git top-level of the working directory)").option("--config <file>", "config file (default: .claude/extids.json)").option("--state-dir <dir>", "state directory (default: .claude/state)").option("--tasks-dir <dir>", "tasks directory (default: tasks)").option("--tools <list>", "tools to track, overriding the config: jira:PROJ,linear:TEAM,github,azure_devops (for sync: which sync-mode tools to sync)").option("--json", "print one JSON report on stdout and nothing else").option("--verbose", "list every warning instead of the first ten of each kind").showHelpAfterError("(run with --help for usage)").configureHelp({ showGlobalOptions: true }).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).addHelpText("after", '\nExit codes: 0 fine \xB7 1 errors remain (or lookup found nothing) \xB7 2 could not run\nDocs: README.md, "Finding codes"');
  const sub = (name, description) => program2.command(name).description(description).addHelpText("after", EXAMPLES[name] ? `
Examples:
${EXAMPLES[name]}
` : "");
  sub("validate", "read-only check of the state files and tasks").action(async (_o, cmd) => {
    const { s, o } = ctx(cmd);
    print(await validate2(s, o));
  });
  const writing = (name, description, run) => sub(name, description).option("--dry-run", "say what would change and write nothing").action(async (opts, cmd) => {
    const { s, o } = ctx(cmd);
    const r = await run(s, { ...o, dryRun: opts.dryRun });
    print(r, changeLines(r));
  });
  writing("migrate", "upgrade older schema versions in place (the originals are kept)", migrate);
  writing("repair", "fix everything that can be fixed without a person, and say what it did", repair);
  sub("assign", "give external IDs to tasks that lack them, for every configured tool").argument("[files...]", "task files to assign").option("--all", "every task under the tasks directory that lacks IDs").option("--dry-run", "say which IDs would be given and write nothing").action(async (files2, opts, cmd) => {
    const { s, o } = ctx(cmd);
    const r = await assign(s, {
      ...o,
      all: opts.all,
      dryRun: opts.dryRun,
      files: files2.map((f) => (0, import_node_path17.resolve)(io.cwd, f))
    });
    const verb = r.dryRun ? "would assign" : "assigned";
    const lines = r.assigned.map((a) => `${shownPath(a.file)}: ${verb} ${a.tool} ${st.bold(a.externalId)} to ${a.task}`);
    if (!r.dryRun && r.changes.length)
      lines.push(st.dim(`wrote ${[...new Set(r.changes.map((c) => shownPath(c.file)))].join(", ")}`));
    if (!r.assigned.length && r.ok)
      lines.push("nothing to assign: every task named already has its IDs");
    print(r, lines);
  });
  sub("lookup", "internal ID \u2192 its external IDs; external ID \u2192 the internal ID").argument("<id>", "an internal ID (TASK-E01-b2c4) or an external ID (PROJ-456, 234)").addOption(new Option("--tool <tool>", "only this tool").choices([...TOOLS])).action((id, opts, cmd) => {
    const { s } = ctx(cmd);
    const r = lookup(s, id, opts.tool);
    if (json)
      io.stdout.write(JSON.stringify(r, null, 2) + "\n");
    else if (r.results.length)
      io.stdout.write(r.results.map((x) => `${x.internalId}  ${TOOLS.filter((t) => x.externalIds[t]).map((t) => `${t} ${x.externalIds[t]}`).join("  ")}`).join("\n") + "\n");
    else
      io.stdout.write(formatFindings(r.findings, st, true).join("\n") + "\n");
    exit = r.ok ? 0 : 1;
  });
  sub("sync", "create and update the real tracker items (GitHub, Jira, Linear, Azure DevOps) of tasks in sync mode, each exactly once").option("--dry-run", "print the plan and send no write request").option("--max-creates <n>", "refuse a plan that creates more items than this, in all trackers together", "25").option("--rebuild-links", `rebuild .claude/state/external_id_links.json from the items' markers`).option("--recreate <ids>", "tasks (TASK-1,TASK-2) whose item was deleted in the tracker: each gets a new one").action(async (opts, cmd) => {
    const { g, s, o } = ctx(cmd, false);
    const tools = g.tools ? parseToolNames(g.tools) : void 0;
    if (!/^\d+$/.test(opts.maxCreates))
      throw new ExtidsError("USAGE", `--max-creates must be a whole number (0 or more), not "${opts.maxCreates}"`);
    const recreate = opts.recreate?.split(",").map((id) => id.trim()).filter(Boolean);
    if (recreate?.length === 0)
      throw new ExtidsError("USAGE", "--recreate needs task IDs: --recreate TASK-1,TASK-2");
    const { runSync: runSync2, syncLines: syncLines2 } = await Promise.resolve().then(() => (init_sync2(), sync_exports));
    const r = await runSync2(s, io.env, {
      ...o,
      dryRun: opts.dryRun,
      maxCreates: Number(opts.maxCreates),
      rebuildLinks: opts.rebuildLinks,
      recreate,
      tools,
      onStep: json ? void 0 : (line) => io.stderr.write(`extids: ${line}
`)
    }).catch((err) => {
      if (err instanceof SyncFailed && !json) {
        const done = syncLines2(err.report, st, true);
        if (done.length)
          io.stdout.write(done.join("\n") + "\n");
      }
      throw err;
    });
    if (json) {
      io.stdout.write(JSON.stringify(syncJson(r), null, 2) + "\n");
      exit = r.ok ? 0 : 1;
    } else
      print(r, syncLines2(r, st));
  });
  sub("init", "set extids up in a repository: config, .gitignore, pre-commit hook, merge driver").option("--dry-run", "say what would change and write nothing").option("--clone", "only what a clone needs in its own .git/config (the merge driver); what `prepare` runs on npm ci").option("--start <list>", "counter mode: the first number to hand out per tool, above what the tracker already used (jira:PROJ=58,github=120)").action(async (opts, cmd) => {
    const g = cmd.optsWithGlobals();
    json = !!g.json;
    const root = rootFrom(io, g) ?? new Git(io.cwd).topLevel();
    if (!root && opts.clone) {
      io.stderr.write("extids: not in a git repository, so no merge driver to register\n");
      return;
    }
    if (opts.clone) {
      const { initClone: initClone2 } = await Promise.resolve().then(() => (init_init(), init_exports));
      const r2 = initClone2(root, { dryRun: opts.dryRun });
      if (json)
        return print(r2);
      const done = r2.changes.length ? `${r2.dryRun ? "would register" : "registered"} the merge driver of the ID ledger in this clone's .git/config (merge.extids.driver)` : "the merge driver of the ID ledger is registered in this clone's .git/config";
      io.stdout.write(`extids: ${done}
`);
      return;
    }
    if (!root)
      throw new ExtidsError("NOT_A_REPOSITORY", `${io.cwd} is not inside a git repository; run \`git init\` first or pass --root`);
    const own2 = { configFile: (0, import_node_path17.join)(root, CONFIG_FILE), stateDir: (0, import_node_path17.join)(root, DEFAULT_STATE_DIR) };
    checkTopLevel({ root, ...own2 }, new Git(root).topLevel());
    const { init: init2 } = await Promise.resolve().then(() => (init_init(), init_exports));
    const r = await init2(root, {
      tools: g.tools ? parseToolList(g.tools) : void 0,
      starts: opts.start === void 0 ? void 0 : parseStarts(opts.start),
      dryRun: opts.dryRun
    });
    print(r, changeLines(r));
    if (!json && r.next)
      io.stdout.write(nextLines(r.next, st).join("\n") + "\n");
  });
  sub("hook", "run a git hook: `extids hook pre-commit` is what .husky/pre-commit runs").argument("<name>", "pre-commit").allowUnknownOption().action(async () => {
    const { hookMain } = await Promise.resolve().then(() => __toESM(require("./hook.js"), 1));
    exit = await hookMain({ ...io, argv: io.argv.slice(io.argv.indexOf("hook")) });
  });
  sub("merge-driver", "git merge driver for the state files and the links file (set up by `extids init`)").argument("<base>", "%O: the common ancestor").argument("<ours>", "%A: our version; the result is written here").argument("<theirs>", "%B: their version").argument("[path]", "%P: the path in the repository").action(async (base, ours, theirs, path) => {
    const { mergeDriverMain: mergeDriverMain2 } = await Promise.resolve().then(() => (init_merge_driver(), merge_driver_exports));
    exit = await mergeDriverMain2(io, { base, ours, theirs, path });
  });
  try {
    await program2.parseAsync(io.argv, { from: "user" });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0)
        return 0;
      return 2;
    }
    const e = err instanceof ExtidsError ? err : void 0;
    const message = e ? e.message : `internal error: ${err?.stack ?? String(err)}`;
    command = program2.args[0] ?? command;
    const error2 = { code: e?.code ?? "INTERNAL", message };
    if (json)
      io.stdout.write(JSON.stringify(err instanceof SyncFailed ? { ...syncJson(err.report), ok: false, error: error2, findings: e.details.findings } : {
        ok: false,
        command,
        error: error2,
        findings: e?.details.findings ?? [],
        changes: [],
        assigned: []
      }, null, 2) + "\n");
    if (!json && e?.details.findings?.length)
      io.stderr.write(formatFindings(e.details.findings, st, true).join("\n") + "\n");
    io.stderr.write(`extids: ${message}
`);
    return e?.code === "STATE_INVALID" ? 1 : 2;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  settingsFrom
});

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// scripts/node-fs.cjs
var require_node_fs = __commonJS({
  "scripts/node-fs.cjs"(exports2, module2) {
    "use strict";
    module2.exports = require("node:fs");
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports2, module2) {
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
    module2.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports2, module2) {
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
      return (...args) => new Promise((resolve4, reject) => {
        args.push((err, result2) => {
          if (err) {
            reject(err);
          } else {
            resolve4(result2);
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
    var lockfile2 = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release);
    }
    function lockSync(file, options) {
      const release = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release);
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

// hook-core.js
var hook_core_exports = {};
__export(hook_core_exports, {
  concludeMerge: () => concludeMerge,
  finishMerge: () => finishMerge,
  finishPick: () => finishPick,
  finishRebase: () => finishRebase,
  runStaged: () => runStaged,
  settingsProblem: () => settingsProblem
});
module.exports = __toCommonJS(hook_core_exports);

// lib/hook/staged.js
var import_node_fs7 = require("node:fs");
var import_node_path11 = require("node:path");

// lib/core/commands/validate.js
var import_node_path8 = require("node:path");

// lib/core/config.js
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

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
var Cached = class {
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
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
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
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
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
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
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
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
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
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
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
var highSurrogate = /[\uD800-\uDBFF]/;
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
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
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

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
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
  function init(inst, def) {
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
    init(inst, def);
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
  Object.defineProperty(_, "init", { value: init });
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
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
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
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
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
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
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
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result2 = schema._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
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
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result2 = schema._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
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
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
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
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
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

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
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
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
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
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
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
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
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
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
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
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
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
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result2, final, index) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index, result2.issues));
  }
  final.value[index] = result2.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
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
var NO_SYMBOL_KEYS = [];
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
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
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
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
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
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
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
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
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

// node_modules/zod/v4/locales/en.js
var error = () => {
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
function en_default() {
  return {
    localeError: error()
  };
}

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

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// lib/core/ids.js
var TOOLS = ["azure_devops", "github", "jira", "linear"];
var KEYED_TOOLS = ["jira", "linear"];
var isTool = (s) => TOOLS.includes(s);
var isKeyedTool = (t) => t === "jira" || t === "linear";
var PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
var KEYED_EXTERNAL_ID = /^([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,14})$/;
var NUMERIC_EXTERNAL_ID = /^[1-9][0-9]{0,14}$/;
var EXTERNAL_ID_PATTERN = {
  azure_devops: NUMERIC_EXTERNAL_ID,
  github: NUMERIC_EXTERNAL_ID,
  jira: KEYED_EXTERNAL_ID,
  linear: KEYED_EXTERNAL_ID
};
var DEFAULT_ID_PREFIXES = ["TASK", "EPIC", "FEAT", "DOC", "REV"];
function internalIdPattern(prefixes = DEFAULT_ID_PREFIXES) {
  const alt = prefixes.map((p) => p.replace(/[^A-Za-z0-9_]/g, "")).join("|");
  const part = "[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*";
  return new RegExp(`^(?:${alt})-${part}(?:-${part})*$`);
}
var DEFAULT_INTERNAL_ID = internalIdPattern();
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
var TOOL_LABEL = {
  azure_devops: "Azure DevOps",
  github: "GitHub",
  jira: "Jira",
  linear: "Linear"
};
var TOOL_ALIASES = {
  ado: "azure_devops",
  azure: "azure_devops",
  azuredevops: "azure_devops",
  gh: "github"
};
function normalizeToolName(name) {
  if (isTool(name))
    return name;
  const n = name.trim().toLowerCase().replace(/[-\s]/g, "_");
  if (isTool(n))
    return n;
  return TOOL_ALIASES[n.replace(/_/g, "")];
}

// lib/core/schema.js
config(en_default());
var FORMAT_VERSION = "1.0";
var KeyedExternalIdSchema = string2().check(_regex(KEYED_EXTERNAL_ID, "must look like KEY-123 (upper-case key, positive number of at most 15 digits)"));
var NumericExternalIdSchema = string2().check(_regex(NUMERIC_EXTERNAL_ID, 'must be a positive whole number of at most 15 digits in a string, like "234"'));
var ExternalIdsSchema = strictObject({
  azure_devops: optional(NumericExternalIdSchema),
  github: optional(NumericExternalIdSchema),
  jira: optional(KeyedExternalIdSchema),
  linear: optional(KeyedExternalIdSchema)
});
var CounterSchema = int("must be a whole number").check(_nonnegative("must not be negative"), _lte(Number.MAX_SAFE_INTEGER, "is beyond 2^53 and cannot be counted exactly"));
var ProjectKeySchema = string2().check(_regex(PROJECT_KEY, "must be an upper-case key like PROJ"));
var CountersSchema = strictObject({
  azure_devops: CounterSchema,
  github: CounterSchema,
  jira: record(ProjectKeySchema, CounterSchema),
  linear: record(ProjectKeySchema, CounterSchema)
});
var MappingFileSchema = strictObject({
  mappings: record(string2().check(_minLength(1)), ExternalIdsSchema),
  updated: string2(),
  version: literal(FORMAT_VERSION)
});
var CounterFileSchema = strictObject({
  counters: CountersSchema,
  updated: string2(),
  version: literal(FORMAT_VERSION)
});
var emptyCounters = () => ({
  azure_devops: 0,
  github: 0,
  jira: /* @__PURE__ */ Object.create(null),
  linear: /* @__PURE__ */ Object.create(null)
});
var ConfigSchema = strictObject({
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

// lib/core/findings.js
var MAX_MESSAGE = 600;
var brief = (s) => s.length <= MAX_MESSAGE ? s : `${s.slice(0, MAX_MESSAGE / 2)} \u2026 (${s.length - MAX_MESSAGE} characters left out) \u2026 ${s.slice(-MAX_MESSAGE / 3)}`;
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
var hasErrors = (findings) => findings.some((f) => f.severity === "error");
var ExtidsError = class extends Error {
  code;
  details;
  name = "ExtidsError";
  constructor(code, message, details = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
};
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

// lib/core/paths.js
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CONFIG_FILE = ".claude/extids.json";
var DEFAULT_STATE_DIR = ".claude/state";
var DEFAULT_TASKS_DIR = "tasks";
var MAPPING_FILE = "external_id_mapping.json";
var COUNTERS_FILE = "external_id_counters.json";
var LINKS_FILE = "external_id_links.json";
var STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE };
var isMarkdown = (name) => /\.md$/i.test(name);
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var isSkippedName = (name) => name.startsWith(".") || SKIPPED_FOLDERS.has(name);
function notATask(rel, exclude) {
  const parts = rel.split("/");
  const skipped = parts.find(isSkippedName);
  if (skipped)
    return {
      why: skipped.startsWith(".") ? `its path has a name starting with a dot (${skipped}), and extids never reads those` : `it lies inside ${skipped}/, which extids never reads`,
      excluded: false
    };
  if (!isMarkdown(parts[parts.length - 1]))
    return { why: "it is not a markdown (.md) file", excluded: false };
  if (exclude?.test(rel))
    return { why: 'an "exclude" glob of the config names it', excluded: true };
  return void 0;
}
var relPath = (root, p) => (0, import_node_path.relative)(root, p).split(import_node_path.sep).join("/");
function followTasksDir(root, tasksDir) {
  let real;
  let realRoot;
  try {
    real = (0, import_node_fs.realpathSync)(tasksDir);
    realRoot = (0, import_node_fs.realpathSync)(root);
  } catch {
    return tasksDir;
  }
  const lexical = (0, import_node_path.relative)(root, tasksDir);
  const configuredInside = !lexical.startsWith("..") && !(0, import_node_path.isAbsolute)(lexical);
  if (!configuredInside || (0, import_node_path.join)(realRoot, lexical) === real)
    return tasksDir;
  const rel = (0, import_node_path.relative)(realRoot, real);
  if (rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel))
    return void 0;
  return (0, import_node_path.join)(root, rel);
}
var isInside = (root, p) => {
  const rel = (0, import_node_path.relative)(root, p);
  return rel === "" || !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel);
};
function displayPath(file, root) {
  if (!root)
    return file;
  const rel = (0, import_node_path.relative)(root, file);
  return rel && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel) ? rel.split(import_node_path.sep).join("/") : file;
}

// lib/core/config.js
var isSyncMode = (tools, tool) => tools[tool]?.mode === "sync";
var syncTools = (tools) => TOOLS.filter((t) => isSyncMode(tools, t));
var DEFAULT_EXCLUDE = ["**/templates/**"];
var anchored = (re) => `^(?:${re.replace(/^\^/, "").replace(/\$$/, "")})$`;
function globsToRegExp(globs) {
  if (globs.length === 0)
    return void 0;
  const one = (g) => g.replace(/^\.\//, "").split(/(\*\*\/|\/\*\*$|\*\*|\*|\?)/).map((t) => t === "**/" ? "(?:.*/)?" : t === "/**" ? "(?:/.*)?" : t === "**" ? ".*" : t === "*" ? "[^/]*" : t === "?" ? "[^/]" : t.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^(?:${globs.map(one).join("|")})$`);
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

// scripts/lazy-deps.js
var yamlLibrary;
var jsoncParser;
var yaml = () => yamlLibrary ??= require("./yaml.js");
var jsonc = () => jsoncParser ??= require("./jsonc.js");

// lib/core/migrate.js
var isPlainObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
var migrateMapping = (json, now) => migrateFile(json, now, "mappings", migrateMappingEntries);
var migrateCounters = (json, now) => migrateFile(json, now, "counters", migrateCounterBody);
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
var isKeyed = (t) => KEYED_TOOLS.includes(t);
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
var asCount = (v) => typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
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

// lib/core/state.js
var UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
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
var highestUsed = (mappings) => analyzeMappings(mappings).highest;
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
var findDuplicateExternalIds = (mappings) => analyzeMappings(mappings).duplicates;
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

// lib/core/schema-check.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
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
var fastCheckMapping = (v) => scanMapping(v) !== void 0;
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
var MAX_DEPTH = 6;
var TOO_DEEP = "[nested too deeply]";
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
var Locator = class {
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
var CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: |$)/;
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
  const read = readJsonText(text, file, STATE_FIXES);
  p.findings.push(...read.findings);
  if (read.json === void 0)
    return result(p, {
      status: "corrupt",
      ...read.conflicted && { salvage: salvageConflict(kind, read.body, file, now) }
    });
  const parsed = (read.duplicates.length ? void 0 : fastPath(p, read.body, read.json)) ?? checkContent(p, read.body, read.json);
  return read.duplicates.length ? { ...parsed, duplicates: read.duplicates } : parsed;
}
var result = (p, rest) => ({
  kind: p.kind,
  file: p.file,
  text: p.text,
  steps: [],
  enveloped: true,
  findings: p.findings,
  ...rest
});
var at = (p, line, column) => ({ file: p.file, line, column });
var STATE_FIXES = {
  bom: "`extids repair` removes it",
  conflict: "`extids repair` merges both sides",
  duplicate: "`extids repair` keeps the value the task's frontmatter agrees with (of counters, the highest) and keeps the file as it was beside it, or says which lines a person must choose between"
};
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
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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

// lib/core/policy.js
var SEVERITY = {
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
var policyFinding = (code, message, where2 = {}) => finding(SEVERITY[code], code, message, where2);
var notATaskFinding = (file, why) => policyFinding("NOT_A_TASK", `is not read as a task (${why}), so it gets no external IDs`, {
  file
});
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
      out.push(`${TOOL_LABEL[tool]} ${[...held].map(([v, files]) => `${v} (${files.join(", ")})`).join(" vs ")}`);
  }
  return out;
}
function duplicateTaskId(id, copies, introduced = () => false) {
  const files = copies.map((c) => c.file);
  const where2 = { file: copies[0].file, line: copies[0].line };
  const contra = contradictions(copies);
  if (contra.length)
    return finding("error", "DUPLICATE_TASK_ID", `${id} is the id of ${files.length} files whose external IDs contradict each other: ${contra.join("; ")}; make the copies agree (or give one a new id)`, where2);
  const title = (c) => c.title ?? "";
  const clash = copies.filter((c) => introduced(c.file) && copies.some((o) => o !== c && title(o) !== title(c)));
  const titles = [...new Set(copies.map(title))];
  const listTitles = () => titles.map((t) => t ? `"${t}"` : "none").join(", ");
  if (clash.length) {
    const where3 = { file: clash[0].file, line: clash[0].line };
    const held = copies.filter((c) => !introduced(c.file)).map((c) => c.file);
    return finding("error", "DUPLICATE_TASK_ID", held.length ? `${id} is already the id of ${held.join(", ")}; the new ${clash.map((c) => c.file).join(", ")}, with another title (${listTitles()}), cannot take it over: give the new task its own id` : `${id} is the id of ${files.length} new files with different titles (${listTitles()}): ${files.join(", ")}; give each new task its own id`, where3);
  }
  const sameness = titles.length > 1 ? `titles differ (${listTitles()}): likely an old ID reused` : "same title: likely a task moved by copying";
  return finding("warning", "DUPLICATE_TASK_ID", `${id} is the id of ${files.length} files: ${files.join(", ")}; ${sameness}. They share one ledger entry and carry the same external IDs`, where2);
}
function introducedFiles(added, deletedIds) {
  const set = /* @__PURE__ */ new Set();
  for (const [file, id] of added)
    if (id === void 0 || !deletedIds.has(id))
      set.add(file);
  return (file) => set.has(file);
}
var handWritten = (tool, syncTools2) => syncTools2.includes(tool);
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

// lib/core/tasks.js
var nodeFs2 = __toESM(require("node:fs"), 1);
var import_node_path3 = require("node:path");

// lib/core/yaml11.js
var BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var MERGE = /^(?:<<)$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
var TIMESTAMP = /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
var VALUE = /^(?:=)$/;
var TIMESTAMP_PARTS = /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;
var PATTERN = {
  bool: BOOL,
  float: FLOAT,
  int: INT,
  merge: MERGE,
  null: NULL,
  timestamp: TIMESTAMP,
  value: VALUE
};
var BY_FIRST = /* @__PURE__ */ new Map();
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
var YAML_TAG = "tag:yaml.org,2002:";
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
var PY_FLOAT = /^\s*[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?|inf|infinity|nan)\s*$/;
var pyFloat = (s) => {
  if (!PY_FLOAT.test(s))
    return void 0;
  const t = s.trim().replace(/^([-+]?)(inf|infinity)$/, "$1Infinity");
  return /nan$/.test(t) ? NaN : Number(t);
};
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
var mayFail = (text) => /(?:^|[\s,[{:])[-+0-9=<]/.test(text);
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
var pad = (n, width = 2) => String(n).padStart(width, "0");
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var leap = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
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
function fieldText(r, written2) {
  if (r.kind === "null")
    return null;
  if (r.kind === "error")
    return { error: r.message };
  return r.kind === "str" ? r.value : written2;
}

// lib/core/read-files.js
var nodeFs = __toESM(require("node:fs"), 1);
var import_node_os = require("node:os");
var import_node_worker_threads = require("node:worker_threads");
var READ_AHEAD_FROM = 2e3;
var SCRATCH = 64 * 1024;
var BATCH = 256;
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
var scratch = { buf: void 0 };
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
var WORKER = `'use strict';
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
function readOnWorker(paths, each) {
  return new Promise((resolve4, reject) => {
    let done = 0;
    let worker;
    try {
      worker = new import_node_worker_threads.Worker(WORKER, {
        eval: true,
        // One string, not an array: cloning 20,000 strings for the worker cost the main thread ~5 ms.
        workerData: { joined: paths.join("\0"), batch: BATCH, size: SCRATCH }
      });
    } catch {
      resolve4(0);
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
    worker.on("exit", () => failure2 === void 0 ? resolve4(done) : reject(failure2));
  });
}

// lib/core/tasks.js
var CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;
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
var SAFE_NESTED = /^ +(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*:(?: +[^:#'"{[\]&*!|>%@`]*)?|[^:#'"{[\]&*!|>%@`-][^:#'"{[\]&*!|>%@`]*)$/;
var isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57 || c === 45;
var isBlank = (c) => c === 32 || c === 9;
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
var TOOL_FORM = {
  azure_devops: "a number such as 123",
  github: "a number such as 123",
  jira: "a key and a number such as PROJ-123",
  linear: "a key and a number such as TEAM-123"
};
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
var TAB_TOKENS = /* @__PURE__ */ new Set(["single-quoted-scalar", "double-quoted-scalar", "comment"]);
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
  const refuse2 = (message, node) => {
    found = { message, offset: rangeOf(node)?.[0] };
    return visit.BREAK;
  };
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === void 0)
        return refuse2(`*${node.source} names no anchor before it (undefined alias)`, node);
    },
    Scalar(_key, node) {
      if (typeof node.value === "symbol")
        return;
      const r = pyScalarOf(node);
      if (r.kind === "error")
        return refuse2(r.message, node);
    },
    Map(_key, node) {
      const tag = node.tag;
      if (tag !== void 0 && tag !== "!" && tag !== YAML_TAG + "map" && tag !== YAML_TAG + "set")
        return refuse2(`a mapping tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      for (const p of node.items) {
        if (isMap(p.key) || isSeq(p.key))
          return refuse2("a mapping or list as a key, which PyYAML cannot use (unhashable key)", p.key);
        if (!isMergeKey(p))
          continue;
        const v = deref(p.value);
        const maps = isSeq(v) ? v.items.map(deref) : [v];
        if (!maps.every((m) => isMap(m)))
          return refuse2("a << merge of something other than a mapping or a list of mappings", p.value);
      }
    },
    Seq(_key, node) {
      const tag = node.tag;
      if (tag === void 0 || tag === "!" || tag === YAML_TAG + "seq")
        return;
      if (tag !== YAML_TAG + "omap" && tag !== YAML_TAG + "pairs")
        return refuse2(`a list tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      if (!node.items.every((m) => isMap(m) && m.items.length === 1))
        return refuse2(`${tag.replace(YAML_TAG, "!!")} needs a list of one-key mappings`, node);
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
var yamlValue = (v) => /^[0-9]+$/.test(v) ? `"${v}"` : v;
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
var insertAt = (text, at2, insert) => text.slice(0, at2) + insert + text.slice(at2);
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
var newBlock = (desired, tools, indent, eol) => `external_ids:${eol}` + tools.map((t) => `${indent}${t}: ${yamlValue(desired[t])}${eol}`).join("");
function replaceValue(text, span, value) {
  const bare = span.from === span.to && text[span.from - 1] === ":";
  return { from: span.from, to: span.to, text: `${bare ? " " : ""}${yamlValue(value)}` };
}
var rangeOf = (node) => node?.range;
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
    const written2 = isScalar(v) ? nodeText(v, doc) : null;
    const current = typeof written2 === "string" && written2 !== "" ? written2.toUpperCase() : void 0;
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
var isFolder = (p) => {
  try {
    return nodeFs2.statSync(p).isDirectory();
  } catch {
    return false;
  }
};
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
var unreadable = (path, file, err) => ({
  file,
  path,
  hasFrontmatter: false,
  findings: [finding("error", "UNREADABLE", `cannot be read: ${err.message}`, { file })]
});
async function scanTasks(tasksDir, opts) {
  const links = [];
  const files = listTaskFiles(tasksDir, links).filter((f) => !notATask(f.rel, opts.exclude));
  const base = relPath(opts.root, tasksDir);
  const prefix = base === "" ? "" : base + "/";
  const out = [];
  await readFiles(files.map((f) => f.path), (i, read) => {
    const f = files[i];
    const file = prefix + f.rel;
    out.push(read.text === void 0 ? unreadable(f.path, file, read.error) : readTaskText(read.text, f.path, file));
    if (opts.onProgress && (i % 250 === 249 || i === files.length - 1))
      opts.onProgress(i + 1, files.length);
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

// lib/core/sync/content.js
var TERMINAL_STATUSES = ["completed", "archived", "cancelled", "obsolete"];
var isTerminal = (status) => status !== void 0 && TERMINAL_STATUSES.includes(status.toLowerCase());
var syncCreates = (status, statuses) => statuses ? statuses.includes(status ?? "") : !isTerminal(status);

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
var copyOf = (t) => ({
  file: t.file,
  line: t.idLine,
  title: t.title,
  externalIds: t.externalIds
});
var missingTaskId = (t) => policyFinding("MISSING_TASK_ID", t.idValue === "empty" ? `has frontmatter whose ${t.idField}: is empty, so this file is not treated as a task` : t.idValue === "not-single" ? `has frontmatter whose ${t.idField}: is not a single value (a list or a map), so this file is not treated as a task` : "has frontmatter but no id: field", { file: t.file, line: t.idLine ?? 1 });
var invalidTaskId = (t) => policyFinding("INVALID_TASK_ID", `id "${t.id}" is not a task ID of a known shape, so this file is not treated as a task: no IDs are assigned or adopted`, { file: t.file, line: t.idLine });

// lib/core/store.js
var nodeFs5 = __toESM(require("node:fs"), 1);
var import_node_path6 = require("node:path");

// lib/core/canonical.js
var SHORT_ESCAPES = {
  34: '\\"',
  92: "\\\\",
  10: "\\n",
  13: "\\r",
  9: "\\t",
  8: "\\b",
  12: "\\f"
};
var NEEDS_ESCAPE = /["\\]|[^ -~]/;
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
var ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
var CANNOT = /* @__PURE__ */ Symbol("cannot");
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
var ASTRAL = /[\ud800-\udfff]/;
var NON_ASCII = /[\u007f-\uffff]/;
var NON_ASCII_ALL = /[\u007f-\uffff]/g;
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
var asciiOnly = (text) => text.replace(NON_ASCII_ALL, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
var TOOL_ORDER = ["azure_devops", "github", "jira", "linear"];
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
var isoStamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
var fileStamp = (d) => isoStamp(d).replace(/[-:]/g, "");

// lib/core/atomic.js
var nodeFs3 = __toESM(require("node:fs"), 1);
var import_node_path4 = require("node:path");
var realFs = nodeFs3;
var TEMP_MARK = ".tmp-";
var tempName = (target) => (0, import_node_path4.join)((0, import_node_path4.dirname)(target), `.${(0, import_node_path4.basename)(target)}${TEMP_MARK}${process.pid}-${(Math.random() * 4294967296 >>> 0).toString(16).padStart(8, "0")}`);
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
var createMode = (kept, mode) => mode ?? kept?.mode ?? 438;
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
    fsyncDir((0, import_node_path4.dirname)(target), fs);
  } catch (err) {
    throw new ExtidsError("WRITE_FAILED", `wrote ${target} but could not flush its directory: ${describeFsError(err)}`, { file: target, cause: err });
  }
}
async function writeFilesAtomic(items, opts = {}) {
  const fs = opts.fs ?? realFs;
  const open = [];
  let current;
  const fail = (err) => {
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
    let failed2;
    const flush = async () => {
      while (failed2 === void 0 && next < open.length) {
        const o = open[next++];
        try {
          await new Promise((res, rej) => fs.fsync(o.fd, (e) => e ? rej(e) : res()));
        } catch (err) {
          failed2 ??= { err, item: o.item };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 8, open.length) }, flush));
    if (failed2) {
      current = failed2.item;
      throw failed2.err;
    }
    for (const o of open) {
      current = o.item;
      const fd = o.fd;
      o.fd = void 0;
      fs.closeSync(fd);
    }
  } catch (err) {
    fail(err);
  }
  for (let i = 0; i < open.length; i++) {
    const o = open[i];
    current = o.item;
    try {
      fs.renameSync(o.tmp, o.item.path);
    } catch (err) {
      open.splice(0, i);
      fail(err);
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
          fs.unlinkSync((0, import_node_path4.join)(dir, name));
        } catch (err) {
          const code = err.code;
          if (code !== "EISDIR" && code !== "EPERM")
            throw err;
          fs.rmdirSync((0, import_node_path4.join)(dir, name));
        }
        removed.push(name);
      } catch {
      }
    }
  }
  return removed;
}

// lib/core/lock.js
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path5 = require("node:path");
var import_node_perf_hooks = require("node:perf_hooks");
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
var LOCK_NAME = ".extids.lock";
var DEFAULT_LOCK = { timeoutMs: 15e3, staleMs: 5e3 };
var QUIET_WAIT_MS = 1e3;
var sameLock = (a, b) => a.dev === b.dev && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
function judgeLock(prev, stat, now, staleMs) {
  const unchanged = prev !== void 0 && sameLock(prev.seen, stat);
  const sighting = unchanged ? prev : { seen: stat, since: now.mono, changedAt: prev ? now.mono : void 0 };
  let abandonedAt = sighting.since + staleMs;
  const age = now.wall - stat.mtimeMs;
  if (age >= 0)
    abandonedAt = Math.min(abandonedAt, now.mono + staleMs - age);
  return { sighting, abandonedAt };
}
var secs = (ms) => `${(Math.max(0, ms) / 1e3).toFixed(1)}s`;
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
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
var dirOf = (s) => `${s.dev}:${s.ino}`;
async function withLock(dir, opts, fn) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK.timeoutMs;
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_LOCK.staleMs, 2e3);
  const lockfilePath = (0, import_node_path5.join)(dir, LOCK_NAME);
  let compromised;
  const started = import_node_perf_hooks.performance.now();
  const deadline = started + timeoutMs;
  let told = false;
  let delay = 5;
  let sighting;
  let abandonedAt;
  let release;
  for (; ; ) {
    try {
      release = await import_proper_lockfile.default.lock(dir, {
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
    await release().catch(() => {
    });
  }
}

// lib/core/ledger.js
var refKey = (tool, externalId) => `${tool}\0${externalId}`;
var Ledger = class _Ledger {
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

// lib/core/git.js
var import_node_child_process = require("node:child_process");

// lib/core/id-lines.js
function idGuesses(text) {
  const out = [];
  for (const m of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s]+?)["']?[ \t]*\r?$/gm))
    out.push(m[1]);
  return out;
}

// lib/core/git.js
var MAX_BUFFER = 512 * 1024 * 1024;
var TIMEOUT_MS = 6e4;
var STAGED_DIFF = ["diff", "--cached", "--no-renames", "--diff-filter=ACM"];
var Git = class {
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
    return new Promise((resolve4, reject) => {
      const child = (0, import_node_child_process.execFile)("git", args, { ...this.options(), encoding: "buffer" }, (err, stdout, stderr) => err ? reject(gitFailed(args, Object.assign(err, { stderr }))) : resolve4(stdout));
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
  commitOnto(parent, files, message, env) {
    const tree = this.treeWith(this.run(["rev-parse", `${parent}^{tree}`]).trim(), files);
    return this.run(["commit-tree", tree, "-p", parent, "-F", "-"], message, env).trim();
  }
  /** `tree` with each of `files` (paths relative to it) set; the new tree's sha. */
  treeWith(tree, files) {
    const entries = /* @__PURE__ */ new Map();
    for (const line of tree ? this.run(["ls-tree", "-z", tree]).split("\0") : []) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(line);
      if (m)
        entries.set(m[4], { mode: m[1], type: m[2], sha: m[3] });
    }
    const below = /* @__PURE__ */ new Map();
    for (const f of files) {
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
    const files = this.run(["ls-files", "-z", "--", ...pathspecs], void 0, e);
    this.run(["--work-tree", dir, "checkout-index", "-u", "-z", "--stdin"], files, e);
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
  commitFiles(files, parent, message, identity) {
    const entries = Object.entries(files).map(([name, text]) => {
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
var objectName = (rev, path) => rev === "index" ? `:${path}` : `${rev}:${path}`;
function gitFailed(args, err) {
  const e = err;
  const why = e.stderr?.toString().split("\n").find((l) => l.trim()) ?? e.message.split("\n")[0];
  return new ExtidsError("GIT_FAILED", `git ${args[0]} failed: ${why.trim()}`, {
    cause: err,
    exitCode: e.status ?? void 0
  });
}
var CAT_FILE = ["cat-file", "--batch"];
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
  const files = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) {
    const nul = line.indexOf("\0");
    if (nul === -1)
      continue;
    const name = line.slice(0, nul);
    const file = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!files.has(file) && idGuesses(line.slice(nul + 1)).some((id) => wanted.has(id)))
      files.add(file);
  }
  return [...files];
}

// lib/core/root.js
function refuseOutside(what, dir, root) {
  if (!isInside(root, dir))
    throw new ExtidsError("OUTSIDE_ROOT", `the ${what} ${dir} is outside the repository ${root}; extids reads and writes only inside the repository, whose tasks and ledger are committed together`, { file: dir });
}

// lib/core/store.js
var statePaths = (dir) => ({
  dir,
  mapping: (0, import_node_path6.join)(dir, MAPPING_FILE),
  counters: (0, import_node_path6.join)(dir, COUNTERS_FILE)
});
var MAX_STATE_BYTES = 256 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
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
var usable = /* @__PURE__ */ new Set(["missing", "valid", "legacy"]);
function blockingFindings(s) {
  return [s.mapping, s.counters].filter((f) => !usable.has(f.status)).flatMap((f) => f.findings.filter((x) => x.severity === "error"));
}
function writeStateFile(ctx, plan) {
  const text = canonicalJson(plan.data);
  const { before } = plan;
  if (before.text === text)
    return;
  const show = (p) => displayPath(p, ctx.opts.root);
  const stamp = fileStamp(ctx.now);
  ctx.lock.assertHeld();
  if (before.status === "valid" || before.status === "legacy")
    keepCopy(plan.path, `${plan.path}.bak`, ctx.fs);
  if (before.status === "legacy") {
    const orig = freshName(plan.path, "pre-migration", stamp, ctx.fs);
    keepCopy(plan.path, orig, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(orig), why: "pre-migration" });
  }
  if (before.status === "corrupt") {
    const q = freshName(plan.path, "corrupt", stamp, ctx.fs);
    keepCopy(plan.path, q, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(q), why: "corrupt" });
  }
  ctx.lock.assertHeld();
  writeFileAtomic(plan.path, text, { fs: ctx.fs });
  ctx.changes.push({
    kind: "state-written",
    file: show(plan.path),
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
      dirs.add((0, import_node_path6.dirname)(w.path));
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

// lib/core/sync/links.js
var nodeFs6 = __toESM(require("node:fs"), 1);
var import_node_path7 = require("node:path");

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

// lib/core/sync/links.js
var LinkSchema = strictObject({
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
var LINKS_VERSION = "2.0";
var LinksFileSchema = strictObject({
  links: record(string2().check(_minLength(1)), partialRecord(_enum(TOOLS), LinkSchema)),
  updated: string2(),
  version: literal(LINKS_VERSION)
});
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
var REBUILD = "`extids repair` keeps the links the mapping file agrees with and quarantines the original (the next `extids sync` links the rest again)";
var LINKS_FIXES = { bom: REBUILD, conflict: REBUILD, duplicate: REBUILD };
var noLinks = () => /* @__PURE__ */ Object.create(null);
function parseLinksText(text, file) {
  const read = readJsonText(text, file, LINKS_FIXES);
  const findings = read.findings;
  if (read.json === void 0)
    return { status: "corrupt", links: noLinks(), findings };
  const raw = { json: read.json, duplicates: read.duplicates };
  const loc = new Locator(read.body, true, 4);
  const links = noLinks();
  const { json, migrated } = migrateLinks(read.json);
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
function loadLinks(stateDir, file = (0, import_node_path7.join)(stateDir, LINKS_FILE)) {
  const path = (0, import_node_path7.join)(stateDir, LINKS_FILE);
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
var linksText = (links, updated) => canonicalJson({ links, updated, version: LINKS_VERSION });
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
var predictedKey = (mapped, link) => mapped !== void 0 && link === void 0 ? mapped : void 0;
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
var itemText = (tool, key) => tool === "github" ? `issue #${key}` : key;
var sameLink = (a, b) => a === b || a !== void 0 && b !== void 0 && canonicalJson(a) === canonicalJson(b);
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
    const read = body[task];
    const entry = Object.assign(/* @__PURE__ */ Object.create(null), read && typeof read === "object" ? read : {});
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

// lib/core/commands/common.js
var import_node_fs4 = require("node:fs");
var storeOptions = (s, o) => ({
  stateDir: s.stateDir,
  root: s.root,
  lock: o.lock,
  now: o.now,
  fs: o.fs
});
var report = (command, findings, extra = {}) => ({
  ok: !hasErrors(findings),
  command,
  findings: unique(findings),
  changes: [],
  assigned: [],
  stats: { mappings: 0, tasks: 0 },
  ...extra
});
function unique(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.severity}\0${f.code}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && seen.add(key) !== void 0;
  });
}
async function scan(s, o) {
  if (!(0, import_node_fs4.existsSync)(s.tasksDir))
    return void 0;
  return scanTasks(s.tasksDir, {
    root: s.root,
    exclude: s.exclude,
    onProgress: o.onProgress && ((d, t) => o.onProgress("reading tasks", d, t)),
    readAheadFrom: o.readAheadFrom
  });
}
var countTasks = (tasks) => tasks?.filter((t) => t.hasFrontmatter).length ?? 0;
var countMappings = (m) => m.analysis?.ids.length ?? Object.keys(m.data?.mappings ?? m.salvage?.data.mappings ?? {}).length;
var stats = (m, tasks) => ({
  mappings: countMappings(m),
  tasks: countTasks(tasks)
});
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
  const linksFile = displayPath((0, import_node_path8.join)(s.stateDir, LINKS_FILE), s.root);
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
var legacy = (snap) => [snap.counters, snap.mapping].filter((f) => f.status === "legacy");
var quiet = (o) => ({ ...o, onProgress: void 0 });
function remaining(validated, snap) {
  const stateFiles = /* @__PURE__ */ new Set([snap.mapping.file, snap.counters.file]);
  const own2 = [snap.mapping, snap.counters].flatMap((f) => f.findings);
  const tasks = validated.filter((f) => f.file && !stateFiles.has(f.file));
  return [...own2, ...tasks].filter((f) => f.code !== "LEGACY_VERSION" && f.severity !== "info");
}

// lib/core/commands/repair.js
var import_node_fs5 = require("node:fs");
var import_node_path9 = require("node:path");

// lib/core/repair-plan.js
function planRepair(input) {
  const plan = { changes: [], renumbered: [], frontmatter: [], findings: [] };
  const blocked = [input.mapping, input.counters].filter((f) => f.status === "unsupported" || f.status === "unreadable");
  if (blocked.length) {
    plan.findings.push(...blocked.flatMap((f) => f.findings.filter((x) => x.severity === "error")));
    return plan;
  }
  const settled = settleDuplicates(input, plan);
  if (settled.undecided.length) {
    plan.findings.push(...settled.undecided);
    return plan;
  }
  const { mappings, retired } = recoverMappings(input, plan, settled);
  const claims = adoptFrontmatter(input, mappings, plan);
  const { counters, sources } = recoverCounters(input, plan, settled.counters);
  const ledger = new Ledger(mappings, counters, {
    retired: [...retired, ...claims]
  });
  reportRaisedCounters(input.counters, settled.counters, ledger.counters, plan);
  renumber(input, ledger, plan);
  alignFrontmatter(input, ledger, plan);
  decideWrites(input, ledger, sources, plan);
  return plan;
}
var usable2 = (p) => p?.data !== void 0;
function recoverMappings(input, plan, settled) {
  const { mapping } = input;
  const sources = [];
  const own2 = mapping.data ?? mapping.salvage?.data;
  if (own2)
    sources.push({
      name: mapping.status === "corrupt" ? `what ${mapping.file} still held` : mapping.file,
      mappings: settled.mappings(own2.mappings)
    });
  for (const f of mapping.salvage?.lost ?? [])
    plan.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (kept in its quarantined copy)`, { file: mapping.file }));
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
    plan.changes.push({
      kind: "mapping-rebuilt",
      file,
      sources: sources.map((s, i) => ({
        name: s.name,
        added: i === 0 ? 0 : union.added.find((a) => a.source === s.name)?.count ?? 0
      }))
    });
  else if (mapping.status === "missing" && sources.length)
    plan.changes.push({ kind: "mapping-restored", file, sources: sources.map((s) => s.name) });
  for (const c of union.conflicts)
    plan.changes.push({
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
function settleDuplicates(input, plan) {
  const settled = { mappings: (m) => m, counters: [], retired: [], undecided: [] };
  const keep = /* @__PURE__ */ new Map();
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
        plan.changes.push({
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
          const agreed = frontmatter(owner, tool);
          kept = hs.find((h) => h.value === agreed);
          if (!kept) {
            settled.undecided.push(finding("error", "DUPLICATE_JSON_KEY", `${label} is written ${hs.map((h) => `${h.value} (line ${h.line})`).join(" and ")}, and no task frontmatter says which is right; repair leaves the file as it is: keep one by hand (the other number is never reused once it is in a commit), then run \`extids repair\``, { file: file.file, line: hs[0].line }));
            continue;
          }
        }
        if (file.kind === "mapping")
          keep.set(`${owner}\0${tool}`, kept);
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
        plan.changes.push({
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
  if (keep.size)
    settled.mappings = (read) => {
      const out = cloneMappings(read);
      for (const h of keep.values())
        (out[h.owner] ??= {})[h.tool] = h.value;
      return out;
    };
  return settled;
}
var isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
function adoptFrontmatter(input, mappings, plan) {
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
    plan.changes.push({ kind: "frontmatter-adopted", file: input.mapping.file, count: adopted });
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
function recoverCounters(input, plan, repeated) {
  const { counters } = input;
  const sources = [...repeated];
  const own2 = counters.data?.counters ?? counters.salvage?.data.counters;
  if (own2)
    sources.push(own2);
  for (const f of counters.salvage?.lost ?? [])
    plan.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (rebuilt from the numbers in use)`, { file: counters.file }));
  if (counters.status === "corrupt" || counters.status === "missing") {
    if (usable2(input.backups?.counters))
      sources.push(input.backups.counters.data.counters);
    if (usable2(input.committed?.counters))
      sources.push(input.committed.counters.data.counters);
  }
  return { counters: Ledger.maxOf(sources), sources: sources.length };
}
function reportRaisedCounters(file, settled, now, plan) {
  if (file.status === "missing")
    return;
  const read = file.data?.counters ?? file.salvage?.data.counters;
  const before = read && Ledger.maxOf([read, ...settled]);
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
        plan.changes.push({ kind: "counter-raised", file: file.file, tool, key, from, to });
    }
  }
}
function renumber(input, ledger, plan) {
  plan.renumbered = renumberDuplicates(ledger, input.seniority);
  for (const r of plan.renumbered)
    plan.changes.push({
      kind: "renumbered",
      file: input.mapping.file,
      task: r.internalId,
      tool: r.tool,
      from: r.from,
      to: r.to,
      keptBy: r.keptBy
    });
}
function alignFrontmatter(input, ledger, plan) {
  const unique2 = writableTasks(input);
  for (const task of input.tasks ?? []) {
    if (!unique2(task))
      continue;
    const want = ledger.get(task.id);
    if (!want || TOOLS.every((tool) => want[tool] === void 0 || task.externalIds?.[tool] === want[tool]))
      continue;
    const externalIds = { ...want };
    plan.frontmatter.push({ task, externalIds });
    plan.changes.push({
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
function decideWrites(input, ledger, sources, plan) {
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
      plan.mapping = data;
      if (!mappingChanged && mapping.status === "valid")
        plan.changes.push({ kind: "canonical-rewrite", file: mapping.file });
      if (mapping.status === "legacy")
        plan.changes.push({ kind: "migrated", file: mapping.file, steps: mapping.steps });
    }
  }
  const countersChanged = !counters.data || !countersEqual(counters.data.counters, ledger.counters);
  const restore = sources > 0 || Object.keys(mappings).length > 0 || plan.mapping;
  if (counters.status !== "missing" || restore) {
    const data = {
      counters: cloneCounters(ledger.counters),
      updated: countersChanged ? restoredStamp(input, ledger) ?? now : counters.data.updated,
      version: FORMAT_VERSION
    };
    if (countersChanged || counters.status !== "valid" || canonicalJson(data) !== counters.text) {
      plan.counters = data;
      const file = counters.file;
      if (counters.status === "corrupt" || counters.status === "missing" && sources > 0)
        plan.changes.push({ kind: "counters-rebuilt", file, fromSurvivors: sources > 0 });
      else if (counters.status === "missing")
        plan.changes.push({ kind: "counters-created", file });
      if (!countersChanged && counters.status === "valid")
        plan.changes.push({ kind: "canonical-rewrite", file });
      if (counters.status === "legacy")
        plan.changes.push({ kind: "migrated", file, steps: counters.steps });
    }
  }
}

// lib/core/seniority.js
var byId = (a, b) => a < b ? -1 : a > b ? 1 : 0;
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
    const recorded = (p.recorded ? 0 : 1) - (q.recorded ? 0 : 1);
    return cmp(p.created, q.created) || cmp(p.added, q.added) || recorded || byId(a, b);
  };
}
var createdMs = (t) => {
  const ms = t?.created ? Date.parse(t.created) : NaN;
  return Number.isNaN(ms) ? void 0 : ms;
};
function seniorityFromTasks(root, tasks, recorded = () => false) {
  const files = /* @__PURE__ */ new Map();
  for (const t of tasks)
    if (t.id !== void 0)
      files.set(t.id, [...files.get(t.id) ?? [], t]);
  let added;
  return seniorityOf((id) => {
    const copies = files.get(id) ?? [];
    const created = oldest(copies.map(createdMs));
    if (created !== void 0 || copies.length === 0)
      return { created, recorded: recorded(id) };
    added ??= new Git(root).firstAdded(tasks.map((t) => t.file));
    return { added: oldest(copies.map((t) => added.get(t.file))), recorded: recorded(id) };
  });
}
function oldest(values) {
  const known = values.filter((v) => v !== void 0);
  return known.length ? Math.min(...known) : void 0;
}

// lib/core/commands/repair.js
async function repair(s, o = {}) {
  if (o.dryRun)
    return previewRepair(s, o);
  const { value: plan, changes } = await locked(storeOptions(s, o), async (ctx) => {
    const { plan: plan2 } = await planFor(s, o, ctx.snapshot, ctx.now);
    await applyRepair(ctx, plan2);
    const links = linksPlan(s, ctx.snapshot, plan2);
    if (links)
      writeRepairedLinks(ctx, links, plan2);
    return plan2;
  });
  const after = await validate2(s, { ...o, onProgress: void 0 });
  return report("repair", [...plan.findings, ...after.findings.filter((f) => f.severity !== "info")], {
    // The plan says which task files were aligned; the transaction's own task-written records repeat it.
    changes: [...plan.changes, ...changes.filter((c) => c.kind !== "task-written")],
    renumbered: plan.renumbered,
    stats: after.stats
  });
}
async function previewRepair(s, o) {
  const snap = readState(storeOptions(s, o));
  const { tasks, plan } = await planFor(s, o, snap, (o.now ?? (() => /* @__PURE__ */ new Date()))());
  const links = linksPlan(s, snap, plan);
  for (const { task, externalIds } of [...plan.frontmatter])
    alignedText(plan, task, externalIds, (0, import_node_fs5.readFileSync)(task.path, "utf8"), task.file);
  return report("repair", [...plan.findings, ...diagnoseAfter(s, o, snap, plan, tasks)], {
    dryRun: true,
    changes: [...plan.changes, ...links?.changes ?? []],
    renumbered: plan.renumbered,
    stats: {
      mappings: Object.keys(plan.mapping?.mappings ?? snap.mapping.data?.mappings ?? {}).length,
      tasks: countTasks(tasks)
    }
  });
}
async function planFor(s, o, snap, now) {
  const tasks = await scan(s, o) ?? [];
  const plan = planRepair({
    mapping: snap.mapping,
    counters: snap.counters,
    ...otherSources(s, snap, isoStamp(now)),
    tasks,
    idPattern: s.idPattern,
    syncTools: syncTools(s.tools),
    seniority: seniorityFromTasks(s.root, tasks, (id) => Object.hasOwn(snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {}, id)),
    now: isoStamp(now)
  });
  return { tasks, plan };
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
function linksPlan(s, snap, plan) {
  const mappings = plan.mapping?.mappings ?? snap.mapping.data?.mappings;
  if (!mappings || plan.findings.some((f) => f.severity === "error"))
    return void 0;
  const path = (0, import_node_path9.join)(s.stateDir, LINKS_FILE);
  const file = displayPath(path, s.root);
  const fixed = repairLinks(loadLinks(s.stateDir, file), mappings, file);
  return fixed && { ...fixed, path, file };
}
function writeRepairedLinks(ctx, links, plan) {
  ctx.lock.assertHeld();
  const q = freshName(links.path, "corrupt", fileStamp(ctx.now), ctx.fs);
  keepCopy(links.path, q, ctx.fs);
  plan.changes.push(...links.changes);
  ctx.changes.push({ kind: "original-kept", file: displayPath(q, ctx.opts.root), why: "corrupt" });
  writeFileAtomic(links.path, linksText(links.links, isoStamp(ctx.now)), { fs: ctx.fs });
  ctx.changes.push({ kind: "state-written", file: links.file, how: "rebuilt" });
}
async function applyRepair(ctx, plan) {
  const { paths, mapping, counters } = ctx.snapshot;
  if (plan.counters)
    writeStateFile(ctx, {
      kind: "counters",
      path: paths.counters,
      before: counters,
      data: plan.counters
    });
  if (plan.mapping)
    writeStateFile(ctx, {
      kind: "mapping",
      path: paths.mapping,
      before: mapping,
      data: plan.mapping
    });
  const writes = [];
  for (const { task, externalIds } of plan.frontmatter) {
    const text = (0, import_node_fs5.readFileSync)(task.path, "utf8");
    const next = alignedText(plan, task, externalIds, text, displayPath(task.path, ctx.opts.root));
    if (next !== text)
      writes.push({ path: task.path, text: next, task: task.id, externalIds });
  }
  await writePending(ctx, writes);
}
function alignedText(plan, task, externalIds, text, file) {
  const before = plan.findings.length;
  const next = setExternalIdsOrReport(text, externalIds, file, plan.findings);
  if (plan.findings.length === before)
    return next;
  const i = plan.changes.findIndex((c) => c.kind === "frontmatter-aligned" && c.file === task.file);
  if (i !== -1)
    plan.changes.splice(i, 1);
  plan.frontmatter = plan.frontmatter.filter((f) => f.task !== task);
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

// lib/core/commands/sync.js
var LOOKUP_SLACK_MS = 5 * 6e4;

// lib/core/sync/azure-devops.js
var AZURE_LOOKUP_BOUND_MS = 5 * 6e4;

// lib/core/sync/jira.js
var JIRA_LOOKUP_BOUND_MS = 5 * 6e4;

// lib/core/commands/staged.js
function checkStagedState(s, dirRel, texts, now) {
  const file = (kind) => `${dirRel}/${STATE_FILE[kind]}`;
  const mapping = texts.mapping === void 0 ? missingStateFile("mapping", file("mapping")) : parseStateText("mapping", texts.mapping, file("mapping"), now);
  const counters = texts.counters === void 0 ? missingStateFile("counters", file("counters")) : parseStateText("counters", texts.counters, file("counters"), now);
  const links = texts.links === void 0 ? [] : parseLinksText(texts.links, `${dirRel}/${LINKS_FILE}`).findings;
  const errors = [...diagnose({ mapping, counters, idPattern: s.idPattern }), ...links].filter((f) => f.severity === "error");
  return {
    mapping,
    counters,
    errors,
    legacy: mapping.status === "legacy" || counters.status === "legacy"
  };
}
function skipNotATask(plan, file, rel, exclude) {
  const not = notATask(rel, exclude);
  if (not && !not.excluded)
    plan.skipped.push({ file, finding: notATaskFinding(file, not.why) });
  return not !== void 0;
}
async function planStagedTasks(s, tasks, otherCopies, removed = () => []) {
  const plan = { work: [], skipped: [], warnings: [], refusals: [] };
  const tools = TOOLS.filter((t) => s.tools[t] && !isSyncMode(s.tools, t));
  const needing = [];
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file) => under ? file.slice(under.length + 1) : file;
  for (const t of tasks) {
    if (t.link) {
      plan.skipped.push({ file: t.file, finding: linkedTask(t.path, t.file, s.tasksDir) });
      continue;
    }
    if (skipNotATask(plan, t.file, inTasks(t.file), s.exclude))
      continue;
    const rec = readTaskText(t.index, t.path, t.file);
    const broken = rec.findings.find((f) => f.severity === "error");
    if (!rec.hasFrontmatter) {
      plan.skipped.push({ file: t.file, finding: rec.findings[0] });
      continue;
    }
    if (broken) {
      plan.skipped.push({ file: t.file, finding: broken });
      continue;
    }
    if (rec.id === void 0) {
      plan.skipped.push({ file: t.file, finding: missingTaskId(rec) });
      continue;
    }
    if (!s.idPattern.test(rec.id)) {
      plan.skipped.push({ file: t.file, finding: invalidTaskId(rec) });
      continue;
    }
    plan.warnings.push(...rec.findings);
    if (tools.every((tool) => rec.externalIds?.[tool] !== void 0))
      continue;
    needing.push({ t, rec });
  }
  const copiesOf = /* @__PURE__ */ new Map();
  if (needing.length)
    for (const c of await otherCopies(needing.map((n) => n.rec.id))) {
      const other = readTaskText(c.text, c.file, c.file);
      if (other.id !== void 0)
        copiesOf.set(other.id, [...copiesOf.get(other.id) ?? [], other]);
    }
  let introduced;
  const isIntroduced = (file) => {
    introduced ??= introducedFiles(tasks.filter((t) => t.added).map((t) => [t.file, readTaskText(t.index, t.path, t.file).id]), new Set(removed().flatMap((r) => readTaskText(r.text, r.file, r.file).id ?? [])));
    return introduced(file);
  };
  const warned = /* @__PURE__ */ new Set();
  for (const { t, rec } of needing) {
    if (t.worktree !== t.index && readTaskText(t.worktree, t.path, t.file).id !== rec.id) {
      plan.refusals.push(finding("error", "PARTIALLY_STAGED", `is partially staged and its unstaged version has another id; stage or stash the rest so the hook can write its external IDs safely`, { file: t.file, line: rec.idLine }));
      continue;
    }
    const copies = [
      copyOf(rec),
      ...(copiesOf.get(rec.id) ?? []).filter((c) => c.file !== t.file).map(copyOf)
    ];
    if (copies.length > 1) {
      const f = duplicateTaskId(rec.id, copies, isIntroduced);
      if (f.severity === "error") {
        if (!warned.has(rec.id))
          plan.refusals.push(f);
        warned.add(rec.id);
        continue;
      }
      if (!warned.has(rec.id))
        plan.warnings.push(f);
      warned.add(rec.id);
    }
    plan.work.push({ ...t, rec });
  }
  return plan;
}
async function assignStaged(s, work, o = {}) {
  const { value } = await transaction({ ...storeOptions(s, o), parsed: o.parsed }, (ledger, tx) => work.map((w) => {
    const { want, assigned } = assignTask(ledger, w.rec, s);
    const index = setExternalIds(w.index, want, w.file);
    const worktree = w.worktree === w.index ? index : setExternalIds(w.worktree, want, w.file);
    if (worktree !== w.worktree)
      tx.writeAfter({ path: w.path, text: worktree, task: w.rec.id, externalIds: want });
    return { w, assigned, index };
  }));
  return {
    assigned: value.flatMap((r) => r.assigned),
    staged: value.filter((r) => r.index !== r.w.index).map((r) => ({ file: r.w.file, text: r.index, wholeFile: r.w.worktree === r.w.index }))
  };
}
async function stagedMismatches(s, plan, tasks, mapping, otherCopies) {
  const known = mapping.data?.mappings ?? (mapping.status === "missing" ? {} : void 0);
  const ledger = [];
  if (!known)
    return { findings: [], ledger };
  const handled = new Set(plan.work.map((w) => w.file));
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file) => under ? file.slice(under.length + 1) : file;
  const out = [];
  const recs = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    if (handled.has(t.file) || s.exclude?.test(inTasks(t.file)))
      continue;
    const rec = readTaskText(t.text, t.file, t.file);
    if (!rec.hasFrontmatter || rec.id === void 0 || !s.idPattern.test(rec.id))
      continue;
    if (rec.findings.some((f) => f.severity === "error"))
      continue;
    const entry = hasOwn(known, rec.id) ? known[rec.id] : void 0;
    const sync2 = syncTools(s.tools);
    const errors = frontmatterMismatch(rec, entry, "", sync2).filter((f) => f.severity === "error");
    if (errors.length)
      recs.set(rec.file, rec);
    for (const tool of TOOLS) {
      const f = rec.externalIds?.[tool];
      if (f !== void 0 && entry?.[tool] !== f && !(entry?.[tool] === void 0 && handWritten(tool, sync2)))
        ledger.push({ file: rec.file, line: rec.externalIdsLine, tool, want: entry?.[tool] });
    }
    out.push(...errors);
  }
  if (recs.size === 0)
    return { findings: out, ledger };
  const ids = [...new Set([...recs.values()].map((r) => r.id))];
  const byId2 = /* @__PURE__ */ new Map();
  for (const r of recs.values())
    byId2.set(r.id, [...byId2.get(r.id) ?? [], r]);
  for (const c of await otherCopies(ids)) {
    if (recs.has(c.file))
      continue;
    const other = readTaskText(c.text, c.file, c.file);
    if (other.id !== void 0 && byId2.has(other.id))
      byId2.set(other.id, [...byId2.get(other.id), other]);
  }
  for (const [id, copies] of byId2)
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf));
      if (f.severity === "error")
        out.push(f);
    }
  return { findings: out, ledger };
}

// lib/core/rewrite.js
var import_node_fs6 = require("node:fs");
var import_node_path10 = require("node:path");
async function repairRewritten(root, pairs, o) {
  const git = new Git(root, o.env);
  const none = { tipChanged: [], refixed: [] };
  const parentsOf = git.parentsOf([...new Set(pairs.flat())]);
  const parents = (sha) => parentsOf.get(sha) ?? git.parents(sha);
  const same = (a, b) => a.join(" ") === b.join(" ");
  if (pairs.every(([was2, now]) => same(parents(was2), parents(now))))
    return none;
  const commits = [...new Set(pairs.map(([, now]) => now))];
  const was = new Map(pairs.map(([w, n]) => [n, w]));
  if (commits.some((c, i) => i > 0 && parents(c)[0] !== commits[i - 1]))
    return { ...none, notLinear: true };
  const s = loadSettings(root);
  const state = relPath(root, s.stateDir) || ".";
  const ledger = [CONFIG_FILE, state, relPath(root, s.tasksDir) || "."];
  if (!git.touchedBetween(parents(commits[0])[0], commits.at(-1), ledger))
    return none;
  let parent = parents(commits[0])[0];
  let carried = false;
  let changed = [];
  const refixed = [];
  for (const c of commits) {
    const mine = parents(c);
    const own2 = git.tree(c);
    let tree = own2;
    changed = [];
    if (carried || mine[0] === void 0 || git.changedBetween(mine[0], c, ledger).length && mayNeedFix(git, c, [was.get(c), mine[0]], state))
      ({ tree, changed } = await fixTree(git, c, ledger, `${state}/${MAPPING_FILE}`, o));
    const now = parent !== mine[0] || tree !== own2 ? git.recommit(c, tree, [parent, ...mine.slice(1)], o.env) : c;
    if (now !== c)
      refixed.push({ was: was.get(c) ?? c, now, changed });
    carried = tree !== own2;
    parent = now;
  }
  const from = commits.at(-1);
  return parent === from ? none : { tip: parent, from, tipChanged: changed, refixed };
}
function mayNeedFix(git, sha, others, state) {
  const now = (/* @__PURE__ */ new Date(0)).toISOString();
  const read = (rev) => {
    const text = (k) => git.show(rev, `${state}/${STATE_FILE[k]}`);
    const [m, c] = [text("mapping"), text("counters")];
    return {
      mapping: m === void 0 ? void 0 : parseStateText("mapping", m, "mapping", now),
      counters: c === void 0 ? void 0 : parseStateText("counters", c, "counters", now)
    };
  };
  const here = read(sha);
  if (!here.mapping)
    return false;
  if (!here.mapping.data || here.counters && !here.counters.data)
    return true;
  const findings = diagnose({
    mapping: here.mapping,
    counters: here.counters ?? missingStateFile("counters", "counters")
  });
  if (findings.some((f) => f.code === "COUNTER_BEHIND"))
    return true;
  const mine = here.mapping.data.mappings;
  return others.some((rev) => {
    const theirs = rev === void 0 ? void 0 : read(rev).mapping?.data?.mappings;
    return Object.entries(theirs ?? {}).some(([id, ids]) => TOOLS.some((t) => {
      const [a, b] = [ids[t], Object.hasOwn(mine, id) ? mine[id][t] : void 0];
      return a !== void 0 && b !== void 0 && a !== b;
    }));
  });
}
async function fixTree(git, sha, ledger, mapping, o) {
  const dir = (0, import_node_fs6.mkdtempSync)((0, import_node_path10.join)(o.tmp, "extids-rebase-"));
  try {
    const work = (0, import_node_path10.join)(dir, "work");
    const index = (0, import_node_path10.join)(dir, "index");
    (0, import_node_fs6.mkdirSync)(work);
    git.checkoutInto(sha, ledger, work, index, o.env);
    if (git.show(sha, mapping) === void 0)
      return { tree: git.tree(sha), changed: [] };
    await repair(loadSettings(work), { lock: o.lock });
    return git.treeFrom(work, index, o.env, ledger);
  } finally {
    (0, import_node_fs6.rmSync)(dir, { recursive: true, force: true });
  }
}

// lib/doors/env.js
var msFromEnv = (env, name) => {
  const v = env[name];
  return v && /^\d+$/.test(v) ? Number(v) : void 0;
};
function lockFromEnv(env, say) {
  return {
    timeoutMs: msFromEnv(env, "EXTIDS_LOCK_TIMEOUT_MS"),
    staleMs: msFromEnv(env, "EXTIDS_LOCK_STALE_MS"),
    onWait: say
  };
}

// lib/doors/render.js
var plain = (s) => s;
var noStyle = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
var sgr = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var ansiStyle = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22)
};
var C_ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "	": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r"
};
var CONTROL = /[\x00-\x1f\x7f]/g;
var escapeControl = (s) => s.replace(CONTROL, (c) => C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`);
function shownPath(p) {
  if (!p.match(CONTROL) && !p.startsWith('"'))
    return p;
  return `"${escapeControl(p.replace(/["\\]/g, "\\$&"))}"`;
}
var where = (f) => f.file ? `${shownPath(f.file)}${f.line ? `:${f.line}` : ""}${f.line && f.column ? `:${f.column}` : ""}` : "";
function formatFinding(f, st) {
  const sev = f.severity === "error" ? st.red("error  ") : f.severity === "warning" ? st.yellow("warning") : st.dim("info   ");
  const loc = where(f);
  return `${loc ? `${loc}: ` : ""}${sev} ${st.dim(f.code)} ${escapeControl(f.message)}`;
}
var list = (xs) => xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
var EVERY_CLONE = "so every clone's npm ci installs the hooks and registers the merge driver";
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

// lib/hook/staged.js
function settingsProblem(root) {
  try {
    loadSettings(root);
    return void 0;
  } catch (err) {
    return err.message;
  }
}
var FIX = "fix it with `npx extids repair`, then stage the files it changed (the state files, and any task file it names) and commit again (or bypass once with git commit --no-verify)";
async function runStaged(io, paths, staged, git, early) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env, say);
    const now = isoStamp(/* @__PURE__ */ new Date());
    const dirRel = relPath(s.root, s.stateDir);
    const rel = {
      mapping: `${dirRel}/${STATE_FILE.mapping}`,
      counters: `${dirRel}/${STATE_FILE.counters}`,
      links: `${dirRel}/${LINKS_FILE}`
    };
    const wanted = [rel.mapping, rel.counters, rel.links, ...staged.tasks];
    const index = await early?.index.catch(() => void 0) ?? git.showAll("index", wanted);
    const missing = wanted.filter((f) => !index.has(f));
    if (missing.length)
      for (const [f, t] of git.showAll("index", missing))
        index.set(f, t);
    const stagedState = () => checkStagedState(s, dirRel, {
      mapping: index.get(rel.mapping),
      counters: index.get(rel.counters),
      // Checked only when this commit changes it: the hook judges what it commits.
      links: staged.state.includes(rel.links) ? index.get(rel.links) : void 0
    }, now);
    let state = stagedState();
    if (state.errors.length)
      return refuse(io, state.errors, FIX);
    const unstagedState = unstaged(git, paths.root, index, [rel.mapping, rel.counters]);
    const real = partialCommit(io.env, paths.root);
    const staging = (files) => {
      if (real)
        git.copyEntries(files, real, io.env);
    };
    const otherLedger = real ? git.stagedIn(real, [rel.mapping, rel.counters], io.env) : [];
    if (state.legacy) {
      if (otherLedger.length)
        return refuse(io, [], onlyRefusal(otherLedger));
      if (unstagedState.length)
        return refuse(io, [], `${unstagedState.join(" and ")} ${unstagedState.length > 1 ? "are" : "is"} in an older format and has unstaged changes; stage or stash them so the hook can migrate it`);
      const r = await migrate(s, { lock });
      const migrated = r.changes.filter((c) => c.kind === "state-written").map((c) => c.file);
      git.add(migrated);
      staging(migrated);
      for (const [file, text] of git.showAll("index", [rel.mapping, rel.counters]))
        index.set(file, text);
      say(`migrated ${migrated.join(" and ")} to format 1.0 (originals kept beside them, git-ignored)`);
      state = stagedState();
    }
    if (staged.tasks.length === 0)
      return 0;
    if (TOOLS.every((t) => !s.tools[t])) {
      say(`no tools are configured in ${relPath(s.root, s.configFile)}, so staged tasks get no external IDs`);
      return 0;
    }
    const tasksRel = relPath(s.root, s.tasksDir);
    const plan = await planStagedTasks(
      s,
      staged.tasks.flatMap((file) => {
        const text = index.get(file);
        const path = (0, import_node_path11.resolve)(paths.root, file);
        if (text === void 0)
          return [];
        if (isLink(path))
          return [{ file, path, link: true, index: text, worktree: text }];
        return [
          {
            file,
            path,
            index: text,
            worktree: (0, import_node_fs7.readFileSync)(path, "utf8"),
            added: staged.added.has(file)
          }
        ];
      }),
      // Candidates from the work tree (fast); what counts is their staged text, read next.
      // Asked only when a staged task needs IDs; the grep started early answers when it looked
      // for every id asked (and in the configured tasks directory).
      async (ids) => {
        const hits = early && paths.tasksDir === tasksRel && ids.every((id) => early.copies.ids.has(id)) ? await early.copies.files : git.idFiles("worktree", ids, tasksRel);
        for (const [file, text] of git.showAll("index", hits.filter((f) => !index.has(f))))
          index.set(file, text);
        return hits.map((file) => ({ file, text: index.get(file) ?? "" }));
      },
      // Asked only when a new task shares its id: a task file this commit deletes makes it a move.
      () => {
        const gone = git.stagedDeletions(tasksRel || ".");
        return [...git.showAll("HEAD", gone)].map(([file, text]) => ({ file, text: text ?? "" }));
      }
    );
    for (const f of plan.warnings)
      say(formatFinding(f, noStyle));
    for (const k of plan.skipped)
      say(`${formatFinding(k.finding, noStyle)} (not assigned)`);
    if (plan.refusals.length)
      return refuse(io, plan.refusals, "give each task its own id");
    const mismatched = await ledgerMismatches(s, plan, staged, index, state.mapping, git);
    if (mismatched.findings.length)
      return refuse(io, mismatched.findings, mismatchFix(mismatched.ledger, rel));
    if (plan.work.length === 0)
      return 0;
    if (otherLedger.length)
      return refuse(io, [], onlyRefusal(otherLedger));
    if (unstagedState.length)
      return refuse(io, [], `${unstagedState.join(" and ")} ${unstagedState.length > 1 ? "have" : "has"} unstaged changes; stage or stash them so the hook can add the new IDs without committing them by accident`);
    const result2 = await assignStaged(s, plan.work, {
      lock,
      parsed: [state.mapping, state.counters]
    });
    for (const f of result2.staged)
      if (!f.wholeFile)
        git.stageText(f.file, f.text);
    git.add([
      ...result2.staged.filter((f) => f.wholeFile).map((f) => f.file),
      rel.counters,
      rel.mapping
    ]);
    staging([...result2.staged.map((f) => f.file), rel.counters, rel.mapping]);
    if (result2.assigned.length)
      say(describe2(result2.assigned));
    return 0;
  } catch (err) {
    if (err instanceof ExtidsError) {
      if (err.details.findings?.length)
        return refuse(io, err.details.findings, FIX);
      io.stderr.write(`extids: ${err.message}
`);
      return 2;
    }
    io.stderr.write(`extids: internal error: ${err?.stack ?? String(err)}
`);
    return 2;
  }
}
var isLink = (path) => {
  try {
    return (0, import_node_fs7.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
};
function partialCommit(env, root) {
  const tmp = env.GIT_INDEX_FILE;
  if (!tmp || !/(?:^|[\\/])next-index-[^\\/]*\.lock$/.test(tmp))
    return void 0;
  const lock = (0, import_node_path11.join)((0, import_node_path11.dirname)((0, import_node_path11.resolve)(root, tmp)), "index.lock");
  if ((0, import_node_fs7.existsSync)(lock))
    return lock;
  throw new ExtidsError("USAGE", "commit refused: `git commit -- PATH` with an index git keeps elsewhere (GIT_INDEX_FILE) leaves the hook no way to stage the new IDs in it; stage the task and run `git commit` without paths");
}
var onlyRefusal = (files) => `\`git commit -- PATH\` commits only the paths named, but ${files.join(" and ")} ${files.length > 1 ? "have" : "has"} other staged changes that the new IDs would be mixed with; commit those first, or stage the task and run \`git commit\` without paths`;
function unstaged(git, root, index, files) {
  const differ = files.filter((f) => {
    const staged = index.get(f);
    if (staged === void 0)
      return false;
    try {
      return (0, import_node_fs7.readFileSync)((0, import_node_path11.resolve)(root, f), "utf8") !== staged;
    } catch {
      return true;
    }
  });
  return differ.length ? git.unstagedPaths(differ) : [];
}
var NAMED_TASKS = 30;
function describe2(assigned) {
  const byTask = /* @__PURE__ */ new Map();
  for (const a of assigned)
    byTask.set(a.task, [...byTask.get(a.task) ?? [], a]);
  const parts = [...byTask].map(([task, as]) => `${task} (${as.map((a) => `${a.tool} ${a.externalId}`).join(", ")})`);
  const head = `assigned ${assigned.length} external ID${assigned.length === 1 ? "" : "s"}`;
  if (byTask.size <= NAMED_TASKS)
    return `${head}: ${parts.join("; ")}`;
  const perTool = /* @__PURE__ */ new Map();
  for (const a of assigned)
    perTool.set(a.tool, (perTool.get(a.tool) ?? 0) + 1);
  const counts = [...perTool].map(([tool, n]) => `${tool} ${n}`).join(", ");
  return `${head} to ${byTask.size} tasks (${counts}): ${parts.slice(0, 5).join("; ")}; and ${byTask.size - 5} more tasks: \`git show --stat\` after the commit lists their files, \`npx extids lookup ID\` gives one task's IDs`;
}
function refuse(io, findings, fix) {
  const lines = findings.map((f) => `  ${formatFinding(f, noStyle)}`);
  io.stderr.write(`extids: commit refused${lines.length ? ":" : ""}
${lines.join("\n")}${lines.length ? "\n" : ""}  ${fix}
`);
  return 1;
}
async function ledgerMismatches(s, plan, staged, index, mapping, git) {
  const tasks = staged.tasks.flatMap((file) => {
    const text = index.get(file);
    return text === void 0 || isLink((0, import_node_path11.resolve)(s.root, file)) ? [] : [{ file, text }];
  });
  return stagedMismatches(s, plan, tasks, mapping, (ids) => {
    const hits = git.idFiles("index", ids, relPath(s.root, s.tasksDir) || ".");
    for (const [file, text] of git.showAll("index", hits.filter((f) => !index.has(f))))
      index.set(file, text);
    return hits.map((file) => ({ file, text: index.get(file) ?? "" }));
  });
}
function mismatchFix(fixes, rel) {
  const write2 = fixes.filter((f) => f.want !== void 0);
  const adopt = [...new Set(fixes.filter((f) => f.want === void 0).map((f) => f.file))];
  const files = [...new Set(fixes.map((f) => f.file))];
  const steps = [
    ...write2.length ? [
      `write the mapping's IDs (it is the ledger): ${write2.map((f) => `\`${f.tool}: ${f.want}\` under external_ids in ${f.file}${f.line ? ` (line ${f.line})` : ""}`).join("; ")}`
    ] : [],
    ...adopt.length ? [
      `run \`npx extids repair\` (it records the IDs only ${adopt.join(", ")} names in the mapping file)`
    ] : []
  ];
  const add = [...files, ...adopt.length ? [rel.mapping, rel.counters] : []];
  return `${steps.join(", and ")}; then \`git add ${add.join(" ")}\` and commit again`;
}

// lib/hook/merge-commit.js
var import_node_fs8 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path12 = require("node:path");
var written = (changes) => changes.filter((c) => c.kind !== "original-kept");
var errorsOf = (findings) => findings.filter((f) => f.severity === "error");
var listed = (findings) => findings.map((f) => `  ${formatFinding(f, noStyle)}`).join("\n");
function failed(io, err) {
  io.stderr.write(`extids: ${err instanceof ExtidsError ? err.message : `internal error: ${err?.stack ?? String(err)}`}
`);
  return 2;
}
async function finishMerge(io, paths, git) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const r = await repair(s, { lock: lockFromEnv(io.env, say) });
    for (const c of written(r.changes))
      say(`${c.file}: ${describeChange(c)}`);
    if (written(r.changes).length) {
      git.add([...new Set(written(r.changes).map((c) => c.file))]);
      git.recommitHead(io.env);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the merge commit (amended)`);
    }
    const errors = errorsOf(r.findings);
    if (errors.length)
      io.stderr.write(`extids: the merged ID ledger needs a person:
${listed(errors)}
  fix it (npx extids repair says what it can do) and commit
`);
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}
async function concludeMerge(io, paths, git) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env);
    const plan = await repair(s, { lock, dryRun: true });
    const files = [...new Set(written(plan.changes).map((c) => c.file))];
    const dirty = files.length ? git.unstagedPaths(files) : [];
    if (dirty.length) {
      io.stderr.write(`extids: commit refused: this commit concludes a merge, and finishing the merge of the ID ledger must rewrite ${dirty.join(", ")}, which ${dirty.length > 1 ? "have" : "has"} unstaged changes
  stage or stash them, then commit again (or run \`npx extids repair\` and stage what it wrote)
`);
      return 1;
    }
    const r = files.length ? await repair(s, { lock }) : plan;
    for (const c of written(r.changes))
      say(`${c.file}: ${describeChange(c)}`);
    if (written(r.changes).length) {
      git.add([...new Set(written(r.changes).map((c) => c.file))]);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the commit that concludes it`);
    }
    const errors = errorsOf(r.findings);
    if (errors.length) {
      io.stderr.write(`extids: commit refused: the merged ID ledger needs a person:
${listed(errors)}
  fix it (npx extids repair says what it can do), stage it and commit again
`);
      return 1;
    }
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}
async function finishPick(io, paths, git) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env, say);
    const plan = await repair(s, { lock, dryRun: true });
    const files = [...new Set(written(plan.changes).map((c) => c.file))];
    const dirty = files.length ? git.unstagedPaths(files) : [];
    if (dirty.length) {
      say(`the cherry-picked commit leaves the ID ledger unfinished, and ${dirty.join(", ")} ${dirty.length > 1 ? "have" : "has"} changes of ${dirty.length > 1 ? "their" : "its"} own, so it was not amended; stage or stash them, then run \`npx extids repair\`, stage what it wrote and \`git commit --amend --no-edit\``);
      return 0;
    }
    const r = files.length ? await repair(s, { lock }) : plan;
    for (const c of written(r.changes))
      say(`${c.file}: ${describeChange(c)}`);
    if (written(r.changes).length) {
      git.add([...new Set(written(r.changes).map((c) => c.file))]);
      git.recommitHead(io.env);
      say(`finished the ID ledger of ${relPath(s.root, s.stateDir)} in the cherry-picked commit (amended)`);
    }
    const errors = errorsOf(r.findings);
    if (errors.length)
      io.stderr.write(`extids: the cherry-picked ID ledger needs a person:
${listed(errors)}
  fix it (npx extids repair says what it can do) and commit
`);
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}
async function finishRebase(io, root) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const pairs = (io.stdin?.() ?? "").split("\n").map((l) => l.trim().split(" ")).filter((f) => f.length >= 2 && !!f[0] && !!f[1]).map(([was, now]) => [was, now]);
    if (pairs.length === 0)
      return 0;
    const git = new Git(root, io.env);
    const r = await repairRewritten(root, pairs, {
      tmp: (0, import_node_os2.tmpdir)(),
      env: io.env,
      lock: lockFromEnv(io.env)
    });
    if (r.notLinear) {
      say("the rebase rewrote merge commits, whose ID ledger extids does not finish; run `npx extids validate`, and `npx extids repair` if it finds errors");
      return 0;
    }
    if (!r.tip || !r.from)
      return 0;
    const head = git.query(["rev-parse", "HEAD"])?.trim();
    if (head !== r.from) {
      say("HEAD moved while the rebase was being finished, so the ID ledger of the rebased commits was left as it is; run `npx extids repair` and commit");
      return 0;
    }
    git.moveHead(r.from, r.tip, "extids: finish the rebase of the ID ledger");
    const left = [];
    for (const file of r.tipChanged) {
      const text = git.show(r.tip, file) ?? "";
      const path = (0, import_node_path12.resolve)(root, file);
      let current;
      try {
        current = (0, import_node_fs8.readFileSync)(path, "utf8");
      } catch {
        current = void 0;
      }
      if (current === git.show(r.from, file)) {
        (0, import_node_fs8.writeFileSync)(path, text);
        git.add([file]);
      } else {
        git.stageText(file, text);
        left.push(file);
      }
    }
    for (const c of r.refixed)
      say(`finished the ID ledger in rebased commit ${c.now.slice(0, 7)} (was ${c.was.slice(0, 7)})${c.changed.length ? `: ${c.changed.join(", ")}` : ", rebuilt on the fixed one before it"}`);
    if (left.length)
      say(`${left.join(", ")} ${left.length > 1 ? "have" : "has"} changes of ${left.length > 1 ? "their" : "its"} own in the work tree, left as they are; the fixed version is staged`);
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  concludeMerge,
  finishMerge,
  finishPick,
  finishRebase,
  runStaged,
  settingsProblem
});

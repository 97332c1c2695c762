// Loaded as the first element of <head> of every page the engine suite
// serves (see server.mjs). Classic WebDriver, which drives WebKit, has no
// console API, so each engine's console errors and warnings are collected
// the same way, in the page: window.__consoleLog, read by the checks. It is
// an external same-origin file so the lesson's CSP (script-src 'self')
// allows it without weakening the policy under test.
(function () {
  'use strict';
  if (window.__consoleLog) return;
  var log = (window.__consoleLog = []);
  var framed = window.parent !== window;
  var record = function (level, text) {
    var entry = { level: level, text: String(text).slice(0, 2000) };
    log.push(entry);
    // A cross-origin host cannot read this page's log: in a frame, each entry
    // also goes to the parent (the test host records every message from it;
    // the lesson ignores messages that are not dotlab: ones).
    if (framed) {
      try { window.parent.postMessage({ type: 'engines:console', level: entry.level, text: entry.text }, '*'); } catch (err) { /* ignore */ }
    }
  };

  var describe = function (value) {
    if (value instanceof Error) return value.stack || value.message;
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (err) { return String(value); }
  };

  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      record(level, Array.prototype.map.call(arguments, describe).join(' '));
      return original.apply(console, arguments);
    };
  });

  // Capture phase: also sees scripts, styles and images that fail to load,
  // which never reach window's own error handler.
  window.addEventListener('error', function (event) {
    if (event instanceof ErrorEvent) {
      // WebKit reports, as an uncaught error, a resize the observers are told
      // of in the next frame rather than this one (the specification's
      // "undelivered notifications"): nothing was lost and nothing threw.
      // It comes at random in a frame whose size settles (in one CI run of
      // many, never in 70 loads here), so it is counted, as a notice, apart
      // from the errors.
      var deferredResize = /^ResizeObserver loop completed with undelivered notifications/.test(event.message);
      record(deferredResize ? 'notice' : 'uncaught', event.message + ' (' + event.filename + ':' + event.lineno + ')');
    } else if (event.target && event.target !== window) {
      record('resource', 'failed to load ' + (event.target.src || event.target.href || event.target.tagName));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection', describe(event.reason));
  });
  // A CSP violation is a console error in every engine, but a browser's own
  // console message never passes through console.error.
  document.addEventListener('securitypolicyviolation', function (event) {
    record('csp', event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
  });
})();

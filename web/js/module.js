// ---------------------------------------------------------------------------
// Emscripten's Module: how the lesson starts, and the hooks it calls back
// (src/platform/bridge.cpp)
// ---------------------------------------------------------------------------
// A dotlab.js and a dotlab-app.wasm from different builds would disagree on
// key codes and views: refuse to run such a pair, in words.
function contractMatches() {
  if ((Module._dotlab_contract_fingerprint() >>> 0) === CONTRACT.fingerprint) return true;
  const message = 'The lesson could not start: its files come from different builds (dotlab.js and ' +
    'dotlab-app.wasm). Reloading the page may help; whoever hosts it should copy all of dist/ again.';
  console.error('Dot Lab: ' + message);
  fail(message);
  return false;
}

window.Module = {
  canvas,
  // The offline file's wasm is inside dotlab-app.js (Emscripten's own path).
  // A browser without WebGL 2 neither fetches nor runs the wasm: fail() has spoken.
  instantiateWasm: offline ? undefined : (imports, receive) => {
    wasmModule
      ?.then((module) => WebAssembly.instantiate(module, imports).then((instance) => {
        startupMarks.instantiated = performance.now();
        receive(instance, module);
      }))
      .catch((err) => fail('The lesson could not start: ' + err.message));
    return {}; // the exports arrive through receive()
  },
  // main() reads the theme, the screen, saved progress and the starting
  // state from these; the fragment comes last so it wins.
  arguments: ['theme:' + (isDark() ? 'dark' : 'light'), 'screen:' + lastScreen, 'progress:' + loadProgress(),
    location.search, location.hash],
  noInitialRun: !webgl2,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  dotlabHooks: {
    layout() {
      if (!runtimeUp) {
        if (!contractMatches()) return;
        runtimeUp = true;
        tellVisibility(); // the observer may have spoken before the lesson could hear it
      }
      fit();
      postHeight();
    },
    saveProgress,
    failed(reason) {
      fail(reason === 'webgl2' ? NO_WEBGL : 'The lesson could not start: ' + reason);
    },
    exerciseDone: announceExercise,
    ready() {
      if (!runtimeUp) return;
      if (loading) loading.hidden = true;
      showEntry(readState());
      describeView();
      readyDone = true;
      keepAddressFromNow();
      post({ type: 'dotlab:ready', state: readState(), progress: storageKept ? 'kept' : 'this visit only' });
      postHeight();
      for (const message of pending.splice(0)) handleMessage(message);
      speakNow();
      sayCard('', true);
      resolveReady();
    },
    changed() {
      if (!runtimeUp) return;
      speakSoon();
      sayCard();
      postChangeSoon();
      keepAddressSoon();
      showMode(currentView().name);
      showEntrySoon();
      showVectorsState();
      // The full state can be large: build it only when someone listens.
      if (listeners.size === 0) return;
      const state = readState();
      for (const fn of [...listeners]) {
        try { fn(state); } catch (err) { console.warn('dotlab.onChange listener failed:', err); }
      }
    },
  },
};

if (!webgl2) fail(NO_WEBGL);

// The host side of embedding Dot Lab: size each frame to its content, send it
// state, ask for its state, and record exercise completions. Messages are
// accepted only from the lesson frames themselves.
(function () {
  'use strict';
  const frames = [...document.querySelectorAll('iframe.dotlab')];
  const frameFor = (source) => frames.find((f) => f.contentWindow === source);
  const lessonOrigin = (frame) => new URL(frame.src).origin;
  window.dotlabMessages = []; // kept for anyone curious (and for the tests)

  // The lesson lives beside this page unless ?lesson=<url of its folder> says
  // otherwise (another origin works the same way).
  const base = new URLSearchParams(location.search).get('lesson') || location.href;

  window.addEventListener('message', (event) => {
    const frame = frameFor(event.source);
    if (!frame || event.origin !== lessonOrigin(frame)) return;
    const data = event.data;
    if (!data || typeof data.type !== 'string') return;
    window.dotlabMessages.push({ frame: frame.id, ...data });
    if (data.type === 'dotlab:resize' && Number.isFinite(data.height)) {
      frame.style.height = Math.min(4000, Math.max(200, data.height)) + 'px';
    } else if (data.type === 'dotlab:exercise') {
      const item = document.createElement('li');
      item.textContent = `Exercise ${data.id} done; prediction ${data.correct ? 'right' : 'not right'}.`;
      document.getElementById('completions').append(item);
    } else if (data.type === 'dotlab:state') {
      const out = document.getElementById('state-out');
      out.hidden = false;
      out.textContent = JSON.stringify(data.state, null, 2);
    }
  });

  // Listening first, loading second: no message is missed.
  for (const frame of frames) frame.src = new URL(frame.dataset.src, base).href;

  const dot = document.getElementById('dot-figure');
  document.getElementById('make-perpendicular').addEventListener('click', () => {
    dot.contentWindow.postMessage({ type: 'dotlab:set', state: { a: [3, 0], b: [0, 2] } }, lessonOrigin(dot));
  });
  document.getElementById('ask-state').addEventListener('click', () => {
    dot.contentWindow.postMessage({ type: 'dotlab:get', id: 'notes-1' }, lessonOrigin(dot));
  });
})();

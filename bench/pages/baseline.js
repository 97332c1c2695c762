// The benchmark's yardstick: the least a page can do to put a few lines on a
// WebGL2 canvas. Its first-draw time is what Dot Lab's is compared against.
const gl = document.getElementById('c').getContext('webgl2');
const shader = (type, text) => {
  const s = gl.createShader(type);
  gl.shaderSource(s, text);
  gl.compileShader(s);
  return s;
};
const program = gl.createProgram();
gl.attachShader(program, shader(gl.VERTEX_SHADER, '#version 300 es\nin vec2 p; void main() { gl_Position = vec4(p, 0, 1); }'));
gl.attachShader(program, shader(gl.FRAGMENT_SHADER, '#version 300 es\nprecision mediump float; out vec4 c; void main() { c = vec4(0.1, 0.4, 0.9, 1); }'));
gl.linkProgram(program);
gl.useProgram(program);
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, 0, 1, 0, 0, -1, 0, 1, 0, 0, 0.6, 0.2, 0, 0, 0.2, 0.5]), gl.STATIC_DRAW);
gl.enableVertexAttribArray(0);
gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
requestAnimationFrame(() => {
  gl.clearColor(1, 1, 1, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.drawArrays(gl.LINES, 0, 8);
  window.firstDrawMs = performance.now();
});

#!/usr/bin/python3
"""Assembles the page and its script from their sources and the JS<->C++
contract the core prints (tools/contract_gen.cpp): the contract goes into
dotlab.js as CONTRACT, and the views' tabs, captions, canvas label and key
help into index.html, so neither side spells them out by hand.

usage: assemble_web.py CONTRACT.json SHELL.html APP.wasm OUT_DIR PART.js...

It also writes dotlab-wasm.js, the wasm as base64 inside a script, for frames
with an opaque origin, where fetching the .wasm itself is refused.
"""
import base64
import html
import json
import sys


def tabs(views):
    return "\n        ".join(
        f'<button type="button" role="tab" data-mode="{v["name"]}" aria-selected="{str(i == 0).lower()}">'
        f'{html.escape(v["title"])}</button>' for i, v in enumerate(views))


def captions(views):
    # The captions are the lesson's own markup (bold names in the vectors' colours).
    items = []
    for i, v in enumerate(views):
        first = i == 0
        attributes = f' id="caption-{v["name"]}" data-mode="{v["name"]}"' + ("" if first else " hidden")
        items.append(f"<figcaption{attributes}>{v['caption']}</figcaption>")
    return "\n      ".join(items)


def ui_steps(steps):
    # The tab bar is as wide as the canvas: its controls grow a step where the
    # canvas's text does (layout.h: kUiSteps), from the first paint, and a
    # step more while presenting.
    rules = []
    for width, step, presenting in steps:
        normal = f".tab-list, .tab-tools {{ --ui-step: {step:g}; }}"
        present = f".present .tab-list, .present .tab-tools {{ --ui-step: {presenting:g}; }}"
        if width > 0:
            rules.append(f"@container (min-width: {width:g}px) {{ {normal} {present} }}")
        else:
            rules.append(present)
    return "\n    ".join(rules)


def main(contract_path, shell_path, wasm_path, out_dir, *parts):
    wasm = base64.b64encode(open(wasm_path, "rb").read()).decode()
    open(f"{out_dir}/dotlab-wasm.js", "w").write(f'self.DOTLAB_WASM = "{wasm}";\n')
    contract = json.load(open(contract_path, encoding="utf-8"))
    views = contract["views"]
    page = open(shell_path, encoding="utf-8").read()
    fills = {
        "{{dotlab:tabs}}": tabs(views),
        "{{dotlab:captions}}": captions(views),
        "{{dotlab:label}}": html.escape(views[0]["label"]),
        "{{dotlab:keys}}": html.escape(views[0]["keys"]),
        "{{dotlab:ui-steps}}": ui_steps(contract["uiSteps"]),
    }
    for token, text in fills.items():
        if page.count(token) != 1:
            sys.exit(f"assemble_web.py: {shell_path} must hold {token} exactly once")
        page = page.replace(token, text)
    open(f"{out_dir}/index.html", "w", encoding="utf-8").write(page)

    script = [
        "// Dot Lab's page glue, assembled by scripts/assemble_web.py from web/js/*.js.\n",
        "// It sizes the canvas, publishes window.dotlab and the postMessage API, mirrors\n",
        "// the readouts for screen readers and keeps page scrolling usable on touch\n",
        "// screens. Loaded (deferred) before the Emscripten output, which picks up\n",
        "// the Module object defined here.\n",
        "(function () {\n'use strict';\n\n",
        "// The JS<->C++ contract (src/core/contract.cpp).\n",
        f"const CONTRACT = {json.dumps(contract, ensure_ascii=False, separators=(',', ':'))};\n\n",
    ]
    for part in parts:
        script.append(open(part, encoding="utf-8").read() + "\n")
    script.append("})();\n")
    open(f"{out_dir}/dotlab.js", "w", encoding="utf-8").write("".join(script))


if __name__ == "__main__":
    main(*sys.argv[1:])

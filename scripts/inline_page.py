#!/usr/bin/python3
"""Builds the offline lesson: one HTML file holding the page, its styles, the
icon, the page glue and the lesson (wasm inlined by -sSINGLE_FILE), so it
runs opened from disk with no server and no network.

usage: inline_page.py SITE_DIR APP_SINGLE_FILE.js OUT.html

SITE_DIR holds the assembled index.html and dotlab.js, style.css and the icon.
"""
import base64
import re
import sys


def script(text):
    # "</script" inside the code would end the element early.
    return "<script>\n" + text.replace("</script", "<\\/script") + "\n</script>\n"


def main(web_dir, app_path, out_path):
    page = open(f"{web_dir}/index.html", encoding="utf-8").read()
    css = open(f"{web_dir}/style.css", encoding="utf-8").read()
    glue = open(f"{web_dir}/dotlab.js", encoding="utf-8").read()
    app = open(app_path, encoding="utf-8").read()
    icon = base64.b64encode(open(f"{web_dir}/favicon.svg", "rb").read()).decode()

    page, n_css = re.subn(r'<link rel="stylesheet" href="style.css">', lambda _: f"<style>\n{css}</style>", page)
    page, n_icon = re.subn(r'href="favicon.svg"', f'href="data:image/svg+xml;base64,{icon}"', page)
    page, n_scripts = re.subn(r'\s*<script src="[^"]+" defer></script>', "", page)
    if (n_css, n_icon, n_scripts) != (1, 1, 2):
        sys.exit(f"inline_page.py: index.html changed shape ({n_css}, {n_icon}, {n_scripts})")
    # The page glue must run before the lesson, and both after the elements
    # they use exist: at the end of the body, in order.
    page = page.replace("</body>", script(glue) + script(app) + "</body>")
    open(out_path, "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main(*sys.argv[1:])

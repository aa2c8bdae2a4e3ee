"""Sphinx configuration: MyST Markdown pages, built with warnings as errors."""

from __future__ import annotations

project = "govdisclosure"
author = "The govdisclosure developers"
copyright = "2026, The govdisclosure developers"
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "matplotlib.sphinxext.plot_directive",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 3
autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
html_theme = "alabaster"
suppress_warnings = ["myst.xref_missing"]
# Charts drawn by the docs build (``.. plot::``): one PNG each, no source links.
plot_formats = [("png", 100)]
plot_html_show_formats = False
plot_html_show_source_link = False

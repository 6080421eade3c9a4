"""Generated pages -> files any Markdown engine publishes (`cxdocs build`).

The plugin hands the same pages to MkDocs in memory; this package writes them
into a folder cxdocs owns (a manifest lists what it wrote), so Zensical,
ProperDocs, MkDocs without the plugin or Backstage TechDocs can publish them.
"""

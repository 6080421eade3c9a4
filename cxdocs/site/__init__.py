"""Repository -> engine-neutral pages: templates, views, the viewer, the
dashboard, and the diagram and page caches behind them."""

"""cxdocs: personas, customer journeys and service blueprints as code."""

__version__ = "0.1.0"

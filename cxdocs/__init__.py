"""cxdocs: personas, customer journeys and service blueprints as code."""

# The one place the version is written: setuptools reads it (pyproject.toml,
# dynamic version), `cxdocs --version` prints it, `cxdocs init` pins it.
__version__ = "0.1.0"

# Where the project lives and its user guide is published; scaffolds and
# generated CI files point here, never at files of a source checkout.
PROJECT_URL = "https://github.com/cxdocs/cxdocs"
GUIDE_URL = "https://cxdocs.github.io/cxdocs/guide/"

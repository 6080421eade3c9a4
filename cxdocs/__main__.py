import sys

from cxdocs.cli import main

sys.exit(main())

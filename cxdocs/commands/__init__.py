"""One module per `cxdocs` command; each has `add_parser(subparsers)` and `run(args)`."""

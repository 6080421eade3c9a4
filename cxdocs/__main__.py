from cxdocs.cli import program

program()

"""``python -m core export|import|merge|restore ...``: the command line without the window's package."""

import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

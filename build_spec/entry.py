"""Entry script of the frozen app: the same `main` as the installed `workreport` command."""

import multiprocessing
import sys

from workreport.app import main

if __name__ == "__main__":
    # library import parses in worker processes: in a frozen app they start this same executable
    multiprocessing.freeze_support()
    sys.exit(main())

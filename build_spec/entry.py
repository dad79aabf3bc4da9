"""Entry script of the frozen app: the same `main` as the installed `workreport` command."""

import sys

from workreport.app import main

if __name__ == "__main__":
    sys.exit(main())

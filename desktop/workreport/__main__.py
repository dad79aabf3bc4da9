import sys

from workreport.cli import main

sys.exit(main())

import sys

from workreport.app import main

sys.exit(main())

import sys

from journey_builder.cli import main

sys.exit(main())

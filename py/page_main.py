"""Entry of the main-thread MicroPython script: start the page glue."""

import glue

glue.start()

"""Export: a journey drawn to PNG, SVG or PDF, at a scale or a size, whole or in part.

``journey_builder.canvas.render`` is the entry point; these modules are its parts:

- :mod:`.plan` (no Qt): where every card and curve goes, the drawing's extent, regions;
- :mod:`.sizing` (no Qt): scale and pixel size from ``--scale``/``--width``/``--height``,
  and the limits a PNG is held to;
- :mod:`.png` (no Qt): a PNG written row by row with zlib, so no image is ever whole in memory;
- :mod:`.raster`: bands of tiles painted with QPainter and fed to the PNG writer;
- :mod:`.blocks`: the zoomed-out drawing (cards as blocks) straight from the plan, no scene;
- :mod:`.vector`: SVG and PDF (one page, or A4/Letter tiles).

Nothing here imports QtWidgets at module level: a zoomed-out PNG needs neither a
``QApplication`` nor a ``QGraphicsScene``.
"""

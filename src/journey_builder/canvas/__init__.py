"""The node-graph scene and view, built from the document and following its signals."""

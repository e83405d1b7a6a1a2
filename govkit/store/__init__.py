"""What govkit keeps on disk: the output tables, the document cache, the raw-file manifest."""

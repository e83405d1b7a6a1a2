"""What govkit keeps on disk: the output tables (and their manifest), the cache database, the
output directory's lock, the raw-file manifest."""

"""Developer tools, not used by the pipeline: the synthetic corpus generator."""

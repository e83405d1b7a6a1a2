"""Running the stages over a corpus: discovery, the per-document function, the runner."""

"""What every stage shares: the Document, the indicator catalog, errors, packaged data files."""

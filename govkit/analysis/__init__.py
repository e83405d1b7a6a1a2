"""Analyses over the processed tables: the county x year panel and policy attention."""

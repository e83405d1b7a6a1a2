"""What analysts see: notebook views, charts and papermill HTML reports.

``processed`` loads the processed tables and selects rows; ``corpus_views``, ``panel_views`` and
``attention_views`` shape them into the tables the notebooks show; ``labels`` says how values
and names are written; ``display`` shows tables as escaped HTML; ``plot`` draws the charts;
``report`` runs the packaged notebooks (``govkit/notebooks``) with papermill and exports HTML.
"""

"""What analysts see: notebook views, charts and papermill HTML reports."""

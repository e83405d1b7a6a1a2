"""The commands of ``govkit`` (:mod:`govkit.cli` parses the arguments; each command lives here).

Grouped by what they load, so that a command imports what it needs and no more (the CLI imports
only the module of the command it runs):

* :mod:`~govkit.commands.documents`: ``ingest`` and ``extract`` (the documents stage);
* :mod:`~govkit.commands.tables`: ``evaluate``, ``attention``, ``panel``, ``regions``, ``report``
  and ``run`` (the analyses and presentation of the tables);
* :mod:`~govkit.commands.tools`: ``accel`` and ``synth``.
"""

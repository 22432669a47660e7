"""One plain function per CLI command: arguments in, exit code out.

Each command family has a module here and its click layer of the same name in
:mod:`raci.cli` (``raci/cli/check.py`` parses, ``raci/commands/check.py`` does the work):

- :mod:`~raci.commands.check`: ``validate``, ``rules``, ``explain``, ``schema``
- :mod:`~raci.commands.render`: ``render <view>`` and ``report``
- :mod:`~raci.commands.init`: ``init``, ``kpis``, ``examples``
- :mod:`~raci.commands.write`: ``fmt`` and ``edit``, which write into the user's own files

The functions work through the library and can be called (and tested) without click;
:mod:`~raci.commands.common` holds what several of them share.
"""

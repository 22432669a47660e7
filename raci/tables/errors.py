"""The one error of the table readers: a file that cannot be read as a table at all.

Everything short of that (an odd cell, a hidden row, a dropped column) is a
:class:`~raci.tables.grid.Notice` and reading goes on; a :class:`TableError` means
there is nothing to import, and the command line exits 2 with its message.
"""

from __future__ import annotations

from raci.tables.grid import Where


class TableError(Exception):
    """``key`` is a message in :mod:`raci.i18n.tables` (its hint is ``<key>.hint``),
    ``where`` the file (and sheet), ``args`` the message's arguments as pairs."""

    def __init__(self, key: str, where: Where, args: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(key, where, args)
        self.key = key
        self.where = where
        self.args = args  # the message's arguments, like Notice.args (still a tuple, as Exception wants)

    @property
    def values(self) -> dict[str, str]:
        """The arguments as a mapping, for :func:`raci.i18n.t`."""
        return dict(self.args)

    def __str__(self) -> str:
        return f"{self.where}: {self.key} {self.values}"

"""Walk the paths a user gives: files and folders, in a stable order."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError

log = logging.getLogger(__name__)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def display_path(path: Path | str) -> str:
    """``path`` as text that can be printed and written as UTF-8.

    A file name that is not valid UTF-8 (a GBK name from a Windows zip) comes
    from the OS with lone surrogates, which no UTF-8 writer accepts: decode
    its bytes as GB18030 when they fit, else show the bad bytes as ``\\xNN``.
    """
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def iter_source_files(
    paths: Iterable[Path | str], *, on_skip: Callable[[InputError], None] | None = None
) -> Iterator[Path]:
    """Yield the files under ``paths`` in sorted order, skipping hidden files and folders.

    Paths given explicitly are yielded even when hidden. Broken symbolic links
    and links that loop onto themselves are yielded too, so that ``read_file``
    reports them. A folder reached a second time (a link back to a parent, or
    two links to one folder) is not walked again: ``on_skip`` receives an
    ``InputError`` for it (the default logs a warning). A path that does not
    exist at all is yielded as given, for ``read_file`` to report.
    """
    report = on_skip or (lambda err: log.warning("skipped %s", err))
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, seen_dirs, report)
        else:
            yield path


def _walk(folder: Path, seen: set[tuple[int, int]], report: Callable[[InputError], None]) -> Iterator[Path]:
    try:
        st = folder.stat()
    except OSError as err:  # e.g. a link loop that still looked like a folder
        report(InputError(display_path(folder), f"cannot open folder ({err.strerror})", "check the path and its permissions"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        report(
            InputError(
                display_path(folder),
                "folder already read through another path (symbolic link loop or duplicate link)",
                "remove the link, or pass each folder once",
            )
        )
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        report(InputError(display_path(folder), f"cannot list folder ({err.strerror})", "check its permissions"))
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links; False for broken links and loops
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, seen, report)
        else:
            yield child

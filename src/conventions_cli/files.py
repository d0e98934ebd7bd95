"""Reading a user's file: one clear line naming it when it cannot be read."""

from __future__ import annotations

from pathlib import Path

from .errors import ConvError


def read_file(path: str | Path, *, error: type[ConvError] = ConvError,
              missing: str = "", directory: str = "") -> bytes:
    """The file's bytes; ``missing`` and ``directory`` say what to do in those cases."""
    def fail(what: str, hint: str = "") -> ConvError:
        return error(f"{path}: {what}" + (f"; {hint}" if hint else ""))

    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise fail("no such file", missing) from None
    except IsADirectoryError:
        raise fail("is a directory", directory) from None
    except PermissionError:
        raise fail("permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise fail(f"cannot be read ({exc.strerror or exc})") from None

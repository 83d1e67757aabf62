"""The few domain errors cablex raises. Each names the file (and row or line) and the fix."""


class CablexError(Exception):
    """Base of every error the CLI turns into one clear message."""


class BadInput(CablexError):
    """A source that cannot be read as a cable: empty, binary, corrupt, needs OCR, broken CSV row."""

    def __init__(self, source: str, message: str, row: int | None = None):
        self.source = str(source)
        self.row = row
        self.message = message
        where = f"{self.source} row {row}" if row is not None else self.source
        super().__init__(f"{where}: {message}")


class BadRuleFile(CablexError):
    """A file in patterns/ that does not validate."""

    def __init__(self, path: str, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")

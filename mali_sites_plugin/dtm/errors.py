"""The error a DTM file as a whole raises."""
from ..common.errors import InputError


class DtmError(InputError):
    """The file as a whole cannot be imported; the message says why and what to do."""

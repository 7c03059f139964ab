"""The one exception type the core raises for bad input.

The Processing layer turns it into a QgsProcessingException with the same
message, so every message here must say what is wrong (naming the layer,
field or value) and what to do about it.
"""


class InputError(ValueError):
    """Input the core cannot work with; the message is for the end user."""

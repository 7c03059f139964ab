"""The one exception type the core raises for bad input.

``InputError(text, *values)``: ``text`` is a literal English template with
``%`` placeholders, ``values`` fill them. The Processing layer translates the
template (context "InputError") before filling it, so a French user reads
the message in French; ``str(error)`` is the English message. Every message
must say what is wrong (naming the layer, field or value) and what to do.
"""


class InputError(ValueError):
    """Input the core cannot work with; the message is for the end user."""

    def __init__(self, text, *values):
        super().__init__(text % values if values else text)
        self.text = text
        self.values = values

    def worded(self, translate):
        """The message with its template passed through ``translate``
        (text -> text); the English one if the translation does not take
        the same values."""
        translated = translate(self.text)
        try:
            return translated % self.values if self.values else translated
        except (TypeError, ValueError):
            return str(self)
